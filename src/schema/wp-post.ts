import { z } from 'zod';

/**
 * WordPress REST shapes, loose on purpose: plugins add fields, PHP serialises an empty
 * object as `[]`, and `_fields` trims whatever it likes. Only what unpress reads is typed;
 * everything else passes through untouched.
 */

/** PHP's empty array, which WordPress sends where an object is empty. */
export const EmptyPhpArraySchema = z.array(z.never()).max(0);

/** `{ rendered, raw?, protected? }`, as in `title`, `content`, `excerpt`, `guid`. */
export const RenderedSchema = z.looseObject({
  rendered: z.string().optional(),
  raw: z.string().optional(),
  protected: z.boolean().optional(),
  block_version: z.number().optional(),
});

/** A WordPress REST error body (`{ code, message, data: { status } }`). */
export const WpErrorSchema = z.looseObject({
  code: z.string(),
  message: z.string(),
  data: z.unknown().optional(),
});

/** One relation of `_links` (`{ href, embeddable, taxonomy }`). */
export const WpLinkSchema = z.looseObject({
  href: z.string().optional(),
  embeddable: z.boolean().optional(),
  taxonomy: z.string().optional(),
});

/** A user as `/wp/v2/users` and `_embedded.author` give it (public fields only). */
export const WpUserSchema = z.looseObject({
  id: z.number().int().optional(),
  name: z.string().optional(),
  url: z.string().optional(),
  description: z.string().optional(),
  link: z.string().optional(),
  slug: z.string().optional(),
});

/** One size of an attachment's `media_details.sizes`. */
export const WpImageSizeSchema = z.looseObject({
  source_url: z.string().optional(),
  width: z.coerce.number().optional(),
  height: z.coerce.number().optional(),
  mime_type: z.string().optional(),
});

/** An attachment as `/wp/v2/media` and `_embedded['wp:featuredmedia']` give it. */
export const WpMediaSchema = z.looseObject({
  id: z.number().int().optional(),
  source_url: z.string().optional(),
  alt_text: z.string().optional(),
  caption: RenderedSchema.optional(),
  title: RenderedSchema.optional(),
  mime_type: z.string().optional(),
  media_details: z.unknown().optional(),
});

/**
 * `_links`: only `wp:term` is read (the taxonomy of each embedded term group); the other
 * relations (`self`, `author`, `curies`, plugins' own) pass through unchecked, so an odd one
 * never costs the post.
 */
export const WpLinksSchema = z.looseObject({
  'wp:term': z.array(WpLinkSchema).optional(),
});

/** A taxonomy term as `/wp/v2/categories`, `/wp/v2/tags` and `_embedded['wp:term']` give it. */
export const WpTermSchema = z.looseObject({
  id: z.number().int().optional(),
  name: z.string().optional(),
  slug: z.string().optional(),
  taxonomy: z.string().optional(),
  link: z.string().optional(),
});

/**
 * `_embedded` (requested with `?_embed`): the author, featured image and terms, each a list
 * whose entries are read leniently (an entry may be a REST error such as `rest_forbidden`).
 */
export const WpEmbeddedSchema = z.looseObject({
  author: z.array(z.unknown()).optional(),
  'wp:featuredmedia': z.array(z.unknown()).optional(),
  'wp:term': z.array(z.unknown()).optional(),
});

/**
 * A post, page, attachment or custom post type object from `/wp/v2/…` (any `context`, with or
 * without `_embed`), or one that `readWxr`/`fetchSite` built in the same shape. Only `id` is
 * required; every field unpress reads is typed, and unknown fields pass through.
 *
 * @example
 * WpPostSchema.parse({ id: 7, title: { rendered: 'Hello' }, content: { rendered: '<p>Hi</p>' } });
 */
