import { asList, asObject } from '../coerce';
import { fromMetaTags, type MetaTag } from './from-meta-tags';
import type { SeoPartial } from './seo-rule';
import { own } from '../../text/own';

// The legacy plugins' key names for the meta tags they stand for.
const LEGACY: Record<string, string> = {
  yoast_wpseo_title: 'title',
  yoast_wpseo_metadesc: 'description',
  yoast_wpseo_canonical: 'canonical',
  'yoast_wpseo_opengraph-title': 'og:title',
  'yoast_wpseo_opengraph-description': 'og:description',
  'yoast_wpseo_opengraph-image': 'og:image',
  'yoast_wpseo_twitter-title': 'twitter:title',
  'yoast_wpseo_twitter-description': 'twitter:description',
  'yoast_wpseo_twitter-image': 'twitter:image',
};

/**
 * `yoast_meta`, from the REST add-ons that predate Yoast's own REST fields (2016–2020). Three
 * shapes exist: `{ title }` (wp-api-yoast, as in frontity's demo posts), `{ yoast_wpseo_title,
 * yoast_wpseo_metadesc, … }` (yoast-to-rest-api) and a list of `{ name | property, content }`
 * tags (wp-rest-yoast-meta).
 *
 * @example fromYoastMeta({ title: 'The Beauties of Gullfoss - Demo Worona' })?.title // → 'The Beauties of Gullfoss - Demo Worona'
 */
export function fromYoastMeta(value: unknown): SeoPartial | null {
  const tags: MetaTag[] = [];
  if (Array.isArray(value)) {
    for (const entry of asList(value)) {
      const tag = asObject(entry);
      const key = tag?.property ?? tag?.name;
      if (typeof key === 'string' && typeof tag?.content === 'string') tags.push([key, tag.content]);
    }
  } else {
    const meta = asObject(value);
    if (!meta) return null;
    const robots: string[] = [];
    for (const [key, v] of Object.entries(meta)) {
      if (typeof v !== 'string') continue;
      if (key === 'yoast_wpseo_meta-robots-noindex' && v === '1') robots.push('noindex');
      else if (key === 'yoast_wpseo_meta-robots-nofollow' && v === '1') robots.push('nofollow');
      else tags.push([own(LEGACY, key) ?? key, v]);
    }
    if (robots.length) tags.push(['robots', robots.join(', ')]);
  }
  return tags.length ? fromMetaTags(tags) : null;
}
