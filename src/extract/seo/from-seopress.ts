import { asObject } from '../coerce';
import { fromMetaTags, type MetaTag } from './from-meta-tags';
import { parseRobots } from './parse-robots';
import type { SeoPartial } from './seo-rule';

const SOCIAL: Record<string, string> = { title: 'title', description: 'description', image: 'image', image_width: 'image:width', image_height: 'image:height' };

/**
 * SEOPress's headless response (`GET /seopress/v1/posts/{id}`), passed as the `seopress`
 * option: `{ success, data: { title, description, canonical, og, twitter, robots, … } }` or
 * `data` itself. `og`/`twitter` hold `title`, `description`, `image`, `image_width`,
 * `image_height`; `robots` holds flags such as `{ noindex: true }`. SEOPress sends `data: null`
 * for unpublished posts, which reads as "nothing".
 *
 * @example fromSeopress({ success: true, data: { title: 'Hi', robots: { noindex: true } } })?.robots?.index // → false
 */
export function fromSeopress(value: unknown): SeoPartial | null {
  const outer = asObject(value);
  const data = outer && 'success' in outer ? asObject(outer.data) : outer;
  if (!data) return null;
  const tags: MetaTag[] = [];
  for (const key of ['title', 'description', 'canonical'] as const) {
    if (typeof data[key] === 'string') tags.push([key, data[key] as string]);
  }
  for (const [group, prefix] of [['og', 'og'], ['twitter', 'twitter']] as const) {
    const social = asObject(data[group]);
    if (!social) continue;
    for (const [key, name] of Object.entries(SOCIAL)) {
      const v = social[key];
      // The Twitter image has no width/height tags; only the Open Graph one does.
      if (prefix === 'twitter' && name.startsWith('image:')) continue;
      if (typeof v === 'string' || typeof v === 'number') tags.push([`${prefix}:${name}`, String(v)]);
    }
  }
  return { ...fromMetaTags(tags), robots: parseRobots(data.robots) };
}
