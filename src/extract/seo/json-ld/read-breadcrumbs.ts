import { asInt, asList, asObject, asText, asUrl } from '../../coerce';
import type { Breadcrumb } from '../../../schema/seo';
import type { JsonLdGraph } from './json-ld-graph';
import { PAGE_TYPES } from './schema-types';

/**
 * The breadcrumb trail: the BreadcrumbList the page points to (else the first one), items in
 * `position` order. `item` may be a URL string or a node (`{ "@id", name, url }`); the last
 * crumb usually has none, so its `url` is null.
 *
 * @example readBreadcrumbs(graph) // → [{ name: 'Accueil', url: 'https://aliantis.es/en/home/' }, { name: '…', url: null }]
 */
export function readBreadcrumbs(graph: JsonLdGraph): Breadcrumb[] {
  const page = graph.ofType(PAGE_TYPES)[0];
  const pointed = page ? graph.resolve(page.breadcrumb) : null;
  // A dangling `{ "@id" }` (the list lives in another script) is no list; use the first real one.
  const list = pointed && 'itemListElement' in pointed ? pointed : graph.ofType('BreadcrumbList')[0];
  if (!list) return [];
  const items = asList(list.itemListElement)
    .map((entry, index) => ({ node: graph.resolve(entry), index }))
    .filter((e): e is { node: Record<string, unknown>; index: number } => e.node !== null)
    .sort((a, b) => (asInt(a.node.position) ?? a.index) - (asInt(b.node.position) ?? b.index) || a.index - b.index);
  const out: Breadcrumb[] = [];
  for (const { node } of items) {
    const target = typeof node.item === 'string' ? null : graph.resolve(node.item) ?? asObject(node.item);
    const name = asText(node.name) ?? asText(target?.name);
    if (!name) continue;
    const url = typeof node.item === 'string' ? asUrl(node.item) : asUrl(target?.url) ?? asUrl(target?.['@id']);
    out.push({ name, url });
  }
  return out;
}
