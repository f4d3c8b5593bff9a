import type { RenderWarningCode, Warning } from '../../schema/article';
import type { Block, EmbedBlock } from '../../schema/block';

/** How embeds are written: the URL on its own line, a Hugo shortcode, an MDX component, or your own. */
export type EmbedStyle = 'url' | 'hugo' | 'mdx' | ((embed: EmbedBlock) => string);

/** The resolved options every Markdown rule sees. */
export interface MarkdownContext {
  /** Raw HTML allowed in the output (details, sub/sup, figures, complex tables). */
  html: boolean;
  /**
   * Inline HTML (`<sup>`, `<mark>`, `<kbd>`, emphasis Markdown cannot delimit) shows where the
   * Markdown goes: `html`, or by default the generator of the front-matter preset (Eleventy,
   * Jekyll and Astro show it; Hugo's Goldmark drops it unless `unsafe` is set).
   */
  inlineHtml: boolean;
  /** Headings take `{#id}` after their text (Hugo's Goldmark and Jekyll's kramdown read it by default). */
  headingIds: boolean;
  /** Writing MDX: text escapes `{ } < >`, HTML is written as JSX (`<br />`). */
  mdx: boolean;
  /** How embeds are written (`embeds` option; default `url`). */
  embeds: EmbedStyle;
  /** Writing for Hugo (Hugo embeds or front matter): shortcodes shown in code are written in Hugo's comment form. */
  hugo: boolean;
  /** Header row for header-less tables: the first row, or an empty header. */
  tableHeader: 'first-row' | 'empty';
  /** `gfm`: pipe tables (the closest one, with a warning, when cells span); `html`: HTML tables for those. */
  tables: 'gfm' | 'html';
  /** The `rewriteUrl` option, or the identity: every link, image and embed URL goes through it. */
  rewriteUrl: (url: string) => string;
  /** Footnote ids of the article → the label written (`[^1]`), in the order of the footnotes block. */
  footnotes: Map<string, string>;
  /** Footnote ids something in the body links to. */
  referencedFootnotes: Set<string>;
  /** The block rendered just before this one at the same level (lists next to lists need care). */
  previous: Block | null;
  /** Whether the previous list used the alternate markers (`*`, `1)`). */
  alternated: boolean;
  /** Problems met while rendering (a table GFM cannot express, …), each with its block's path. */
  warnings: Warning[];
  /** Where the block being rendered is: its index, and its parents' (`[3, 0]`: `body[3].children[0]`). */
  at: number[];
  /** Records what Markdown could not say exactly, at the block being written (see `markdownWarning`). */
  warn: (code: RenderWarningCode, message: string) => void;
}
