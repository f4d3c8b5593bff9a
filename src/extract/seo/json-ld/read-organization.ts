import { asList, asText, asUrl } from '../../coerce';
import type { Organization } from '../../../schema/seo';
import type { JsonLdGraph } from './json-ld-graph';
import { typesOf } from './types-of';
import { ARTICLE_TYPES, ORGANIZATION_TYPES } from './schema-types';

/**
 * The organization behind the site: the Article's publisher, else the WebSite's publisher,
 * else the first Organization node; only when it really is an organization (a Person publisher
 * is not). The logo may be a URL or an ImageObject.
 *
 * @example readOrganization(graph) // → { name: 'Aliantis', url: 'https://aliantis.es/', logo: '…/logo-….png', sameAs: [] }
 */
export function readOrganization(graph: JsonLdGraph): Organization | null {
  const candidates = [
    graph.resolve(graph.ofType(ARTICLE_TYPES)[0]?.publisher),
    graph.resolve(graph.ofType('WebSite')[0]?.publisher),
    ...graph.ofType(ORGANIZATION_TYPES),
  ];
  const node = candidates.find((n) => n && typesOf(n).some((t) => ORGANIZATION_TYPES.has(t)) && asText(n.name));
  if (!node) return null;
  const logo = graph.resolve(node.logo);
  return {
    name: asText(node.name)!,
    url: asUrl(node.url),
    logo: typeof node.logo === 'string' ? asUrl(node.logo) : asUrl(logo?.contentUrl) ?? asUrl(logo?.url),
    sameAs: asList(node.sameAs).map(asUrl).filter((u): u is string => u !== null),
  };
}
