import type { Article } from '../../src/schema/article';
import type { Block } from '../../src/schema/block';
import { toMarkdown, type MarkdownOptions } from '../../src/render/to-markdown';
import { expectedStructure, type Mode, type Structure } from './expected-structure';
import { markdownParser, markdownStructure } from './markdown-structure';

const decode = (u: string) => {
  try {
    return decodeURI(u);
  } catch {
    return u;
  }
};

/** What the body's Markdown must parse back to (html blocks: what their own Markdown parses to). */
export function expectedFor(article: Article, mode: Mode, options: MarkdownOptions = {}): Structure {
  const parse = (b: Block) => markdownStructure(toMarkdown({ ...article, body: [b] }, { ...options, frontMatter: false, mdx: mode === 'mdx' }));
  const s = expectedStructure(article.body, mode, parse);
  return { events: s.events, urls: s.urls.map(decode) };
}

/** The structure markdown-it reads from the article's Markdown (no front matter). */
export function parsedFor(article: Article, options: MarkdownOptions = {}): Structure {
  return markdownStructure(toMarkdown(article, { ...options, frontMatter: false }));
}

/** Raw HTML tokens (blocks and inline) markdown-it finds with HTML parsing switched on. */
export function htmlTokens(markdown: string): string[] {
  const found: string[] = [];
  for (const t of markdownParser(true).parse(markdown, {})) {
    if (t.type === 'html_block') found.push(t.content.trim());
    for (const c of t.children ?? []) if (c.type === 'html_inline') found.push(c.content);
  }
  return found;
}
