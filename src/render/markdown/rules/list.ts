import type { ListBlock } from '../../../schema/block';
import type { MarkdownRule } from '../markdown-rule';
import type { MarkdownContext } from '../markdown-context';
import { inlineMarkdown } from '../inline-markdown';
import { htmlForMarkdown } from '../html-for-markdown';
import { rewriteHtmlUrls } from '../rewrite-html-urls';
import { splitParagraphs } from '../../paragraphs';
import { renderHtml } from '../../to-html';
import { countsUp, listNumbers } from '../../list-numbers';

/**
 * Bullet (`-`) and numbered lists at any depth, `start` kept. Continuation lines, later
 * paragraphs of an item (`<br><br>` in its html) and nested lists are indented to the
 * marker's width, so `10.` items nest as CommonMark expects. A list right after another
 * list of the same kind uses `*` / `1)` markers, or Markdown would merge the two.
 *
 * CommonMark only counts up by one from the first number, so a reversed list, items with
 * their own `value`, or negative numbers cannot be a Markdown ordered list (every parser would
 * show 3, 4, 5 for `3. 2. 1.`). With `html: true` such a list is written as HTML; otherwise as
 * a bullet list whose items begin with the source's number as text (`- 3\. Gold`), so the
 * reader sees the right numbers, with a `list_numbers` warning.
 */
export const list: MarkdownRule<'list'> = (b, ctx) => {
  const kind = writtenAs(b, ctx);
  if (kind === 'html') {
    ctx.alternated = false;
    return htmlForMarkdown(rewriteHtmlUrls(renderHtml([b]), ctx), ctx);
  }
  if (hasUncounted(b)) ctx.warn('list_numbers', 'A list numbered in a way Markdown cannot count (reversed, skipping or negative) was written with its numbers as text');
  const prev = ctx.previous;
  const alternate = prev?.type === 'list' && writtenAs(prev, ctx) === kind && !ctx.alternated;
  ctx.alternated = alternate;
  return renderList(b, ctx, alternate);
};

// How a list is written: HTML, a Markdown ordered list, or bullets (numbers as text, if any).
function writtenAs(b: ListBlock, ctx: MarkdownContext): 'html' | 'ordered' | 'bullets' {
  if (ctx.html && hasUncounted(b)) return 'html';
  return counted(b) ? 'ordered' : 'bullets';
}

const counted = (b: ListBlock): boolean => b.ordered && countsUp(listNumbers(b));

function hasUncounted(b: ListBlock): boolean {
  return (b.ordered && !counted(b)) || b.items.some((i) => i.children !== null && hasUncounted(i.children));
}

function renderList(b: ListBlock, ctx: MarkdownContext, alternate: boolean): string {
  const ordered = counted(b);
  const numbers = b.ordered ? listNumbers(b) : [];
  return b.items
    .map((item, i) => {
      const marker = ordered ? `${numbers[i]}${alternate ? ')' : '.'}` : alternate ? '*' : '-';
      const pad = ' '.repeat(marker.length + 1);
      const paragraphs = splitParagraphs(item.html).map((p) => inlineMarkdown(p, ctx)).filter(Boolean);
      // An escaped dot: `3\.` reads as the text "3.", never as a list marker.
      if (b.ordered && !ordered) paragraphs[0] = paragraphs.length ? `${numbers[i]}\\. ${paragraphs[0]}` : `${numbers[i]}\\.`;
      const text = paragraphs.join('\n\n').replace(/\n(?=.)/g, `\n${pad}`);
      const own = text ? `${marker} ${text}` : marker;
      if (!item.children || !item.children.items.length) return own;
      // Only a list starting at 1 may interrupt a paragraph; any other start needs a blank line.
      const c = item.children;
      const gap = text && counted(c) && listNumbers(c)[0] !== 1 ? '\n\n' : '\n';
      const nested = renderList(c, ctx, false).replace(/^(?=.)/gm, pad);
      return `${own}${gap}${nested}`;
    })
    .join('\n');
}

