import { z } from 'zod';

/**
 * The typed block tree of an article body. Every block is discriminated by `type`;
 * `html` fields hold sanitised inline HTML (only the inline allow-list: a, strong, em,
 * code, br, sub, sup, s, mark, …), `text` fields the same content as plain text.
 */

/** An image, as a block and in `article.images`. */
export const ImageSchema = z.strictObject({
  type: z.literal('image'),
  src: z.string(),
  alt: z.string(),
  title: z.string().nullable(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  caption: z.string().nullable(),
  /** The raw `srcset` candidates, best (widest) first. */
  srcset: z.array(z.strictObject({ url: z.string(), descriptor: z.string() })),
  /** Where the image links to, when that is not just the image file itself. */
  link: z.string().nullable(),
});

export const HeadingBlockSchema = z.strictObject({
  type: z.literal('heading'),
  level: z.number().int().min(1).max(6),
  text: z.string(),
  html: z.string(),
  anchor: z.string(),
});

export const ParagraphBlockSchema = z.strictObject({
  type: z.literal('paragraph'),
  text: z.string(),
  html: z.string(),
});

export const ListItemSchema = z.strictObject({
  text: z.string(),
  html: z.string(),
  /** The number the source gave this item (`<li value="7">`); null when it follows the one before. */
  value: z.number().int().nullable(),
  get children() {
    return ListBlockSchema.nullable();
  },
});

export const ListBlockSchema = z.strictObject({
  type: z.literal('list'),
  ordered: z.boolean(),
  /** The first item's number (`<ol start>`); null for the default (1, or the item count when reversed). */
  start: z.number().int().nullable(),
  /** `<ol reversed>`: numbers count down. */
  reversed: z.boolean(),
  get items() {
    return z.array(ListItemSchema);
  },
});

export const QuoteBlockSchema = z.strictObject({
  type: z.literal('quote'),
  text: z.string(),
  html: z.string(),
  citation: z.string().nullable(),
  /** `pullquote` for pull quotes and testimonials' display style, `blockquote` otherwise. */
  variant: z.enum(['blockquote', 'pullquote']),
  /**
   * The quote's content as blocks (paragraphs, headings, lists, code, nested quotes), so its
   * structure survives; `text`/`html` stay the flat view of the same content.
   */
  get children() {
    return z.array(BlockSchema);
  },
});

export const CodeBlockSchema = z.strictObject({
  type: z.literal('code'),
  language: z.string().nullable(),
  text: z.string(),
});

export const TableCellSchema = z.strictObject({
  text: z.string(),
  html: z.string(),
  header: z.boolean(),
  colspan: z.number().int().min(1),
  rowspan: z.number().int().min(1),
});

export const TableBlockSchema = z.strictObject({
  type: z.literal('table'),
  caption: z.string().nullable(),
  head: z.array(z.array(TableCellSchema)),
  body: z.array(z.array(TableCellSchema)),
  foot: z.array(z.array(TableCellSchema)),
});

export const EmbedBlockSchema = z.strictObject({
  type: z.literal('embed'),
  /** `youtube`, `vimeo`, `twitter`, … or `other` for a known-safe link we cannot name. */
  provider: z.string(),
  url: z.string(),
  /** Provider id where one exists (a YouTube video id, a tweet id). */
  id: z.string().nullable(),
  caption: z.string().nullable(),
});

export const MediaBlockSchema = z.strictObject({
  type: z.literal('media'),
  kind: z.enum(['audio', 'video', 'file']),
  src: z.string(),
  title: z.string().nullable(),
  caption: z.string().nullable(),
});

export const GalleryBlockSchema = z.strictObject({
  type: z.literal('gallery'),
  images: z.array(ImageSchema),
  caption: z.string().nullable(),
});

export const ButtonBlockSchema = z.strictObject({
  type: z.literal('button'),
  text: z.string(),
  html: z.string(),
  href: z.string().nullable(),
});

export const SeparatorBlockSchema = z.strictObject({ type: z.literal('separator') });

export const DetailsBlockSchema = z.strictObject({
  type: z.literal('details'),
  summary: z.string(),
  open: z.boolean(),
  get children() {
    return z.array(BlockSchema);
  },
});

export const FootnotesBlockSchema = z.strictObject({
  type: z.literal('footnotes'),
  items: z.array(z.strictObject({ id: z.string(), text: z.string(), html: z.string() })),
});

/** Safe HTML for content no other block type expresses (already sanitised). */
export const HtmlBlockSchema = z.strictObject({
  type: z.literal('html'),
  html: z.string(),
});

/** Any block of an article body. */
export const BlockSchema = z.discriminatedUnion('type', [
  HeadingBlockSchema,
  ParagraphBlockSchema,
  ListBlockSchema,
  ImageSchema,
  GalleryBlockSchema,
  QuoteBlockSchema,
  CodeBlockSchema,
  TableBlockSchema,
  EmbedBlockSchema,
  MediaBlockSchema,
  ButtonBlockSchema,
  SeparatorBlockSchema,
  DetailsBlockSchema,
  FootnotesBlockSchema,
  HtmlBlockSchema,
]);

export type Image = z.infer<typeof ImageSchema>;
export type HeadingBlock = z.infer<typeof HeadingBlockSchema>;
export type ParagraphBlock = z.infer<typeof ParagraphBlockSchema>;
export type ListItem = z.infer<typeof ListItemSchema>;
export type ListBlock = z.infer<typeof ListBlockSchema>;
export type QuoteBlock = z.infer<typeof QuoteBlockSchema>;
export type CodeBlock = z.infer<typeof CodeBlockSchema>;
export type TableCell = z.infer<typeof TableCellSchema>;
export type TableBlock = z.infer<typeof TableBlockSchema>;
export type EmbedBlock = z.infer<typeof EmbedBlockSchema>;
export type MediaBlock = z.infer<typeof MediaBlockSchema>;
export type GalleryBlock = z.infer<typeof GalleryBlockSchema>;
export type ButtonBlock = z.infer<typeof ButtonBlockSchema>;
export type SeparatorBlock = z.infer<typeof SeparatorBlockSchema>;
export type DetailsBlock = z.infer<typeof DetailsBlockSchema>;
export type FootnotesBlock = z.infer<typeof FootnotesBlockSchema>;
export type HtmlBlock = z.infer<typeof HtmlBlockSchema>;
export type Block = z.infer<typeof BlockSchema>;
/** The `type` names of all blocks. */
export type BlockType = Block['type'];
