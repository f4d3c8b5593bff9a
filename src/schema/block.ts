import { z } from 'zod';

/**
 * The typed block tree of an article body. Every block is discriminated by `type`;
 * `html` fields hold sanitised inline HTML (only the inline allow-list: a, strong, em,
 * code, br, sub, sup, s, mark, …), `text` fields the same content as plain text.
 */

/** An image, as a block and in `article.images`. */
export const ImageSchema = z.strictObject({
  type: z.literal('image'),
  /** The image URL (the original file with `resolveImageOriginals`). */
  src: z.string(),
  /** The alt text, whitespace collapsed; `''` when the source has none. */
  alt: z.string(),
  /** The `title` attribute; null when absent. */
  title: z.string().nullable(),
  /** The `width` attribute in pixels; null when absent. */
  width: z.number().int().nullable(),
  /** The `height` attribute in pixels; null when absent. */
  height: z.number().int().nullable(),
  /** The figure's caption as plain text; null when it has none. */
  caption: z.string().nullable(),
  /** The raw `srcset` candidates, best (widest) first. */
  srcset: z.array(z.strictObject({ url: z.string(), descriptor: z.string() })),
  /** Where the image links to, when that is not just the image file itself. */
  link: z.string().nullable(),
});

/** A heading's level: 1 for `<h1>` to 6 for `<h6>`. */
export const HeadingLevelSchema = z.literal([1, 2, 3, 4, 5, 6]);

/**
 * A heading (`<h1>`–`<h6>`). `html` keeps its inline formatting and links.
 *
 * @example { type: 'heading', level: 2, text: 'Shipping', html: 'Shipping', anchor: 'shipping' }
 */
export const HeadingBlockSchema = z.strictObject({
  type: z.literal('heading'),
  level: HeadingLevelSchema,
  text: z.string(),
  html: z.string(),
  /** The heading's id, unique in the article: the source's own `id` when it gave one, else a slug of the text. */
  anchor: z.string(),
});

/**
 * A paragraph of inline content.
 *
 * @example { type: 'paragraph', text: 'Hi & bye', html: 'Hi &amp; <em>bye</em>' }
 */
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
  /** The item's own content as plain text (the nested list is in `children`). */
  text: z.string(),
  /** The same as sanitised inline HTML. */
  html: z.string(),
  /** The number the source gave this item (`<li value="7">`); null when it follows the one before. */
  value: z.number().int().nullable(),
});

/** A list item; `children` is the list nested in it, if any. */
export interface ListItem extends z.infer<typeof ListItemFields> {
  /** The list nested in this item; null when there is none. */
  children: ListBlock | null;
}

/** The schema of a {@link ListItem}. */
export const ListItemSchema = ListItemFields.extend({
  get children(): z.ZodNullable<z.ZodType<ListBlock>> {
    return ListBlockSchema.nullable();
  },
});

const ListBlockFields = z.strictObject({
  type: z.literal('list'),
  /** `<ol>` (numbered) rather than `<ul>`. */
  ordered: z.boolean(),
  /** The first item's number (`<ol start>`); null for the default (1, or the item count when reversed). */
  start: z.number().int().nullable(),
  /** `<ol reversed>`: numbers count down. */
  reversed: z.boolean(),
});

/** A bulleted or numbered list. */
export interface ListBlock extends z.infer<typeof ListBlockFields> {
  /** The items, in order. */
  items: ListItem[];
}

/** The schema of a {@link ListBlock}, recursive through its items' `children`. */
export const ListBlockSchema = ListBlockFields.extend({
  get items(): z.ZodArray<z.ZodType<ListItem>> {
    return z.array(ListItemSchema);
  },
});

