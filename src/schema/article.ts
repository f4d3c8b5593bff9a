import { z } from 'zod';
import { BlockSchema, HeadingLevelSchema, ImageSchema, ListBlockSchema } from './block';
import { SeoSchema } from './seo';

/**
 * Editors and page builders unpress recognises: the one whose markup the clean stage detected
 * in the content (`unknown` when no profile matched, e.g. plain HTML with no builder classes).
 */
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

/**
 * The post's author: the embedded user (`?_embed`), else the Person of the JSON-LD article, else
 * the SEO author meta or Yoast's "Written by" label, else only `post.author`'s id (then `name`,
 * `slug` and `url` are null). `article.author` is null when the post has no author at all.
 *
 * @example { id: 1, name: 'Ada Lovelace', slug: 'ada', url: 'https://example.com/author/ada/' }
 */
export const AuthorSchema = z.strictObject({
  /** The WordPress user id (`post.author`); null when only a name was found (SEO data). */
  id: z.number().int().nullable(),
  name: z.string().nullable(),
  /** The user's `slug` (nicename); from JSON-LD, read from an `/author/<slug>/` URL; else null. */
  slug: z.string().nullable(),
  /** The author's page on the site (the user's `link`, else `url`). */
  url: z.string().nullable(),
});

/** One generated size of a featured image (`media_details.sizes`). */
export const ImageVariantSchema = z.strictObject({
  /** The size's name as WordPress registered it: `thumbnail`, `medium`, `large`, `full`, a theme's own. */
  name: z.string(),
  url: z.string(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  mimeType: z.string().nullable(),
});

/**
 * The featured image: the embedded attachment (`_embedded['wp:featuredmedia'][0]`), else the
 * JSON-LD primary image, else the first Open Graph image. `article.featuredImage` is null when
 * `featured_media` is 0 or no source names one. An attachment post is its own featured image.
 * Sizes, alt and caption are null when the source does not give them.
 */
export const FeaturedImageSchema = z.strictObject({
  /** The attachment id (`featured_media`); null when the input gives none. */
  id: z.number().int().nullable(),
  url: z.string(),
  alt: z.string().nullable(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  /** The attachment's caption as plain text. */
  caption: z.string().nullable(),
  /** The generated sizes, narrowest first (unknown widths last, ties by name); empty when only a URL was found (SEO data). */
  variants: z.array(ImageVariantSchema),
});

/**
 * A heading of the body, in `article.headings` (document order, those inside quotes and
 * details included).
 *
 * @example { level: 2, text: 'Shipping', anchor: 'shipping' }
 */
export const HeadingSchema = z.strictObject({
  level: HeadingLevelSchema,
  text: z.string(),
  /**
   * The heading's id, unique in the article: the source's own `id` (which other pages link to)
   * when it gave one, else a slug of the text (`shipping`, `shipping-1` for the second).
   */
  anchor: z.string(),
});

/** A heading of `article.outline` with the deeper headings that follow it (a skipped level nests under the nearest shallower heading). */
export type OutlineNode = z.infer<typeof HeadingSchema> & { children: OutlineNode[] };
/** The schema of {@link OutlineNode}, recursive through `children`. */
export const OutlineNodeSchema: z.ZodType<OutlineNode> = HeadingSchema.extend({
  get children() {
    return z.array(OutlineNodeSchema);
  },
});

/** A link of the body, in `article.links` (document order). */
export const LinkSchema = z.strictObject({
  href: z.string(),
  /** The link's text, on one line. */
  text: z.string(),
  /** The `title` attribute; null when absent. */
  title: z.string().nullable(),
  /** The `rel` tokens (`nofollow`, `sponsored`, …); empty when none. */
  rel: z.array(z.string()),
  /** An http(s) link to another host than the site's (`baseUrl`, else the post's link; `www.` ignored). Relative, `#`, `mailto:` and `tel:` links are not. */
  external: z.boolean(),
});

/**
 * An entry of the article's references section (`article.sources`): the entries after a
 * "Sources:"-like label (`sourceLabels`), or under a closing heading whose lists read like
 * citations. An entry `Title – Publisher` with a link gives all four fields.
 *
 * @example { text: 'Sleep and memory – Nature', title: 'Sleep and memory', publisher: 'Nature', url: 'https://nature.com/…' }
 */
export const SourceSchema = z.strictObject({
  /** The whole entry as plain text. */
  text: z.string(),
  /** The part before ` – `, ` — `, ` | ` or ` - `, quotes removed; null when the entry has neither such a part nor a link. */
  title: z.string().nullable(),
  /** What follows the title after that separator; null when there is none. */
  publisher: z.string().nullable(),
  /** The entry's first link; null when it has none. */
  url: z.string().nullable(),
});

/**
 * Counts of the article's plain text (`article.text`).
 *
 * @example { words: 2, characters: 11, readingMinutes: 1 } // 'Hello, world'
 */
export const StatsSchema = z.strictObject({
  /** Words: each CJK, Thai, Lao, Khmer or Myanmar character is one; otherwise a run of letters, numbers and marks (joined by `'`, `’`, `.` or `-`). */
  words: z.number().int(),
  /** Unicode code points, whitespace excluded. */
  characters: z.number().int(),
  /** `words / 200`, rounded up. */
  readingMinutes: z.number().int(),
});

/**
 * An approved comment: REST's `_embedded.replies` (or an export's `wp:comment`). Commenters'
 * e-mail and IP addresses are never read. `date` is the site's wall time as WordPress shows it.
 */
export const CommentSchema = z.strictObject({
  id: z.number().int(),
  /** The comment it replies to; null for a top-level comment. */
  parent: z.number().int().nullable(),
  /** The commenter's name as given. */
  author: z.string().nullable(),
  /** The commenter's website (a safe URL), or null. */
  authorUrl: z.string().nullable(),
  date: z.string().nullable(),
  /** The content cleaned as the body is: sanitised HTML. */
  html: z.string(),
  /** The same content as plain text. */
  text: z.string(),
});

/** A content problem unpress survived: something dropped, unknown or missing. */
export const WarningSchema = z.strictObject({
  /** A stable machine-readable code (`unknown_shortcode`, `author_unavailable`, `content_truncated`, …). */
  code: z.string(),
  /** One line for people, saying what was dropped or approximated. */
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

/**
 * A clean, typed article: what `parsePost` returns for one REST post. Every field is always
 * present; a missing value is `null` or `[]`.
 *
 * @example
 * const article: Article = parsePost(post);
 * article.title; // 'Café ’24' (plain text)
 * article.body.filter((b) => b.type === 'heading'); // HeadingBlock[]
 */
export const ArticleSchema = z.strictObject({
  /** The post's id. */
  id: z.number().int(),
  /** The post type (`post`, `page`, `attachment`, a custom type); `post` when the input leaves it out. */
  type: z.string(),
  /** The slug, percent-decoded (`café`); a draft's `generated_slug` when it has none yet; `''` when neither is given. */
  slug: z.string(),
  /** `publish`, `draft`, `private`, …; null when the input leaves it out. */
  status: z.string().nullable(),
  /** The post's public URL; null when missing or not a safe URL (then warned `unsafe_url`). */
  link: z.string().nullable(),
  /** The post format (`standard`, `aside`, `gallery`, …); null when not given. */
  format: z.string().nullable(),
  /** Stuck to the front page (`sticky: true`). */
  sticky: z.boolean(),
  /** Password-protected (`content.protected`); its content is converted when the response has it. */
  protected: z.boolean(),
  editor: EditorSchema,
  /** The parent page's id (0 for a top-level page); null when the input leaves it out. */
  parent: z.number().int().nullable(),
  /** `menu_order`; null when the input leaves it out. */
  menuOrder: z.number().int().nullable(),
  /** The page template file (`template`); null when empty (the default template). */
  template: z.string().nullable(),

  /** The title as plain text (tags removed, entities decoded), without WordPress's "Private: "/"Protected: " prefix. */
  title: z.string(),
  /**
   * A short lead line right after a heading that repeats the title (builders put one there),
   * moved out of the body; null when there is none or `dropTitleHeading` is false.
   */
  subtitle: z.string().nullable(),
  /**
   * The excerpt as plain text, without its `[…]` or "Read more" link; when the input has no
   * excerpt, the one WordPress would make from the body. Null when empty, and for protected posts.
   */
  excerpt: z.string().nullable(),

  /** ISO 8601 UTC (`2026-03-26T11:06:16.000Z`), or null for a floating draft date. */
  published: z.string().nullable(),
  /** The last change, as `published` (from `modified_gmt`). */
  modified: z.string().nullable(),
  /** The site's wall time with its offset written out (`2026-03-26T13:06:16+02:00`). */
  publishedLocal: z.string().nullable(),
  /** The last change in the site's wall time, as `publishedLocal`. */
  modifiedLocal: z.string().nullable(),
  /** Minutes east of UTC (`date - date_gmt`). */
  timezoneOffset: z.number().int().nullable(),

  author: AuthorSchema.nullable(),
  /** The categories; null when the input says nothing about them (pages). A term only known by id has null `name`/`slug`. */
  categories: z.array(TermSchema).nullable(),
  /** The tags; null when the input says nothing about them (pages). */
  tags: z.array(TermSchema).nullable(),
  /** Custom taxonomies keyed by taxonomy name. */
  terms: z.record(z.string(), z.array(TermSchema)),
  featuredImage: FeaturedImageSchema.nullable(),
  /**
   * A BCP 47 tag (`en-US`): JSON-LD `inLanguage` (page, article, then site), else `og:locale`,
   * else Polylang's or WPML's field on the post; null when none says.
   */
  language: z.string().nullable(),

  /** The content as a typed block tree. */
  body: z.array(BlockSchema),
  /** Every heading of the body, in document order. */
  headings: z.array(HeadingSchema),
  /** The headings nested by level. */
  outline: z.array(OutlineNodeSchema),
  /** Every list block of the body (those in quotes and details too; nested lists stay in their items), in document order. */
  lists: z.array(ListBlockSchema),
  /** Every image of the body (galleries' included), in document order. */
  images: z.array(ImageSchema),
  links: z.array(LinkSchema),
  /** The references section, when the post has one; `[]` otherwise. */
  sources: z.array(SourceSchema),
  seo: SeoSchema,

  /** The body rendered as sanitised HTML. */
  html: z.string(),
  /** The body as plain text. */
  text: z.string(),
  stats: StatsSchema,
  /** Approved comments, oldest first, when the input has them (REST with `_embed`, exports). */
  comments: z.array(CommentSchema),
  warnings: z.array(WarningSchema),
});

/** An editor or page builder name; see {@link EditorSchema}. */
export type Editor = z.infer<typeof EditorSchema>;
/** A taxonomy term; see {@link TermSchema}. */
export type Term = z.infer<typeof TermSchema>;
/** The post's author; see {@link AuthorSchema}. */
export type Author = z.infer<typeof AuthorSchema>;
/** One size of a featured image; see {@link ImageVariantSchema}. */
export type ImageVariant = z.infer<typeof ImageVariantSchema>;
/** The featured image; see {@link FeaturedImageSchema}. */
export type FeaturedImage = z.infer<typeof FeaturedImageSchema>;
/** A heading of the body; see {@link HeadingSchema}. */
export type Heading = z.infer<typeof HeadingSchema>;
/** A link of the body; see {@link LinkSchema}. */
export type Link = z.infer<typeof LinkSchema>;
/** An entry of the references section; see {@link SourceSchema}. */
export type Source = z.infer<typeof SourceSchema>;
/** Word, character and reading-time counts; see {@link StatsSchema}. */
export type Stats = z.infer<typeof StatsSchema>;
/** A content problem unpress survived; see {@link WarningSchema}. */
export type Warning = z.infer<typeof WarningSchema>;
/** A code of `renderMarkdown`'s warnings; see {@link RenderWarningCodeSchema}. */
export type RenderWarningCode = z.infer<typeof RenderWarningCodeSchema>;
/** A clean, typed article; see {@link ArticleSchema}. */
export type Article = z.infer<typeof ArticleSchema>;
/** An approved comment; see {@link CommentSchema}. */
export type Comment = z.infer<typeof CommentSchema>;
