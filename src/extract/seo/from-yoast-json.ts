import { asList, asObject } from '../coerce';
import type { SeoPartial } from './seo-rule';
import { withGraph } from './json-ld/from-graph';
import { fromMetaTags, type MetaTag } from './from-meta-tags';
import { parseRobots } from './parse-robots';

/**
 * Yoast's `yoast_head_json`. Yoast builds it from the same presenters as `yoast_head`, with
 * `:` → `_` in the keys, so it is turned back into meta tags and read like the HTML: the two
 * forms of one page then give the same `seo`. Null when missing, `null` or PHP's `[]`.
 *
 * @example fromYoastJson({ og_title: 'Hi', twitter_misc: { 'Written by': 'Ana' } })?.twitter?.labels
 * // → [{ label: 'Written by', value: 'Ana' }]
 */
export function fromYoastJson(value: unknown): SeoPartial | null {
  const json = asObject(value);
  if (!json || Object.keys(json).length === 0) return null;
  const tags: MetaTag[] = [];
  for (const [key, v] of Object.entries(json)) {
    if (key === 'og_image') tags.push(...imageTags(v));
    else if (key === 'twitter_misc') tags.push(...labelTags(v));
    else if (typeof v === 'string' || typeof v === 'number') tags.push([metaKey(key), String(v)]);
  }
  const data = fromMetaTags(tags);
  data.robots = parseRobots(json.robots);
  return withGraph(data, json.schema);
}

// `og_site_name` → `og:site_name`, `article_published_time` → `article:published_time`.
function metaKey(key: string): string {
  return /^(og|article|twitter|fb)_/.test(key) ? key.replace('_', ':') : key;
}

function imageTags(value: unknown): MetaTag[] {
  const tags: MetaTag[] = [];
  for (const entry of asList(value)) {
    const image = asObject(entry);
    if (!image || typeof image.url !== 'string') continue;
    tags.push(['og:image', image.url]);
    for (const prop of ['width', 'height', 'type', 'alt'] as const) {
      const v = image[prop];
      if (typeof v === 'string' || typeof v === 'number') tags.push([`og:image:${prop}`, String(v)]);
    }
  }
  return tags;
}

// `{ 'Written by': 'Ana', 'Est. reading time': '6 minutes' }` → twitter:label1/data1, …, in order.
function labelTags(value: unknown): MetaTag[] {
  const misc = asObject(value);
  if (!misc) return [];
  return Object.entries(misc)
    .filter((e): e is [string, string] => typeof e[1] === 'string')
    .flatMap(([label, data], i): MetaTag[] => [[`twitter:label${i + 1}`, label], [`twitter:data${i + 1}`, data]]);
}
