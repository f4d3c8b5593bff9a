import type { WpPost } from '../schema/wp-post';
import { wpTrimExcerpt } from '../sources/wxr/wp-trim-excerpt';
import { escUrl, slugOf } from './esc';

/** A `{ rendered }` field given as its HTML, or as the object itself. */
export type RenderedInput = string | { rendered?: string; raw?: string; protected?: boolean };

/**
 * Fields of a REST post to set. `title`, `content` and `excerpt` may be given as HTML strings
 * (their `rendered`); every other field replaces the default as it is (no deep merge).
 */
export type WpPostOverrides = Omit<Partial<WpPost>, 'title' | 'content' | 'excerpt'> & {
  title?: RenderedInput;
  content?: RenderedInput;
  excerpt?: RenderedInput;
  [field: string]: unknown;
};

/** The site every builder's post belongs to. */
export const SITE = 'https://example.org';

/**
 * A post as WordPress 6.x's REST API sends it (`GET /wp-json/wp/v2/posts/1`, view context),
 * with `overrides` applied: every field a real response has (dates in the site's time and in
 * GMT, guid, link, `class_list`, `_links`…), valid against `WpPostSchema`. Deterministic: the
 * same overrides give the same object. The slug and link follow the title, the excerpt is made
 * from the content as WordPress makes it (55 words and ` […]`) unless one is given, and
 * `type: 'page'` gives a page's fields (no categories, tags, format or sticky).
 *
 * @param overrides - fields to set; `title`, `content`, `excerpt` may be HTML strings.
 * @returns a new REST post object.
 * @example
 * const post = wpPost({ title: 'Hello', content: '<p>First words.</p>' });
 * parsePost(post).text; // 'First words.'
 */
export function wpPost(overrides: WpPostOverrides = {}): WpPost {
  const { title: titleIn, content: contentIn, excerpt: excerptIn, ...rest } = overrides;
  const id = typeof rest.id === 'number' ? rest.id : 1;
  const type = typeof rest.type === 'string' ? rest.type : 'post';
  const title = rendered(titleIn ?? 'Hello world');
  const content = { protected: false, ...rendered(contentIn ?? '<p>Welcome to WordPress. This is your first post.</p>\n') };
  const excerpt = excerptIn === undefined ? { rendered: wpTrimExcerpt(content.raw ?? content.rendered ?? ''), protected: false } : { protected: false, ...rendered(excerptIn) };
  const date = typeof rest.date === 'string' ? rest.date : '2024-05-06T09:30:00';
  const slug = typeof rest.slug === 'string' ? rest.slug : slugOf(title.rendered ?? '') || String(id);
  const page = type === 'page';
  const base = page ? 'pages' : type === 'post' ? 'posts' : type;
  const link = page ? `${SITE}/${slug}/` : `${SITE}/${date.slice(0, 4)}/${date.slice(5, 7)}/${slug}/`;
  const api = `${SITE}/wp-json/wp/v2/${base}/${id}`;
  return {
    id,
    date,
    date_gmt: gmt(date),
    guid: { rendered: escUrl(`${SITE}/?${page ? 'page_id' : 'p'}=${id}`) },
    modified: date,
    modified_gmt: gmt(date),
    slug,
    status: 'publish',
    type,
    link,
    title,
    content,
    excerpt,
    author: 1,
    featured_media: 0,
    ...(page ? { parent: 0, menu_order: 0 } : {}),
    comment_status: page ? 'closed' : 'open',
    ping_status: page ? 'closed' : 'open',
    ...(page ? {} : { sticky: false }),
    template: '',
    ...(page ? {} : { format: 'standard' }),
    meta: { footnotes: '' },
    ...(page ? {} : { categories: [1], tags: [] }),
    class_list: page ? [`post-${id}`, 'page', 'type-page', 'status-publish', 'hentry'] : [`post-${id}`, 'post', 'type-post', 'status-publish', 'format-standard', 'hentry', 'category-uncategorized'],
    _links: {
      self: [{ href: api, targetHints: { allow: ['GET'] } }],
      collection: [{ href: `${SITE}/wp-json/wp/v2/${base}` }],
      author: [{ embeddable: true, href: `${SITE}/wp-json/wp/v2/users/1` }],
      'wp:attachment': [{ href: `${SITE}/wp-json/wp/v2/media?parent=${id}` }],
      ...(page ? {} : { 'wp:term': [
        { taxonomy: 'category', embeddable: true, href: `${SITE}/wp-json/wp/v2/categories?post=${id}` },
        { taxonomy: 'post_tag', embeddable: true, href: `${SITE}/wp-json/wp/v2/tags?post=${id}` },
      ] }),
      curies: [{ name: 'wp', href: 'https://api.w.org/{rel}', templated: true }],
    },
    ...rest,
  } as WpPost;
}

function rendered(value: RenderedInput): { rendered?: string; raw?: string; protected?: boolean } {
  return typeof value === 'string' ? { rendered: value } : { ...value };
}

// The builders' site runs on Europe/Berlin summer time: two hours ahead of GMT.
function gmt(local: string): string {
  const t = Date.parse(`${local}Z`);
  return Number.isNaN(t) ? local : new Date(t - 2 * 3600_000).toISOString().slice(0, 19);
}
