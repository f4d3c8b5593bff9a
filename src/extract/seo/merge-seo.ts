import type { Seo, SeoSource } from '../../schema/seo';
import type { SeoPartial, SeoReading } from './seo-rule';

const TOP = ['title', 'description', 'canonical', 'prev', 'next', 'author', 'robots'] as const;
const GRAPH = ['schema', 'breadcrumbs', 'article', 'faq', 'howTo', 'organization', 'website'] as const;
const OPEN_GRAPH = ['type', 'locale', 'title', 'description', 'url', 'siteName', 'images', 'publishedTime', 'modifiedTime', 'publisher', 'author', 'section', 'tags'] as const;
const TWITTER = ['card', 'site', 'creator', 'title', 'description', 'image', 'labels'] as const;
// The `sources` keys of the nested fields, made once: built per post (`openGraph.${f}`), each
// was a new string V8 had to look up in its string table before using it as a key.
const OPEN_GRAPH_PATHS = OPEN_GRAPH.map((f) => `openGraph.${f}`);
const TWITTER_PATHS = TWITTER.map((f) => `twitter.${f}`);

// Sources that are not an SEO plugin speaking: they never make `seo.source`.
const NOT_PLUGINS = new Set<SeoSource>(['post', 'json_ld']);

/**
 * Merges rule readings, strongest first: per field the first non-empty value wins (null, `''`
 * and `[]` are empty) and `sources` records which source gave it (`openGraph.title`,
 * `twitter.labels`, …). `source` is the plugin source that gave the most fields (ties go to
 * the stronger rule), or null when only the post and content JSON-LD spoke. `unresolved` is
 * left empty for `resolveSeoVariables`.
 *
 * @example mergeSeo([{ source: 'post', data: { title: 'Hi' } }]).sources // → { title: 'post' }
 */
export function mergeSeo(readings: readonly SeoReading[]): Seo {
  const sources: Record<string, SeoSource> = {};
  // Plain loops into objects built in the output's key order: `Object.fromEntries` over closures
  // and spreads of the partial objects cost several times more (this runs once per post).
  const out: Record<string, unknown> = { source: null, sources };
  for (const f of TOP) out[f] = pick(readings, sources, f, (d) => d[f], null);
  const openGraph: Record<string, unknown> = {};
  OPEN_GRAPH.forEach((f, i) => {
    openGraph[f] = pick(readings, sources, OPEN_GRAPH_PATHS[i]!, (d) => d.openGraph?.[f], f === 'images' || f === 'tags' ? [] : null);
  });
  const twitter: Record<string, unknown> = {};
  TWITTER.forEach((f, i) => {
    twitter[f] = pick(readings, sources, TWITTER_PATHS[i]!, (d) => d.twitter?.[f], f === 'labels' ? [] : null);
  });
  out.openGraph = openGraph;
  out.twitter = twitter;
  for (const f of GRAPH) out[f] = pick(readings, sources, f, (d) => d[f], f === 'schema' || f === 'breadcrumbs' || f === 'faq' ? [] : null);
  out.unresolved = [];
  out.source = mainSource(readings, sources);
  return out as unknown as Seo;
}

// The first non-empty value of a field, strongest reading first; `sources` records who gave it.
function pick(readings: readonly SeoReading[], sources: Record<string, SeoSource>, field: string, get: (d: SeoPartial) => unknown, empty: unknown): unknown {
  for (const { source, data } of readings) {
    const value = get(data);
    if (!isEmpty(value)) {
      sources[field] = source;
      return value;
    }
  }
  return empty;
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function mainSource(readings: readonly SeoReading[], sources: Record<string, SeoSource>): SeoSource | null {
  const counts = new Map<SeoSource, number>();
  for (const s of Object.values(sources)) if (!NOT_PLUGINS.has(s)) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best: SeoSource | null = null;
  for (const { source } of readings) {
    if ((counts.get(source) ?? 0) > (best ? counts.get(best)! : 0)) best = source;
  }
  return best;
}
