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

export const WpLinkSchema = z.looseObject({
  href: z.string().optional(),
  embeddable: z.boolean().optional(),
  taxonomy: z.string().optional(),
});

export const WpUserSchema = z.looseObject({
  id: z.number().int().optional(),
  name: z.string().optional(),
  url: z.string().optional(),
  description: z.string().optional(),
  link: z.string().optional(),
  slug: z.string().optional(),
});

export const WpImageSizeSchema = z.looseObject({
  source_url: z.string().optional(),
  width: z.coerce.number().optional(),
  height: z.coerce.number().optional(),
  mime_type: z.string().optional(),
});

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

export const WpTermSchema = z.looseObject({
  id: z.number().int().optional(),
  name: z.string().optional(),
  slug: z.string().optional(),
  taxonomy: z.string().optional(),
  link: z.string().optional(),
});

export const WpEmbeddedSchema = z.looseObject({
  author: z.array(z.unknown()).optional(),
  'wp:featuredmedia': z.array(z.unknown()).optional(),
  'wp:term': z.array(z.unknown()).optional(),
});

/** A post, page, attachment or custom post type object from `/wp/v2/…`. */
export const WpPostSchema = z.looseObject({
  id: z.number().int(),
  date: z.string().nullable().optional(),
  date_gmt: z.string().nullable().optional(),
  modified: z.string().nullable().optional(),
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
  author: z.number().int().optional(),
  featured_media: z.number().int().optional(),
  sticky: z.boolean().optional(),
  template: z.string().optional(),
  format: z.string().optional(),
  meta: z.union([z.record(z.string(), z.unknown()), EmptyPhpArraySchema]).optional(),
  parent: z.number().int().optional(),
  menu_order: z.number().int().optional(),
  categories: z.array(z.number().int()).optional(),
  tags: z.array(z.number().int()).optional(),
  class_list: z.union([z.array(z.string()), z.record(z.string(), z.string())]).optional(),
  caption: RenderedSchema.optional(),
  alt_text: z.string().optional(),
  source_url: z.string().optional(),
  _links: WpLinksSchema.optional(),
  _embedded: WpEmbeddedSchema.optional(),
  yoast_head: z.string().nullable().optional(),
  yoast_head_json: z.unknown().optional(),
  aioseo_head: z.string().nullable().optional(),
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

export type WpError = z.infer<typeof WpErrorSchema>;
export type WpUser = z.infer<typeof WpUserSchema>;
export type WpMedia = z.infer<typeof WpMediaSchema>;
export type WpTerm = z.infer<typeof WpTermSchema>;
export type WpPost = z.infer<typeof WpPostSchema>;
