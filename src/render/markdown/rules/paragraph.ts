import type { MarkdownRule } from '../markdown-rule';
import { inlineMarkdown } from '../inline-markdown';

/** Paragraph; `<br>` becomes a hard line break (`\` at the end of the line). */
export const paragraph: MarkdownRule<'paragraph'> = (b, ctx) => inlineMarkdown(b.html, ctx);
