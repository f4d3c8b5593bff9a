import { z } from 'zod';
import { childText, childrenNamed, type XmlElement } from './xml-elements';
import { readPhpValue } from '../../parse/read-php-value';

/** The site an export comes from (`wp:base_site_url` and the channel's title, link and language). */
export const WxrSiteInfoSchema = z.strictObject({
  title: z.string().nullable(),
  link: z.string().nullable(),
  description: z.string().nullable(),
  language: z.string().nullable(),
  baseSiteUrl: z.string().nullable(),
  baseBlogUrl: z.string().nullable(),
  wxrVersion: z.string().nullable(),
});
export type WxrSiteInfo = z.infer<typeof WxrSiteInfoSchema>;

/** An author of the export (`wp:author`); e-mail addresses are never read. */
export const WxrAuthorSchema = z.strictObject({ id: z.number().int().nullable(), login: z.string(), name: z.string() });
export type WxrAuthor = z.infer<typeof WxrAuthorSchema>;

/**
 * A term of the export: declared in the channel (`wp:category`, `wp:tag`, `wp:term`; an export
 * of everything declares every term), or only named by the items that have it (an export of one
 * type or period declares none: then its id and parent are not known).
 */
export const WxrTermSchema = z.strictObject({
  id: z.number().int().nullable(),
  taxonomy: z.string(),
  slug: z.string(),
  /** As stored: HTML (`Birds &amp; Bees`). */
  name: z.string(),
  /** The parent's slug; '' at the top (or when not declared). */
  parent: z.string(),
  declared: z.boolean(),
});
export type WxrTerm = z.infer<typeof WxrTermSchema>;

