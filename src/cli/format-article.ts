import type { Article, Warning } from '../schema/article';
import type { FrontMatterPreset } from '../render/front-matter/presets';
import { renderMarkdown, type MarkdownOptions } from '../render/to-markdown';

/** Output formats of the CLI. */
export const formats = ['md', 'mdx', 'json', 'html', 'text'] as const;
export type Format = (typeof formats)[number];

/** The file extension for a format. */
export const extensionOf: Record<Format, string> = { md: 'md', mdx: 'mdx', json: 'json', html: 'html', text: 'txt' };

/**
 * How Markdown and MDX are written (plain data: it crosses to worker threads). `frontMatter`:
 * `true` for the default preset, a preset's name, or `false` for none; `embeds` and `html` as
 * `toMarkdown`'s options.
 */
export interface RenderOptions {
  frontMatter: boolean | FrontMatterPreset;
  embeds?: 'url' | 'hugo' | 'mdx';
  html?: boolean;
}

/** One article written in one format (deterministic: same article, same bytes). */
export function formatArticle(article: Article, format: Format, options: RenderOptions): string {
  return renderArticle(article, format, options).text;
}

/**
 * One article written in one format, with what that format could not say exactly (Markdown's
 * `renderMarkdown` warnings; none for the others, which hold the article as it is).
 *
 * @example const { text, warnings } = renderArticle(article, 'md', { frontMatter: true });
 */
export function renderArticle(article: Article, format: Format, options: RenderOptions): { text: string; warnings: Warning[] } {
  switch (format) {
    case 'json':
      return { text: `${JSON.stringify(article, null, 2)}\n`, warnings: [] };
    case 'html':
      return { text: `${article.html}\n`, warnings: [] };
    case 'text':
      return { text: `${article.text}\n`, warnings: [] };
    case 'md':
    case 'mdx': {
      const r = renderMarkdown(article, markdownOptions(options, format === 'mdx'));
      return { text: r.markdown, warnings: r.warnings };
    }
  }
}

function markdownOptions(options: RenderOptions, mdx: boolean): MarkdownOptions {
  const out: MarkdownOptions = { frontMatter: options.frontMatter === true ? 'default' : options.frontMatter };
  if (mdx) out.mdx = true;
  if (options.embeds) out.embeds = options.embeds;
  if (options.html !== undefined) out.html = options.html;
  return out;
}
