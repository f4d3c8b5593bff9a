import type { MarkdownRule } from '../markdown-rule';
import { escapeMarkdown } from '../escape';

/**
 * Accordions and tabs: with HTML allowed a real `<details>` element; otherwise the summary
 * as a bold line followed by the panel's blocks.
 */
export const details: MarkdownRule<'details'> = (b, ctx, render) => {
  const inner = render(b.children);
  if (ctx.html && !ctx.mdx) return `<details${b.open ? ' open' : ''}>\n<summary>${escapeMarkdown(b.summary, ctx)}</summary>\n\n${inner}\n\n</details>`;
  return [`**${escapeMarkdown(b.summary, ctx)}**`, inner].filter(Boolean).join('\n\n');
};
