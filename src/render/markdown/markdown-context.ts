import type { Warning } from '../../schema/article';

/** How embeds are written: the URL on its own line, a Hugo shortcode, an MDX component, or your own. */
export type EmbedStyle = 'url' | 'hugo' | 'mdx' | ((embed: { provider: string; url: string; id: string | null }) => string);

/** The resolved options every Markdown rule sees. */
export interface MarkdownContext {
  /** Raw HTML allowed in the output (details, sub/sup, figures, complex tables). */
  html: boolean;
  mdx: boolean;
  embeds: EmbedStyle;
  /** Header row for header-less tables: the first row, or an empty header. */
  tableHeader: 'first-row' | 'empty';
  /** `gfm`: pipe tables (the closest one, with a warning, when cells span); `html`: HTML tables. */
  tables: 'gfm' | 'html';
  rewriteUrl: (url: string) => string;
  /** Problems met while rendering (a table GFM cannot express, …). */
  warnings: Warning[];
}
