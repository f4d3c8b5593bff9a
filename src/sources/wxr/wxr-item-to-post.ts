import { autop } from '@wordpress/autop';
import type { Warning } from '../../schema/article';
import { resolveContent, type ResolveContext } from './resolve-content';
import { texturizeStored } from './texturize-stored';
import { wptexturize } from './wptexturize';
import { wpTrimExcerpt } from './wp-trim-excerpt';
import { childText, childrenNamed, type XmlElement } from './xml-elements';
import { int, itemTaxonomy, postMeta, type WxrAttachment, type WxrAuthor, type WxrSite } from './wxr-site';

/** Which items of an export become posts. */
export interface WxrFilter {
  /** Post statuses to read (default `['publish']`): `draft`, `pending`, `private`, `future` when asked. */
  statuses?: readonly string[];
  /** Post types to read (default: every type that is content). */
  types?: readonly string[] | null;
}

/** Item types that are never articles: media, menus, revisions, patterns, templates, styles, caches. */
export const NOT_CONTENT_TYPES: ReadonlySet<string> = new Set([
  'attachment', 'nav_menu_item', 'revision', 'wp_block', 'wp_template', 'wp_template_part', 'wp_global_styles',
  'wp_navigation', 'wp_font_family', 'wp_font_face', 'custom_css', 'customize_changeset', 'oembed_cache', 'user_request',
]);

/**
 * One `item` of an export as the REST API would send the post with `_embed` (what
 * `WpPostSchema` accepts), or null when the item is not wanted (its type is not content, or
 * its status or type is filtered out). Content is the stored content (`content.raw`) with
 * what WordPress fills in at render time resolved from the export (synced patterns, gallery
 * ids, footnotes, dynamic blocks) and its typography set by wptexturize, as REST's rendered
 * fields have it; title, excerpt, comments and media captions are texturized as REST sends them. Anything that could not be resolved is listed in `_unpress.warnings`.
 * Pure: the site index is read, never changed.
 */
export function wxrItemToPost(el: XmlElement, site: WxrSite, filter: WxrFilter = {}): Record<string, unknown> | null {
  const typed = childText(el, 'wp:post_type')?.trim();
  const type = typed || 'post';
  const status = childText(el, 'wp:status') ?? 'publish';
  if (NOT_CONTENT_TYPES.has(type) || (filter.types && !filter.types.includes(type))) return null;
  if (!(filter.statuses ?? ['publish']).includes(status)) return null;
  const id = int(childText(el, 'wp:post_id'));
  const warnings: Warning[] = [];
  const meta = postMeta(el);
  const stored = childText(el, 'content:encoded') ?? '';
  const resolving = { id: id ?? 0, site, meta, warn: (code: string, message: string, path: string) => void warnings.push({ code, message, path }) } as ResolveContext;
  // the_content: blocks rendered (patterns, dynamic blocks), then wptexturize; wpautop and the
  // shortcodes come after, in convertPost, as on the site.
  const content = texturizeStored(resolveContent(stored, resolving));
  const excerpt = childText(el, 'excerpt:encoded') ?? '';
  const title = childText(el, 'title') ?? '';
  const password = childText(el, 'wp:post_password') ?? '';
  const author = authorOf(childText(el, 'dc:creator'), site, warnings);
  const featured = featuredMedia(meta, site, warnings);
  const terms = termGroups(el, type, site);
  const post: Record<string, unknown> = {
    id,
    date: restDate(childText(el, 'wp:post_date')),
    date_gmt: restDate(childText(el, 'wp:post_date_gmt')),
    modified: restDate(childText(el, 'wp:post_modified')),
    modified_gmt: restDate(childText(el, 'wp:post_modified_gmt')),
    guid: { rendered: (childText(el, 'guid') ?? '').trim() },
    slug: childText(el, 'wp:post_name') ?? '',
    status,
    type,
    link: (childText(el, 'link') ?? '').trim() || undefined,
    // REST's title.rendered: the_title (wptexturize, convert_chars, trim).
    title: { raw: title, rendered: wptexturize(title).trim() },
    content: { raw: content, ...(password ? { protected: true } : {}) },
    // None stored: left out, and the article's excerpt is made as WordPress makes it from the body
    // (trimExcerpt); where a dynamic block was rendered into the content, WordPress leaves its
    // output out of the excerpt, so the excerpt is made here from the stored content.
    // the_excerpt texturizes too.
    ...(excerpt.trim() ? { excerpt: { raw: excerpt, rendered: wptexturize(excerpt) } } : resolving.rendered ? { excerpt: { rendered: wpTrimExcerpt(texturizeStored(stored)) } } : {}),
    author: author?.id ?? undefined,
    featured_media: featured?.id ?? 0,
    sticky: childText(el, 'wp:is_sticky') === '1',
    parent: int(childText(el, 'wp:post_parent')) ?? 0,
    menu_order: int(childText(el, 'wp:menu_order')) ?? 0,
    ...idLists(terms),
    ...seoMeta(meta),
    _links: { 'wp:term': terms.map((g) => ({ taxonomy: g.taxonomy, embeddable: true })) },
    _embedded: {
      ...(author ? { author: [{ id: author.id ?? undefined, name: author.name, slug: author.login }] } : {}),
      ...(featured ? { 'wp:featuredmedia': [restMedia(featured)] } : {}),
      'wp:term': terms.map((g) => g.terms),
      ...replies(el),
    },
  };
  post._unpress = { ...(warnings.length ? { warnings } : {}), site: { name: site.info.title } };
  // Every item export_wp() writes has a type: one without is broken, and fails alone.
  if (!typed) post._unpress = { ...(post._unpress as object), invalid: { message: 'the export item has no wp:post_type', path: ['wp:post_type'] } };
  return post;
}

