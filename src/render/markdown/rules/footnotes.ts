import type { MarkdownRule } from '../markdown-rule';
import { inlineMarkdown } from '../inline-markdown';

/** Footnote definitions `[^id]: text`, continuation lines indented. */
export const footnotes: MarkdownRule<'footnotes'> = (b, ctx) =>
  b.items.map((i) => `[^${i.id}]: ${inlineMarkdown(i.html, ctx).replace(/\n/g, '\n    ')}`).join('\n');
