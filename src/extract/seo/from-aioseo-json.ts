import type { Context } from '../../context';
import { asList, asObject } from '../coerce';
import { withGraph } from './json-ld/from-graph';
import { fromMetaTags, type MetaTag } from './from-meta-tags';
import { parseRobots } from './parse-robots';
import type { SeoPartial } from './seo-rule';

/**
 * All in One SEO's `aioseo_head_json`: meta tags keyed by their own names (`og:title`,
 * `twitter:label1`), `canonical_url`, `robots` as a string, `og:image` a single URL, and the
 * JSON-LD under `schema`. Some sites send it JSON-encoded as a string; that is accepted too
 * (an unparseable string gives an `invalid_seo_json` warning and null).
 *
 * @example fromAioseoJson({ 'og:image': 'https://a.b/x.jpg', canonical_url: 'https://a.b/p/' }, ctx)?.canonical
 * // → 'https://a.b/p/'
 */
export function fromAioseoJson(value: unknown, ctx: Context): SeoPartial | null {
  const json = asObject(typeof value === 'string' ? parse(value, ctx) : value);
  if (!json || Object.keys(json).length === 0) return null;
  const tags: MetaTag[] = [];
  for (const [key, v] of Object.entries(json)) {
    const name = key === 'canonical_url' ? 'canonical' : key;
    // `og:image` is one URL, but a filter may turn it into a list; keep the order either way.
    for (const item of asList(v)) if (typeof item === 'string' || typeof item === 'number') tags.push([name, String(item)]);
  }
  const data = fromMetaTags(tags);
  data.robots = parseRobots(json.robots);
  return withGraph(data, json.schema);
}

function parse(text: string, ctx: Context): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    ctx.warn('invalid_seo_json', 'aioseo_head_json is a string that is not valid JSON; it was ignored.', 'aioseo_head_json');
    return null;
  }
}