const QuoteBlockFields = z.strictObject({
  type: z.literal('quote'),
  /** The whole quote as plain text, its parts (paragraphs, headings, …) apart by a blank line. */
  text: z.string(),
  /** The same as inline HTML, parts apart by `<br><br>`. */
  html: z.string(),
  /** A `cite` or `footer` inside the quote (a leading dash removed), or the citation a builder profile gave; null when none. */
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

/** The schema of a {@link QuoteBlock}, recursive through `children`. */
export const QuoteBlockSchema = QuoteBlockFields.extend({
  get children(): z.ZodArray<z.ZodType<Block>> {
    return z.array(BlockSchema);
  },
});

/**
 * A code block (`<pre>`, with or without `<code>`), whitespace kept exactly.
 *
 * @example { type: 'code', language: 'python', text: 'print("hi")\n' }
 */
export const CodeBlockSchema = z.strictObject({
  type: z.literal('code'),
  /**
   * From the class names (`language-*`, `lang-*`, SyntaxHighlighter's `brush:`, `hljs *`) or a
   * `data-lang`/`data-enlighter-language` attribute; null when none names it.
   */
  language: z.string().nullable(),
  text: z.string(),
});

/** One cell of a table row. */
export const TableCellSchema = z.strictObject({
  text: z.string(),
  html: z.string(),
  /** A `<th>` cell. */
  header: z.boolean(),
  /** Columns the cell spans (`colspan`), at least 1. */
  colspan: z.number().int().min(1),
  /** Rows the cell spans (`rowspan`), at least 1. */
  rowspan: z.number().int().min(1),
});

/**
 * A table: rows of cells in its head, body and foot. Without a `<thead>`, a first row made only
 * of `<th>` cells is the head; rows outside any section are body rows.
 */
export const TableBlockSchema = z.strictObject({
  type: z.literal('table'),
  /** The `<caption>` as plain text; null when none. */
  caption: z.string().nullable(),
  /** `<thead>` rows; `[]` when the table has no header row. */
  head: z.array(z.array(TableCellSchema)),
  body: z.array(z.array(TableCellSchema)),
  /** `<tfoot>` rows; `[]` when none. */
  foot: z.array(z.array(TableCellSchema)),
});

/**
 * An embedded video, post or other third-party content, kept as its URL.
 *
 * @example { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', id: 'dQw4w9WgXcQ', caption: null }
 */
export const EmbedBlockSchema = z.strictObject({
  type: z.literal('embed'),
  /** `youtube`, `vimeo`, `twitter`, … or `other` for a known-safe link we cannot name. */
  provider: z.string(),
  url: z.string(),
  /** Provider id where one exists (a YouTube video id, a tweet id). */
  id: z.string().nullable(),
  /** The embed's caption as plain text; null when none. */
  caption: z.string().nullable(),
});

/** An audio or video player, or a file to download. */
export const MediaBlockSchema = z.strictObject({
  type: z.literal('media'),
  /** `audio` (`<audio>`), `video` (`<video>`) or `file` (a download link such as WordPress's file block). */
  kind: z.enum(['audio', 'video', 'file']),
  src: z.string(),
  /** The media's title (a file's link text); null when none. */
  title: z.string().nullable(),
  /** The caption as plain text; null when none. */
  caption: z.string().nullable(),
});

/** A gallery: its images in order (each with its own caption) and the gallery's caption (null when none). */
export const GalleryBlockSchema = z.strictObject({
  type: z.literal('gallery'),
  images: z.array(ImageSchema),
  caption: z.string().nullable(),
});

/** A call-to-action button; `html` keeps the label's inline formatting. */
export const ButtonBlockSchema = z.strictObject({
  type: z.literal('button'),
  text: z.string(),
  html: z.string(),
  /** Where the button links (a safe URL); null when it has no link or an unsafe one. */
  href: z.string().nullable(),
});

/** A thematic break (`<hr>`, a separator block). */
export const SeparatorBlockSchema = z.strictObject({ type: z.literal('separator') });

const DetailsBlockFields = z.strictObject({
  type: z.literal('details'),
  /** The `<summary>` (an accordion's or tab's title) as plain text; `''` when there is none. */
  summary: z.string(),
  /** Shown open by default (`<details open>`). */
  open: z.boolean(),
});

/** A disclosure (`<details>`, an accordion or tab panel): a summary and the blocks it shows (`children`). */
export interface DetailsBlock extends z.infer<typeof DetailsBlockFields> {
  // No doc comment here: test/types mutates this member of the declarations by its exact text.
  children: Block[];
}

/** The schema of a {@link DetailsBlock}, recursive through `children`. */
export const DetailsBlockSchema = DetailsBlockFields.extend({
  get children(): z.ZodArray<z.ZodType<Block>> {
    return z.array(BlockSchema);
  },
});

/**
 * The footnotes of a post (WordPress's footnotes block), each note with the id its reference
 * links to.
 *
 * @example { type: 'footnotes', items: [{ id: 'fn-1', text: 'Note', html: 'Note' }] }
 */
export const FootnotesBlockSchema = z.strictObject({
  type: z.literal('footnotes'),
  /** The notes in order; `id` is the note's element id (what `#fn-1` references point to). */
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

/** A heading's level, 1 to 6; see {@link HeadingLevelSchema}. */
export type HeadingLevel = z.infer<typeof HeadingLevelSchema>;
/** An image block (also the entries of `article.images`); see {@link ImageSchema}. */
export type Image = z.infer<typeof ImageSchema>;
/** A heading block; see {@link HeadingBlockSchema}. */
export type HeadingBlock = z.infer<typeof HeadingBlockSchema>;
/** A paragraph block; see {@link ParagraphBlockSchema}. */
export type ParagraphBlock = z.infer<typeof ParagraphBlockSchema>;
/** A code block; see {@link CodeBlockSchema}. */
export type CodeBlock = z.infer<typeof CodeBlockSchema>;
/** A table cell; see {@link TableCellSchema}. */
export type TableCell = z.infer<typeof TableCellSchema>;
/** A table block; see {@link TableBlockSchema}. */
export type TableBlock = z.infer<typeof TableBlockSchema>;
/** An embed block; see {@link EmbedBlockSchema}. */
export type EmbedBlock = z.infer<typeof EmbedBlockSchema>;
/** An audio, video or file block; see {@link MediaBlockSchema}. */
export type MediaBlock = z.infer<typeof MediaBlockSchema>;
/** A gallery block; see {@link GalleryBlockSchema}. */
export type GalleryBlock = z.infer<typeof GalleryBlockSchema>;
/** A button block; see {@link ButtonBlockSchema}. */
export type ButtonBlock = z.infer<typeof ButtonBlockSchema>;
/** A separator block; see {@link SeparatorBlockSchema}. */
export type SeparatorBlock = z.infer<typeof SeparatorBlockSchema>;
/** A footnotes block; see {@link FootnotesBlockSchema}. */
export type FootnotesBlock = z.infer<typeof FootnotesBlockSchema>;
/** A block of safe HTML; see {@link HtmlBlockSchema}. */
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
