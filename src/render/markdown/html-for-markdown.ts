import type { MarkdownContext } from './markdown-context';

const VOID = /<(br|hr|img|wbr|source|track|col)\b([^>]*?)\s*\/?>/gi;

/**
 * Sanitised HTML made safe to embed in Markdown: on one line per block (a blank line would end
 * a CommonMark HTML block), and in MDX as JSX (void tags self-closed, `{` `}` in text as
 * character references).
 *
 * @example htmlForMarkdown('<p>a<br>{b}</p>', { mdx: true }) // → '<p>a<br />&#123;b&#125;</p>'
 */
export function htmlForMarkdown(html: string, ctx: Pick<MarkdownContext, 'mdx'>): string {
  const oneBlock = html.replace(/\n\s*\n/g, '\n').trim();
  if (!ctx.mdx) return oneBlock;
  return oneBlock
    .replace(VOID, (_m, tag: string, attrs: string) => `<${tag}${attrs} />`)
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(^|>)([^<]+)/g, (_m, gt: string, text: string) => gt + text.replace(/\{/g, '&#123;').replace(/\}/g, '&#125;'));
}
