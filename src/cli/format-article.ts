import type { Article } from '../schema/article';
import { toMarkdown } from '../render/to-markdown';

/** Output formats of the CLI. */
export const formats = ['md', 'json', 'html', 'text'] as const;
export type Format = (typeof formats)[number];

/** The file extension for a format. */
export const extensionOf: Record<Format, string> = { md: 'md', json: 'json', html: 'html', text: 'txt' };

/** One article written in one format (deterministic: same article, same bytes). */
export function formatArticle(article: Article, format: Format, options: { frontMatter: boolean }): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(article, null, 2)}\n`;
    case 'html':
      return `${article.html}\n`;
    case 'text':
      return `${article.text}\n`;
    case 'md':
      return toMarkdown(article, options.frontMatter ? {} : { frontMatter: false });
  }
}
