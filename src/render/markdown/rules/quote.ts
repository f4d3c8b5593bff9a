import type { MarkdownRule } from '../markdown-rule';
import { escapeMarkdown } from '../escape';
import { inlineMarkdown } from '../inline-markdown';

/** `> ` quote (pull quotes too); paragraphs (`<br><br>`) kept, the citation as a last `— name` line. */
export const quote: MarkdownRule<'quote'> = (b, ctx) => {
  const paragraphs = b.html.split(/<br>\s*<br>/).map((p) => inlineMarkdown(p, ctx)).filter(Boolean);
  const citation = b.citation?.replace(/\s+/g, ' ').trim();
  if (citation) paragraphs.push(`— ${escapeMarkdown(citation, ctx)}`);
  return paragraphs.join('\n\n').split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n');
};