/** An attachment item, as much as posts need of it. */
export const WxrAttachmentSchema = z.strictObject({
  id: z.number().int(),
  parent: z.number().int(),
  menuOrder: z.number().int(),
  url: z.string(),
  title: z.string(),
  caption: z.string(),
  alt: z.string(),
  mimeType: z.string().nullable(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  /** Sizes from `_wp_attachment_metadata`, as REST's `media_details.sizes`. */
  sizes: z.record(z.string(), z.strictObject({ source_url: z.string(), width: z.number().nullable(), height: z.number().nullable(), mime_type: z.string().nullable() })),
});
export type WxrAttachment = z.infer<typeof WxrAttachmentSchema>;

/** A published post or page as a list of posts shows it. */
export interface WxrListed {
  id: number;
  type: string;
  title: string;
  link: string;
  /** `2024-05-06 09:08:09`, the site's wall time. */
  date: string;
  parent: number;
  menuOrder: number;
  /** Its terms, as `termKey`s. */
  terms: string[];
}

/** The taxonomy an item's `<category domain>` names: WXR 1.0 wrote tags as `tag`. */
export function itemTaxonomy(domain: string | undefined): string {
  return domain === 'tag' ? 'post_tag' : (domain ?? '');
}

/** The key of a term in `WxrSite.terms`. */
export function termKey(taxonomy: string, slug: string): string {
  return `${taxonomy}\u0000${slug}`;
}

/**
 * What items refer to, gathered from every file of an export before any post is built:
 * authors, terms, attachments and synced patterns (`wp_block`), by id or key. Small next to
 * the posts: an attachment is a few hundred bytes, content is not kept except for patterns.
 */
export class WxrSite {
  info: WxrSiteInfo = { title: null, link: null, description: null, language: null, baseSiteUrl: null, baseBlogUrl: null, wxrVersion: null };
  readonly authors = new Map<string, WxrAuthor>();
  readonly terms = new Map<string, WxrTerm>();
  readonly attachments = new Map<number, WxrAttachment>();
  readonly patterns = new Map<number, string>();
  /** Published posts and pages, as the blocks that list them (latest posts, page list) need them. */
  readonly listed: WxrListed[] = [];
  private readonly listedIds = new Set<number>();

  /** Takes in one child of `channel`. The first file to name a site field wins. */
  add(el: XmlElement): void {
    const field = CHANNEL_FIELDS[el.name];
    if (field) {
      if (this.info[field] === null) this.info = { ...this.info, [field]: own(el.text.trim()) || null };
    } else if (el.name === 'wp:author') this.addAuthor(el);
    else if (el.name === 'wp:category') this.addTerm(el, 'category', 'wp:category_nicename', 'wp:cat_name', 'wp:category_parent');
    else if (el.name === 'wp:tag') this.addTerm(el, 'post_tag', 'wp:tag_slug', 'wp:tag_name', null);
    else if (el.name === 'wp:term') this.addTerm(el, childText(el, 'wp:term_taxonomy') ?? '', 'wp:term_slug', 'wp:term_name', 'wp:term_parent');
    else if (el.name === 'item') this.addItem(el);
  }

  /** The term of `taxonomy` with `slug`, or null. */
  term(taxonomy: string, slug: string): WxrTerm | null {
    return this.terms.get(termKey(taxonomy, slug)) ?? null;
  }

  /** Every term of `taxonomy`, declared or named by an item, in the order first met. */
  termsOf(taxonomy: string): WxrTerm[] {
    return [...this.terms.values()].filter((t) => t.taxonomy === taxonomy);
  }

  private addAuthor(el: XmlElement): void {
    const login = childText(el, 'wp:author_login') ?? '';
    if (!login || this.authors.has(login)) return;
    const name = (childText(el, 'wp:author_display_name') ?? '').trim() || login;
    this.authors.set(own(login), { id: int(childText(el, 'wp:author_id')), login: own(login), name: own(name) });
  }

  // A declaration wins over a term only named by an item (files come in any order).
  private addTerm(el: XmlElement, taxonomy: string, slugName: string, nameName: string, parentName: string | null): void {
    const slug = childText(el, slugName) ?? '';
    if (!taxonomy || !slug) return;
    const key = termKey(taxonomy, slug);
    if (this.terms.get(key)?.declared) return;
    const parent = parentName ? (childText(el, parentName) ?? '').trim() : '';
    this.terms.set(own(key), { id: int(childText(el, 'wp:term_id')), taxonomy: own(taxonomy), slug: own(slug), name: own(childText(el, nameName) ?? slug), parent: own(parent), declared: true });
  }

  // The terms an item names (`<category domain nicename>`), as keys; a term no file declares is
  // known by them.
  private itemTerms(el: XmlElement): string[] {
    const keys: string[] = [];
    for (const c of childrenNamed(el, 'category')) {
      const taxonomy = itemTaxonomy(c.attrs.domain);
      const slug = c.attrs.nicename;
      if (!taxonomy || !slug) continue;
      const key = own(termKey(taxonomy, slug));
      if (keys.includes(key)) continue;
      if (!this.terms.has(key)) this.terms.set(key, { id: null, taxonomy: own(taxonomy), slug: own(slug), name: own(c.text), parent: '', declared: false });
      keys.push(key);
    }
    return keys;
  }

  private addItem(el: XmlElement): void {
    const id = int(childText(el, 'wp:post_id'));
    if (id === null) return;
    const type = childText(el, 'wp:post_type');
    if (type === 'wp_block') this.patterns.set(id, own(childText(el, 'content:encoded') ?? ''));
    else if (type === 'attachment') this.attachments.set(id, attachmentOf(el, id));
    else if (type && childText(el, 'wp:status') === 'publish' && !this.listedIds.has(id)) {
      // Parts of an export can overlap: a post is listed once.
      this.listedIds.add(id);
      this.listed.push({
        id, type: own(type), title: own(childText(el, 'title') ?? ''), link: own((childText(el, 'link') ?? '').trim()),
        date: own((childText(el, 'wp:post_date') ?? '').trim()), parent: int(childText(el, 'wp:post_parent')) ?? 0, menuOrder: int(childText(el, 'wp:menu_order')) ?? 0,
        terms: this.itemTerms(el),
      });
    }
  }
}

const CHANNEL_FIELDS: Record<string, keyof WxrSiteInfo> = {
  title: 'title', link: 'link', description: 'description', language: 'language',
  'wp:base_site_url': 'baseSiteUrl', 'wp:base_blog_url': 'baseBlogUrl', 'wp:wxr_version': 'wxrVersion',
};

/** Post meta of an item by key (the first value of each key). */
export function postMeta(el: XmlElement): Map<string, string> {
  const meta = new Map<string, string>();
  for (const m of childrenNamed(el, 'wp:postmeta')) {
    const key = childText(m, 'wp:meta_key');
    if (key !== null && !meta.has(key)) meta.set(key, childText(m, 'wp:meta_value') ?? '');
  }
  return meta;
}

function attachmentOf(el: XmlElement, id: number): WxrAttachment {
  const meta = postMeta(el);
  const url = (childText(el, 'wp:attachment_url') ?? childText(el, 'guid') ?? '').trim();
  const data = readPhpValue(meta.get('_wp_attachment_metadata') ?? '') as { width?: unknown; height?: unknown; sizes?: Record<string, Record<string, unknown>> } | null;
  const base = url.slice(0, url.lastIndexOf('/') + 1);
  const sizes: WxrAttachment['sizes'] = {};
  for (const [name, s] of Object.entries(data?.sizes ?? {})) {
    if (typeof s?.file !== 'string') continue;
    sizes[own(name)] = { source_url: own(base + s.file), width: num(s.width), height: num(s.height), mime_type: typeof s['mime-type'] === 'string' ? own(s['mime-type']) : null };
  }
  return {
    id,
    parent: int(childText(el, 'wp:post_parent')) ?? 0,
    menuOrder: int(childText(el, 'wp:menu_order')) ?? 0,
    url: own(url),
    title: own(childText(el, 'title') ?? ''),
    caption: own(childText(el, 'excerpt:encoded') ?? ''),
    alt: own(meta.get('_wp_attachment_image_alt') ?? ''),
    mimeType: mimeOf(url),
    width: num(data?.width),
    height: num(data?.height),
    sizes,
  };
}

// Strings the parser hands over can be slices of the chunk they were read from, which V8 keeps
// whole as long as the slice lives: an index of thousands of attachments held every chunk of the
// export (readWxr's heap grew with the file: 32 MB at 10 MB, 174 MB at 80 MB). The index keeps
// copies of its own.
function own(text: string): string {
  return text.length ? Buffer.from(text, 'utf8').toString('utf8') : text;
}

/** A whole number written as text, or null. */
export function int(text: string | null): number | null {
  if (text === null || !/^\s*-?\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : null;
}

function num(v: unknown): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
}

const MIME: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp', avif: 'image/avif', svg: 'image/svg+xml', mp3: 'audio/mpeg', m4a: 'audio/mp4', ogg: 'audio/ogg', wav: 'audio/wav', mp4: 'video/mp4', webm: 'video/webm', mov: 'video/quicktime', pdf: 'application/pdf' };

function mimeOf(url: string): string | null {
  const ext = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(url)?.[1]?.toLowerCase();
  return ext && Object.hasOwn(MIME, ext) ? MIME[ext]! : null;
}
