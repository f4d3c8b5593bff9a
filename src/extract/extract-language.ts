import type { Seo } from '../schema/seo';
import type { WpPost } from '../schema/wp-post';
import { asObject } from './coerce';
import { createGraph, type JsonLdGraph } from './seo/json-ld/json-ld-graph';
import { typesOf } from './seo/json-ld/types-of';
import { ARTICLE_TYPES, PAGE_TYPES } from './seo/json-ld/schema-types';

/**
 * The article's language as a BCP 47 tag: the JSON-LD `inLanguage` of the page, then the
 * article, then the site (a multilingual site's WebSite may carry its default language, so the
 * page speaks first); else `og:locale` (`en_US` → `en-US`); else a Polylang `lang` or WPML
 * `wpml_current_locale` field on the post; else null.
 *
 * @param graph - `seo.schema` as a graph, when the caller has made it already
 * @example extractLanguage(post, seo) // → 'en-US'
 */
export function extractLanguage(post: WpPost, seo: Seo, graph: JsonLdGraph = createGraph(seo.schema)): string | null {
  const candidates: unknown[] = [
    ...graph.ofType(PAGE_TYPES).map((n) => n.inLanguage),
    ...graph.ofType(ARTICLE_TYPES).map((n) => n.inLanguage),
    ...graph.nodes.filter((n) => typesOf(n).includes('WebSite')).map((n) => n.inLanguage),
    seo.website?.inLanguage,
    seo.openGraph.locale,
    post.lang,
    post.wpml_current_locale,
  ];
  for (const candidate of candidates) {
    const tag = toLanguageTag(candidate);
    if (tag) return tag;
  }
  return null;
}

// `en_US` / `en-us` / `{ "@type": "Language", "alternateName": "en" }` → `en-US` / `en`.
function toLanguageTag(value: unknown): string | null {
  const obj = asObject(value);
  const raw = obj ? (obj.alternateName ?? obj.name) : value;
  if (typeof raw !== 'string') return null;
  const parts = raw.trim().replace(/_/g, '-').split('-');
  if (!/^[a-z]{2,3}$/i.test(parts[0] ?? '') || parts.some((p) => !/^[a-z0-9]{1,8}$/i.test(p))) return null;
  return parts
    .map((p, i) => (i === 0 ? p.toLowerCase() : p.length === 2 ? p.toUpperCase() : p.length === 4 ? p[0]!.toUpperCase() + p.slice(1).toLowerCase() : p))
    .join('-');
}