// The item's author from the export's list; WXR 1.0 has none, and an author missing from it is
// known by the login alone, as the WordPress importer names them (warned when there is a list).
function authorOf(creator: string | null, site: WxrSite, warnings: Warning[]): WxrAuthor | undefined {
  const login = (creator ?? '').trim();
  if (!login) return undefined;
  const known = site.authors.get(login);
  if (known) return known;
  if (site.authors.size) warnings.push({ code: 'missing_reference', message: `The author ${login} is in no file's author list: named by the login`, path: 'dc:creator' });
  return { id: null, login, name: login };
}

// Approved comments as REST embeds them (`_embedded.replies`): WordPress prints a comment
// through wptexturize and wpautop (comment_text). The commenter's e-mail and IP address are never read.
function replies(el: XmlElement): { replies?: Record<string, unknown>[][] } {
  const list: Record<string, unknown>[] = [];
  for (const c of childrenNamed(el, 'wp:comment')) {
    const type = (childText(c, 'wp:comment_type') ?? '').trim();
    if (childText(c, 'wp:comment_approved')?.trim() !== '1' || (type !== '' && type !== 'comment')) continue;
    list.push({
      id: int(childText(c, 'wp:comment_id')),
      parent: int(childText(c, 'wp:comment_parent')) ?? 0,
      author_name: childText(c, 'wp:comment_author') ?? '',
      author_url: (childText(c, 'wp:comment_author_url') ?? '').trim(),
      date: restDate(childText(c, 'wp:comment_date')),
      content: { rendered: autop(wptexturize(childText(c, 'wp:comment_content') ?? '')) },
      type: 'comment',
    });
  }
  return list.length ? { replies: [list] } : {};
}

// WordPress stores `2024-05-06 09:08:09`; REST writes `2024-05-06T09:08:09`. Drafts have a
// zero GMT date, which REST sends as null.
function restDate(value: string | null): string | null {
  const v = value?.trim();
  if (!v || v.startsWith('0000-00-00')) return null;
  return v.replace(' ', 'T');
}

interface TermGroup {
  taxonomy: string;
  terms: { id?: number; name: string; slug: string; taxonomy: string }[];
}

// Posts always carry their categories and tags (REST sends both lists, even empty); other
// types and taxonomies only what the item names, in the order it names them.
function termGroups(el: XmlElement, type: string, site: WxrSite): TermGroup[] {
  const groups = new Map<string, TermGroup>();
  if (type === 'post') for (const taxonomy of ['category', 'post_tag']) groups.set(taxonomy, { taxonomy, terms: [] });
  for (const c of childrenNamed(el, 'category')) {
    const taxonomy = itemTaxonomy(c.attrs.domain);
    const slug = c.attrs.nicename;
    if (!taxonomy || !slug) continue;
    const known = site.term(taxonomy, slug);
    let group = groups.get(taxonomy);
    if (!group) groups.set(taxonomy, (group = { taxonomy, terms: [] }));
    if (group.terms.some((t) => t.slug === slug)) continue;
    group.terms.push({ ...(known?.id != null ? { id: known.id } : {}), name: c.text, slug, taxonomy });
  }
  return [...groups.values()];
}

function idLists(groups: TermGroup[]): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const g of groups) {
    if (g.taxonomy !== 'category' && g.taxonomy !== 'post_tag') continue;
    out[g.taxonomy === 'category' ? 'categories' : 'tags'] = g.terms.flatMap((t) => (t.id === undefined ? [] : [t.id]));
  }
  return out;
}

function featuredMedia(meta: Map<string, string>, site: WxrSite, warnings: Warning[]): WxrAttachment | null {
  const id = int(meta.get('_thumbnail_id') ?? null);
  if (id === null || id <= 0) return null;
  const found = site.attachments.get(id);
  if (!found) warnings.push({ code: 'missing_reference', message: `The featured image (attachment ${id}) is in no file of the export`, path: 'wp:postmeta._thumbnail_id' });
  return found ?? null;
}

/** An attachment as REST's embedded media object. */
export function restMedia(a: WxrAttachment): Record<string, unknown> {
  return {
    id: a.id,
    source_url: a.url,
    alt_text: a.alt,
    // Stored captions and titles are HTML already (WordPress prints them as they are).
    // REST renders them through the_excerpt and the_title: texturized.
    caption: { rendered: a.caption ? `<p>${wptexturize(a.caption)}</p>\n` : '' },
    title: { rendered: wptexturize(a.title).trim() },
    mime_type: a.mimeType ?? undefined,
    media_details: { width: a.width ?? undefined, height: a.height ?? undefined, sizes: a.sizes },
  };
}

// SEO plugins keep a post's fields in its post meta (`_yoast_wpseo_title`, `rank_math_title`,
// `_aioseo_description`…): passed on as REST's `meta`, which the SEO rules read.
const SEO_META = /^(?:_yoast_wpseo_|rank_math_|_aioseop?_)/;

function seoMeta(meta: Map<string, string>): { meta?: Record<string, string> } {
  const out: Record<string, string> = {};
  for (const [key, value] of meta) if (SEO_META.test(key) && value.trim()) out[key] = value;
  return Object.keys(out).length ? { meta: out } : {};
}
