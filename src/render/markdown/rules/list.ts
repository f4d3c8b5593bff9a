import type { ListBlock } from '../../../schema/block';
import type { MarkdownRule } from '../markdown-rule';
import type { MarkdownContext } from '../markdown-context';
import { inlineMarkdown } from '../inline-markdown';

/**
 * Bullet (`-`) and numbered lists at any depth. Continuation lines and nested lists are
 * indented to the marker's width, so `10.` items nest as CommonMark expects.
 */
export const list: MarkdownRule<'list'> = (b, ctx) => renderList(b, ctx);

function renderList(b: ListBlock, ctx: MarkdownContext): string {
  const first = b.start ?? 1;
  return b.items
    .map((item, i) => {
      const marker = b.ordered ? `${b.reversed ? first - i : first + i}.` : '-';
      const pad = ' '.repeat(marker.length + 1);
      const text = inlineMarkdown(item.html, ctx) || (b.ordered ? '' : '');
      const own = `${marker} ${text.replace(/\n/g, `\n${pad}`)}`.trimEnd();
      if (!item.children) return own;
      const nested = renderList(item.children, ctx).replace(/^(?=.)/gm, pad);
      return `${own}\n${nested}`;
    })
    .join('\n');
}
