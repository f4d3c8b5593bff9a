import { asObject } from '../coerce';
import { fromAioseoBreadcrumbs } from './from-aioseo-breadcrumbs';
import { fromAioseoJson } from './from-aioseo-json';
import { fromContentJsonLd } from './from-content-json-ld';
import { fromHeadHtml } from './from-head-html';
import { fromPost } from './from-post';
import { fromPostMeta, postMetaPlugins } from './from-post-meta';
import { fromSeopress } from './from-seopress';
import { fromYoastJson } from './from-yoast-json';
import { fromYoastMeta } from './from-yoast-meta';
import type { SeoPartial, SeoReading, SeoRule } from './seo-rule';
import type { SeoSource } from '../../schema/seo';

const hasYoastJson = (post: { yoast_head_json?: unknown }): boolean => Object.keys(asObject(post.yoast_head_json) ?? {}).length > 0;

// The site's name, where the source knows it (readWxr: the export's channel title).
const siteName = (post: { _unpress?: { site?: { name?: unknown } } }): string | null => {
  const name = post._unpress?.site?.name;
  return typeof name === 'string' && name ? name : null;
};

const reading = (source: SeoSource, data: SeoPartial | null): SeoReading | null => (data ? { source, data } : null);

/**
 * The default SEO rules, strongest first: structured plugin JSON, then head HTML, then JSON-LD
 * in the content, then WordPress's own fields. Per field the first non-empty value wins, so a
 * field the plugin JSON lacks still comes from the HTML or the post.
 *
 * @example
 * defaultSeoRules.map((r) => r.name)
 * // → ['yoast_head_json', 'aioseo_head_json', 'aioseo_breadcrumb_json', 'seopress', 'yoast_meta', 'yoast_post_meta',
 * //    'rankmath_post_meta', 'aioseo_post_meta', 'yoast_head', 'aioseo_head', 'head', 'json_ld', 'post']
 */
export const defaultSeoRules: readonly SeoRule[] = [
  { name: 'yoast_head_json', read: (post) => reading('yoast_head_json', fromYoastJson(post.yoast_head_json)) },
  { name: 'aioseo_head_json', read: (post, ctx) => reading('aioseo_head_json', fromAioseoJson(post.aioseo_head_json, ctx)) },
  // After the AIOSEO JSON: its schema BreadcrumbList, when there is one, still wins, as before.
  { name: 'aioseo_breadcrumb_json', read: (post) => reading('aioseo_breadcrumb_json', fromAioseoBreadcrumbs(post.aioseo_breadcrumb_json)) },
  { name: 'seopress', read: (_post, ctx) => reading('seopress', fromSeopress(ctx.options.seopress)) },
  { name: 'yoast_meta', read: (post) => reading('yoast_meta', fromYoastMeta(post.yoast_meta)) },
  // Plugins' own post meta: REST's `meta` where they register it, an export's post meta.
  { name: 'yoast_post_meta', read: (post) => reading('yoast_meta', fromPostMeta(post.meta, postMetaPlugins.yoast, siteName(post))) },
  { name: 'rankmath_post_meta', read: (post) => reading('rankmath', fromPostMeta(post.meta, postMetaPlugins.rankmath, siteName(post))) },
  { name: 'aioseo_post_meta', read: (post) => reading('aioseo_meta', fromPostMeta(post.meta, postMetaPlugins.aioseo, siteName(post))) },
  {
    name: 'yoast_head',
    // Yoast renders `yoast_head` and `yoast_head_json` from one presentation: with the JSON
    // present the HTML only repeats it (all 65 corpus posts carrying both agree field for field),
    // so the HTML is parsed only when the JSON is missing. A third of the SEO stage's time.
    read: (post, ctx) => (hasYoastJson(post) ? null : reading('yoast_head', fromHeadHtml(post.yoast_head, ctx, 'yoast_head'))),
  },
  { name: 'aioseo_head', read: (post, ctx) => reading('aioseo_head', fromHeadHtml(post.aioseo_head, ctx, 'aioseo_head')) },
  {
    name: 'head',
    read: (_post, ctx) => {
      const head = ctx.options.head;
      // Rank Math signs its output; crediting it by name tells the user which plugin spoke.
      const source = typeof head === 'string' && /rank math/i.test(head) ? 'rankmath' : 'head';
      return reading(source, fromHeadHtml(head, ctx, 'options.head'));
    },
  },
  { name: 'json_ld', read: (_post, ctx) => reading('json_ld', fromContentJsonLd(ctx)) },
  { name: 'post', read: (post) => reading('post', fromPost(post)) },
];
