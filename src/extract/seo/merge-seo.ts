import type { Seo, SeoSource } from '../../schema/seo';
import type { SeoPartial, SeoReading } from './seo-rule';

const TOP = ['title', 'description', 'canonical', 'prev', 'next', 'author', 'robots'] as const;
const GRAPH = ['schema', 'breadcrumbs', 'article', 'faq', 'howTo', 'organization', 'website'] as const;
const OPEN_GRAPH = ['type', 'locale', 'title', 'description', 'url', 'siteName', 'images', 'publishedTime', 'modifiedTime', 'publisher', 'author', 'section', 'tags'] as const;
const TWITTER = ['card', 'site', 'creator', 'title', 'description', 'image', 'labels'] as const;

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
  const pick = <T>(field: string, get: (d: SeoPartial) => T | null | undefined, empty: T): T => {
    for (const { source, data } of readings) {
      const value = get(data);
      if (!isEmpty(value)) {
        sources[field] = source;
        return value as T;
      }
    }
    return empty;
  };
  const top = Object.fromEntries(TOP.map((f) => [f, pick(f, (d) => d[f], null)]));
  const openGraph = Object.fromEntries(OPEN_GRAPH.map((f) => [f, pick(`openGraph.${f}`, (d) => d.openGraph?.[f], f === 'images' || f === 'tags' ? [] : null)]));
  const twitter = Object.fromEntries(TWITTER.map((f) => [f, pick(`twitter.${f}`, (d) => d.twitter?.[f], f === 'labels' ? [] : null)]));
  const graph = Object.fromEntries(GRAPH.map((f) => [f, pick(f, (d) => d[f], ['schema', 'breadcrumbs', 'faq'].includes(f) ? [] : null)]));
  return {
    source: mainSource(readings, sources),
    sources,
    ...(top as Pick<Seo, (typeof TOP)[number]>),
    openGraph: openGraph as Seo['openGraph'],
    twitter: twitter as Seo['twitter'],
    ...(graph as Pick<Seo, (typeof GRAPH)[number]>),
    unresolved: [],
  };
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
