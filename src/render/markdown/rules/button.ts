import type { MarkdownRule } from '../markdown-rule';
import { escapeMarkdown } from '../escape';
import { inlineMarkdown } from '../inline-markdown';
import { linkDestination } from '../link-destination';

/** A button is a link on its own line (its URL as text when it has no label), its label's formatting kept. */
export const button: MarkdownRule<'button'> = (b, ctx) => {
  // A button is one line: a line break in its label would end the link's line.
  const label = inlineMarkdown(b.html.replace(/<br>/g, ' '), ctx, true).replace(/[ \t]{2,}/g, ' ');
  if (!b.href) return label;
  const href = ctx.rewriteUrl(b.href);
  return `[${label || escapeMarkdown(href, ctx)}](${linkDestination(href)})`;
};
