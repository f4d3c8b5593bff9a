import { asText, asUrl } from '../../coerce';
import type { Website } from '../../../schema/seo';
import type { JsonLdGraph } from './json-ld-graph';

/**
 * The first WebSite node: the site's name, home URL, tagline and default language.
 *
 * @example readWebsite(graph) // → { name: 'Aliantis', url: 'https://aliantis.es/', description: 'Junts per la seva salut', inLanguage: 'en-US' }
 */
export function readWebsite(graph: JsonLdGraph): Website | null {
  const node = graph.ofType('WebSite')[0];
  const name = node ? asText(node.name) : null;
  if (!node || !name) return null;
  return { name, url: asUrl(node.url), description: asText(node.description), inLanguage: asText(node.inLanguage) };
}
