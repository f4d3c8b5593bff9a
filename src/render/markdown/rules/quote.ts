import type { MarkdownRule } from '../markdown-rule';
import { escapeMarkdown } from '../escape';
import { inlineMarkdown } from '../inline-markdown';
import { oneLine } from '../../../text/decode';
import { splitParagraphs } from '../../paragraphs';

/**
 * `> ` quote (pull quotes too): its children rendered with the same rules (headings, lists and
 * code keep their syntax), every line prefixed with `> `, the citation as a last `> — name` line.
 * A quote without children (built by hand) falls back to its inline html's paragraphs.
 *
 * @example quote(q, ctx, render) // → '> ## Rule\n>\n> Be kind.\n>\n> — Ann'
 */
export const quote: MarkdownRule<'quote'> = (b, ctx, render) => {
  const parts = b.children?.length ? [render(b.children)] : splitParagraphs(b.html).map((p) => inlineMarkdown(p, ctx));
  const citation = b.citation ? oneLine(b.citation) : undefined;
  if (citation) parts.push(`— ${escapeMarkdown(citation, ctx)}`);
  return parts.filter(Boolean).join('\n\n').split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n');
};
