import { z } from 'zod';
import { BlockSchema, HeadingLevelSchema, ImageSchema, ListBlockSchema } from './block';
import { SeoSchema } from './seo';

/** Editors and page builders unpress recognises. */
export const EditorSchema = z.enum([
  'elementor',
  'gutenberg',
  'classic',
  'divi',
  'wpbakery',
  'beaver',
  'siteorigin',
  'oxygen',
  'bricks',
  'unknown',
]);

/** A taxonomy term: category, tag or custom taxonomy. `name`/`slug` are null when the input only gave an id. */
export const TermSchema = z.strictObject({
  id: z.number().int().nullable(),
  name: z.string().nullable(),
  slug: z.string().nullable(),
});

export const AuthorSchema = z.strictObject({
  id: z.number().int().nullable(),
  name: z.string().nullable(),
  slug: z.string().nullable(),
  url: z.string().nullable(),
});

export const ImageVariantSchema = z.strictObject({
  name: z.string(),
  url: z.string(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  mimeType: z.string().nullable(),
});

export const FeaturedImageSchema = z.strictObject({
  id: z.number().int().nullable(),
  url: z.string(),
  alt: z.string().nullable(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  caption: z.string().nullable(),
  variants: z.array(ImageVariantSchema),
});

export const HeadingSchema = z.strictObject({
  level: HeadingLevelSchema,
  text: z.string(),
  anchor: z.string(),
});

export type OutlineNode = z.infer<typeof HeadingSchema> & { children: OutlineNode[] };
export const OutlineNodeSchema: z.ZodType<OutlineNode> = HeadingSchema.extend({
  get children() {
    return z.array(OutlineNodeSchema);
  },
});

export const LinkSchema = z.strictObject({
  href: z.string(),
  text: z.string(),
  title: z.string().nullable(),
  rel: z.array(z.string()),
  external: z.boolean(),
});

export const SourceSchema = z.strictObject({
  /** The whole entry as plain text. */
  text: z.string(),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
});

export const StatsSchema = z.strictObject({
  words: z.number().int(),
  characters: z.number().int(),
  readingMinutes: z.number().int(),
});

/**
 * An approved comment: REST's `_embedded.replies` (or an export's `wp:comment`). Commenters'
 * e-mail and IP addresses are never read. `date` is the site's wall time as WordPress shows it.
 */
export const CommentSchema = z.strictObject({
  id: z.number().int(),
  parent: z.number().int().nullable(),
  author: z.string().nullable(),
  authorUrl: z.string().nullable(),
  date: z.string().nullable(),
  html: z.string(),
  text: z.string(),
});

/** A content problem unpress survived: something dropped, unknown or missing. */
export const WarningSchema = z.strictObject({
  code: z.string(),
  message: z.string(),
  /** Where: a JSON path into the input (`yoast_head_json.schema`) or a CSS-like path into the content. */
  path: z.string().nullable(),
});

/**
 * Codes of the warnings `renderMarkdown` returns, for what Markdown cannot say exactly:
 * `table_spans` (merged cells laid out on a grid), `table_header` (a data row written as the
 * header), `table_too_large` (a grid past the cell limit, written without its spans),
 * `list_numbers` (item numbers CommonMark cannot count, written as text), `heading_line_break`
 * (a heading's line break, which a Markdown heading cannot hold), `heading_id_lost` (a source
 * heading id this Markdown cannot write), `inline_tag_flattened` (an inline tag the generator
 * would not show, written as its text).
 */
export const RenderWarningCodeSchema = z.enum(['table_spans', 'table_header', 'table_too_large', 'list_numbers', 'heading_line_break', 'heading_id_lost', 'inline_tag_flattened']);

/** A clean, typed article. Every field is always present; a missing value is `null` or `[]`. */
export const ArticleSchema = z.strictObject({
  id: z.number().int(),
  type: z.string(),
  slug: z.string(),
  status: z.string().nullable(),
  link: z.string().nullable(),
  format: z.string().nullable(),
  sticky: z.boolean(),
  protected: z.boolean(),
  editor: EditorSchema,
  parent: z.number().int().nullable(),
  menuOrder: z.number().int().nullable(),
  template: z.string().nullable(),

  title: z.string(),
  subtitle: z.string().nullable(),
  excerpt: z.string().nullable(),

  /** ISO 8601 UTC (`2026-03-26T11:06:16.000Z`), or null for a floating draft date. */
  published: z.string().nullable(),
  modified: z.string().nullable(),
  /** The site's wall time with its offset written out (`2026-03-26T13:06:16+02:00`). */
  publishedLocal: z.string().nullable(),
  modifiedLocal: z.string().nullable(),
  /** Minutes east of UTC (`date - date_gmt`). */
  timezoneOffset: z.number().int().nullable(),

  author: AuthorSchema.nullable(),
  categories: z.array(TermSchema).nullable(),
  tags: z.array(TermSchema).nullable(),
  /** Custom taxonomies keyed by taxonomy name. */
  terms: z.record(z.string(), z.array(TermSchema)),
  featuredImage: FeaturedImageSchema.nullable(),
  language: z.string().nullable(),

  body: z.array(BlockSchema),
  headings: z.array(HeadingSchema),
  outline: z.array(OutlineNodeSchema),
  lists: z.array(ListBlockSchema),
  images: z.array(ImageSchema),
  links: z.array(LinkSchema),
  sources: z.array(SourceSchema),
  seo: SeoSchema,

  html: z.string(),
  text: z.string(),
  stats: StatsSchema,
  /** Approved comments, oldest first, when the input has them (REST with `_embed`, exports). */
  comments: z.array(CommentSchema),
  warnings: z.array(WarningSchema),
});

export type Editor = z.infer<typeof EditorSchema>;
export type Term = z.infer<typeof TermSchema>;
export type Author = z.infer<typeof AuthorSchema>;
export type ImageVariant = z.infer<typeof ImageVariantSchema>;
export type FeaturedImage = z.infer<typeof FeaturedImageSchema>;
export type Heading = z.infer<typeof HeadingSchema>;
export type Link = z.infer<typeof LinkSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Stats = z.infer<typeof StatsSchema>;
export type Warning = z.infer<typeof WarningSchema>;
export type RenderWarningCode = z.infer<typeof RenderWarningCodeSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type Comment = z.infer<typeof CommentSchema>;
