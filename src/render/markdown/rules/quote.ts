import type { MarkdownRule } from '../markdown-rule';
import { escapeMarkdown } from '../escape';
import { inlineMarkdown } from '../inline-markdown';

/** `> ` quote; paragraphs kept, the citation as a last `— name` line. */
export const quote: MarkdownRule<'quote'> = (b, ctx) => {
  const body = b.html.split(/<br><br>/).map((p) => inlineMarkdown(p, ctx)).join('\n\n');
  const all = b.citation ? `${body}\n\n— ${escapeMarkdown(b.citation, ctx)}` : body;
  return all.split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n');
};
