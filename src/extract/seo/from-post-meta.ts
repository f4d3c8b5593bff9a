import { readPhpValue } from '../../parse/read-php-value';
import { asObject } from '../coerce';
import { fromMetaTags, type MetaTag } from './from-meta-tags';
import type { SeoPartial } from './seo-rule';

/** An SEO plugin's post meta keys, by the meta tag each stands for. */
export interface PostMetaPlugin {
  tags: Record<string, string>;
  /** Keys whose value is a robots directive list (a PHP-serialised array, a JSON array, or text). */
  robots: readonly string[];
  /** Keys that say noindex / nofollow when `1` or `on`. */
  noindex: readonly string[];
  nofollow: readonly string[];
}

/** Yoast, Rank Math and All in One SEO (4, and 3's `_aioseop_*`) as they store a post's SEO. */
export const postMetaPlugins: Record<'yoast' | 'rankmath' | 'aioseo', PostMetaPlugin> = {
  yoast: {
    tags: {
      _yoast_wpseo_title: 'title', _yoast_wpseo_metadesc: 'description', _yoast_wpseo_canonical: 'canonical',
      '_yoast_wpseo_opengraph-title': 'og:title', '_yoast_wpseo_opengraph-description': 'og:description', '_yoast_wpseo_opengraph-image': 'og:image',
      '_yoast_wpseo_twitter-title': 'twitter:title', '_yoast_wpseo_twitter-description': 'twitter:description', '_yoast_wpseo_twitter-image': 'twitter:image',
    },
    robots: [],
    noindex: ['_yoast_wpseo_meta-robots-noindex'],
    nofollow: ['_yoast_wpseo_meta-robots-nofollow'],
  },
  rankmath: {
    tags: {
      rank_math_title: 'title', rank_math_description: 'description', rank_math_canonical_url: 'canonical',
      rank_math_facebook_title: 'og:title', rank_math_facebook_description: 'og:description', rank_math_facebook_image: 'og:image',
      rank_math_twitter_title: 'twitter:title', rank_math_twitter_description: 'twitter:description',
    },
    robots: ['rank_math_robots'],
    noindex: [],
    nofollow: [],
  },
  aioseo: {
    tags: {
      _aioseo_title: 'title', _aioseo_description: 'description', _aioseo_og_title: 'og:title', _aioseo_og_description: 'og:description',
      _aioseo_twitter_title: 'twitter:title', _aioseo_twitter_description: 'twitter:description',
      _aioseop_title: 'title', _aioseop_description: 'description',
    },
    robots: [],
    noindex: ['_aioseop_noindex'],
    nofollow: ['_aioseop_nofollow'],
  },
};

/**
 * SEO from a plugin's post meta: REST's `meta` when the plugin registers it there, or an
 * export's post meta (readWxr puts it in `meta`). `siteName` fills `og:site_name`, which the
 * plugin's `%%sitename%%` / `%sitename%` variables read. Null when the post has none of its keys.
 *
 * @example fromPostMeta({ rank_math_title: '%title% %sep% %sitename%' }, postMetaPlugins.rankmath, 'My site')?.title // → '%title% %sep% %sitename%'
 */
export function fromPostMeta(meta: unknown, plugin: PostMetaPlugin, siteName: string | null): SeoPartial | null {
  const values = asObject(meta);
  if (!values) return null;
  const tags: MetaTag[] = [];
  for (const [key, tag] of Object.entries(plugin.tags)) {
    const v = first(values[key]);
    if (v) tags.push([tag, v]);
  }
  const robots: string[] = [];
  for (const key of plugin.robots) robots.push(...directives(values[key]));
  if (plugin.noindex.some((k) => on(values[k]))) robots.push('noindex');
  if (plugin.nofollow.some((k) => on(values[k]))) robots.push('nofollow');
  if (robots.length) tags.push(['robots', robots.join(', ')]);
  if (!tags.length) return null;
  if (siteName) tags.push(['og:site_name', siteName]);
  return fromMetaTags(tags);
}

// REST sends registered single meta as a value, unregistered-but-exposed meta as a list.
function first(v: unknown): string | null {
  const x = Array.isArray(v) ? v[0] : v;
  return typeof x === 'string' && x.trim() ? x : null;
}

function on(v: unknown): boolean {
  const x = first(v);
  return x === '1' || x === 'on';
}

function directives(v: unknown): string[] {
  const list = Array.isArray(v) ? v : typeof v === 'string' ? (readPhpValue(v) ?? v.split(',')) : [];
  const values = Array.isArray(list) ? list : Object.values(asObject(list) ?? {});
  return values.filter((d): d is string => typeof d === 'string' && /^[a-z-]+(?::[\w-]+)?$/i.test(d.trim())).map((d) => d.trim().toLowerCase());
}
