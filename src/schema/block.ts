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

/** A heading's level: 1 for `<h1>` to 6 for `<h6>`. */
export const HeadingLevelSchema = z.literal([1, 2, 3, 4, 5, 6]);

export const HeadingBlockSchema = z.strictObject({
  type: z.literal('heading'),
  level: HeadingLevelSchema,
  text: z.string(),
  html: z.string(),
  anchor: z.string(),
});

export const ParagraphBlockSchema = z.strictObject({
  type: z.literal('paragraph'),
  text: z.string(),
  html: z.string(),
});

// The four recursive shapes (list items, lists, quotes, details) are each written as the fields
// they own plus a getter for the nested part, and their types as interfaces over those fields:
// an interface may refer to itself where an inferred alias cannot, and it keeps `Block[]` and
// `ListBlock | null` by name in the published declarations (an inferred schema type is cut
// short there, to `unknown`). The getters' annotations are checked against the real schemas.

const ListItemFields = z.strictObject({
  text: z.string(),
  html: z.string(),
  /** The number the source gave this item (`<li value="7">`); null when it follows the one before. */
  value: z.number().int().nullable(),
});

/** A list item; `children` is the list nested in it, if any. */
export interface ListItem extends z.infer<typeof ListItemFields> {
  children: ListBlock | null;
}

export const ListItemSchema = ListItemFields.extend({
  get children(): z.ZodNullable<z.ZodType<ListBlock>> {
    return ListBlockSchema.nullable();
  },
});

const ListBlockFields = z.strictObject({
  type: z.literal('list'),
  ordered: z.boolean(),
  /** The first item's number (`<ol start>`); null for the default (1, or the item count when reversed). */
  start: z.number().int().nullable(),
  /** `<ol reversed>`: numbers count down. */
  reversed: z.boolean(),
});

/** A bulleted or numbered list. */
export interface ListBlock extends z.infer<typeof ListBlockFields> {
  items: ListItem[];
}

export const ListBlockSchema = ListBlockFields.extend({
  get items(): z.ZodArray<z.ZodType<ListItem>> {
    return z.array(ListItemSchema);
  },
});

const QuoteBlockFields = z.strictObject({
  type: z.literal('quote'),
  text: z.string(),
  html: z.string(),
  citation: z.string().nullable(),
  /** `pullquote` for pull quotes and testimonials' display style, `blockquote` otherwise. */
  variant: z.enum(['blockquote', 'pullquote']),
});

/** A quotation, pull quote or testimonial. */
export interface QuoteBlock extends z.infer<typeof QuoteBlockFields> {
  /**
   * The quote's content as blocks (paragraphs, headings, lists, code, nested quotes), so its
   * structure survives; `text`/`html` stay the flat view of the same content.
   */
  children: Block[];
}

export const QuoteBlockSchema = QuoteBlockFields.extend({
  get children(): z.ZodArray<z.ZodType<Block>> {
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

const DetailsBlockFields = z.strictObject({
  type: z.literal('details'),
  summary: z.string(),
  open: z.boolean(),
});

/** A disclosure (`<details>`, an accordion or tab panel): a summary and the blocks it shows. */
export interface DetailsBlock extends z.infer<typeof DetailsBlockFields> {
  children: Block[];
}

export const DetailsBlockSchema = DetailsBlockFields.extend({
  get children(): z.ZodArray<z.ZodType<Block>> {
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

export type HeadingLevel = z.infer<typeof HeadingLevelSchema>;
export type Image = z.infer<typeof ImageSchema>;
export type HeadingBlock = z.infer<typeof HeadingBlockSchema>;
export type ParagraphBlock = z.infer<typeof ParagraphBlockSchema>;
export type CodeBlock = z.infer<typeof CodeBlockSchema>;
export type TableCell = z.infer<typeof TableCellSchema>;
export type TableBlock = z.infer<typeof TableBlockSchema>;
export type EmbedBlock = z.infer<typeof EmbedBlockSchema>;
export type MediaBlock = z.infer<typeof MediaBlockSchema>;
export type GalleryBlock = z.infer<typeof GalleryBlockSchema>;
export type ButtonBlock = z.infer<typeof ButtonBlockSchema>;
export type SeparatorBlock = z.infer<typeof SeparatorBlockSchema>;
export type FootnotesBlock = z.infer<typeof FootnotesBlockSchema>;
export type HtmlBlock = z.infer<typeof HtmlBlockSchema>;
/**
 * Any block of an article body, named member by member (rather than inferred from
 * `BlockSchema`) so that the nested blocks of quotes, details and lists keep their types in the
 * published declarations; `test/types` checks it equals `z.infer<typeof BlockSchema>`.
 */
export type Block =
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | Image
  | GalleryBlock
  | QuoteBlock
  | CodeBlock
  | TableBlock
  | EmbedBlock
  | MediaBlock
  | ButtonBlock
  | SeparatorBlock
  | DetailsBlock
  | FootnotesBlock
  | HtmlBlock;
/** The `type` names of all blocks. */
export type BlockType = Block['type'];
