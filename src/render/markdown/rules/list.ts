import type { ListBlock } from '../../../schema/block';
import type { MarkdownRule } from '../markdown-rule';
import type { MarkdownContext } from '../markdown-context';
import { inlineMarkdown } from '../inline-markdown';
import { splitParagraphs } from '../../paragraphs';

/**
 * Bullet (`-`) and numbered lists at any depth, `start` kept. Continuation lines, later
 * paragraphs of an item (`<br><br>` in its html) and nested lists are indented to the
 * marker's width, so `10.` items nest as CommonMark expects. A list right after another
 * list of the same kind uses `*` / `1)` markers, or Markdown would merge the two.
 */
export const list: MarkdownRule<'list'> = (b, ctx) => {
  const prev = ctx.previous;
  const alternate = prev?.type === 'list' && prev.ordered === b.ordered && !ctx.alternated;
  ctx.alternated = alternate;
  return renderList(b, ctx, alternate);
};

function renderList(b: ListBlock, ctx: MarkdownContext, alternate: boolean): string {
  const first = b.start ?? (b.reversed ? b.items.length : 1);
  return b.items
    .map((item, i) => {
      const n = Math.max(0, b.reversed ? first - i : first + i);
      const marker = b.ordered ? `${n}${alternate ? ')' : '.'}` : alternate ? '*' : '-';
      const pad = ' '.repeat(marker.length + 1);
      const paragraphs = splitParagraphs(item.html).map((p) => inlineMarkdown(p, ctx)).filter(Boolean);
      const text = paragraphs.join('\n\n').replace(/\n(?=.)/g, `\n${pad}`);
      const own = text ? `${marker} ${text}` : marker;
      if (!item.children || !item.children.items.length) return own;
      // Only a list starting at 1 may interrupt a paragraph; any other start needs a blank line.
      const c = item.children;
      const gap = text && c.ordered && (c.start ?? (c.reversed ? c.items.length : 1)) !== 1 ? '\n\n' : '\n';
      const nested = renderList(c, ctx, false).replace(/^(?=.)/gm, pad);
      return `${own}${gap}${nested}`;
    })
    .join('\n');
}