export const WpPostSchema = z.looseObject({
  id: z.number().int(),
  /** The site's wall time, no offset (`2026-03-26T13:06:16`). */
  date: z.string().nullable().optional(),
  /** The same instant in UTC, no offset; null or `0000-00-00T00:00:00` for a floating draft date. */
  date_gmt: z.string().nullable().optional(),
  /** The last change, in the site's wall time. */
  modified: z.string().nullable().optional(),
  /** The last change in UTC. */
  modified_gmt: z.string().nullable().optional(),
  guid: RenderedSchema.optional(),
  slug: z.string().optional(),
  /** The slug WordPress would give a draft that has none yet (`context=edit`). */
  generated_slug: z.string().optional(),
  status: z.string().optional(),
  /** The post's password (`context=edit`); non-empty when it is password-protected. */
  password: z.string().optional(),
  type: z.string().optional(),
  link: z.string().optional(),
  title: RenderedSchema.optional(),
  content: RenderedSchema.optional(),
  excerpt: RenderedSchema.optional(),
  /** The author's user id (0 for none). */
  author: z.number().int().optional(),
  /** The featured image's attachment id (0 for none). */
  featured_media: z.number().int().optional(),
  sticky: z.boolean().optional(),
  template: z.string().optional(),
  format: z.string().optional(),
  /** Registered post meta (`[]` when empty, as PHP sends it). */
  meta: z.union([z.record(z.string(), z.unknown()), EmptyPhpArraySchema]).optional(),
  parent: z.number().int().optional(),
  menu_order: z.number().int().optional(),
  categories: z.array(z.number().int()).optional(),
  tags: z.array(z.number().int()).optional(),
  /** The post's CSS classes (`category-news`, `tag-tips`, …): a list, or an object of them (PHP sends an array with gaps in its keys as an object). */
  class_list: z.union([z.array(z.string()), z.record(z.string(), z.string())]).optional(),
  /** An attachment's caption. */
  caption: RenderedSchema.optional(),
  /** An attachment's alt text. */
  alt_text: z.string().optional(),
  /** An attachment's file URL. */
  source_url: z.string().optional(),
  _links: WpLinksSchema.optional(),
  _embedded: WpEmbeddedSchema.optional(),
  /** Yoast SEO's `<head>` HTML. */
  yoast_head: z.string().nullable().optional(),
  /** Yoast SEO's head as JSON (title, description, Open Graph, `schema`); read leniently. */
  yoast_head_json: z.unknown().optional(),
  /** All in One SEO's `<head>` HTML. */
  aioseo_head: z.string().nullable().optional(),
  /** All in One SEO's head as JSON; read leniently. */
  aioseo_head_json: z.unknown().optional(),
  /**
   * unpress's own note on a post a source built (`readWxr`): what the source could not resolve
   * (a pattern or attachment in no file of the export), reported as the article's warnings.
   */
  _unpress: z.looseObject({
    warnings: z.array(z.looseObject({ code: z.string(), message: z.string(), path: z.string().nullable() })).optional(),
    /** The site the source read (an export's channel title), for SEO variables such as `%%sitename%%`. */
    site: z.looseObject({ name: z.string().nullable().optional() }).optional(),
    /** The source could not make a post of it: the post fails with this message and path. */
    invalid: z.looseObject({ message: z.string(), path: z.array(z.union([z.string(), z.number()])) }).optional(),
  }).optional(),
});

/** A WordPress REST error body; see {@link WpErrorSchema}. */
export type WpError = z.infer<typeof WpErrorSchema>;
/** A REST user; see {@link WpUserSchema}. */
export type WpUser = z.infer<typeof WpUserSchema>;
/** A REST attachment; see {@link WpMediaSchema}. */
export type WpMedia = z.infer<typeof WpMediaSchema>;
/** A REST taxonomy term; see {@link WpTermSchema}. */
export type WpTerm = z.infer<typeof WpTermSchema>;
/** A REST post object; see {@link WpPostSchema}. */
export type WpPost = z.infer<typeof WpPostSchema>;
