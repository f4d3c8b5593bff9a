import type { Article, Warning } from '../schema/article';
import { renderMarkdown } from '../render/to-markdown';

/** Output formats of the CLI. */
export const formats = ['md', 'json', 'html', 'text'] as const;
export type Format = (typeof formats)[number];

/** The file extension for a format. */
export const extensionOf: Record<Format, string> = { md: 'md', json: 'json', html: 'html', text: 'txt' };

/** One article written in one format (deterministic: same article, same bytes). */
export function formatArticle(article: Article, format: Format, options: { frontMatter: boolean }): string {
  return renderArticle(article, format, options).text;
}

/**
 * One article written in one format, with what that format could not say exactly (Markdown's
 * `renderMarkdown` warnings; none for the others, which hold the article as it is).
 *
 * @example const { text, warnings } = renderArticle(article, 'md', { frontMatter: true });
 */
export function renderArticle(article: Article, format: Format, options: { frontMatter: boolean }): { text: string; warnings: Warning[] } {
  switch (format) {
    case 'json':
      return { text: `${JSON.stringify(article, null, 2)}\n`, warnings: [] };
    case 'html':
      return { text: `${article.html}\n`, warnings: [] };
    case 'text':
      return { text: `${article.text}\n`, warnings: [] };
    case 'md': {
      const r = renderMarkdown(article, options.frontMatter ? {} : { frontMatter: false });
      return { text: r.markdown, warnings: r.warnings };
    }
  }
}
