import type { MarkdownRule } from '../markdown-rule';
import { escapeHtml, oneLine } from '../../../text/decode';
import { escapeMarkdown } from '../escape';

/**
 * Accordions and tabs: with HTML allowed a real `<details>` element (its blocks stay Markdown);
 * otherwise the summary as a bold line followed by the panel's blocks.
 */
export const details: MarkdownRule<'details'> = (b, ctx, render) => {
  const inner = render(b.children);
  const summary = oneLine(b.summary);
  if (ctx.html) {
    const text = ctx.mdx ? escapeHtml(summary).replace(/\{/g, '&#123;').replace(/\}/g, '&#125;') : escapeHtml(summary);
    return [`<details${b.open ? ' open' : ''}>\n<summary>${text}</summary>`, inner, '</details>'].filter(Boolean).join('\n\n');
  }
  return [summary ? `**${escapeMarkdown(summary, ctx)}**` : '', inner].filter(Boolean).join('\n\n');
};
