import type { MarkdownRule } from '../markdown-rule';
import { escapeLineStart, escapeMarkdown } from '../escape';
import { linkDestination } from '../link-destination';
import { oneLine } from '../../../text/decode';

/** A button is a link on its own line (its URL as text when it has no label). */
export const button: MarkdownRule<'button'> = (b, ctx) => {
  const label = escapeMarkdown(oneLine(b.text), ctx).replace(/(?<!\\)[[\]]/g, '\\$&');
  if (!b.href) return escapeLineStart(label, ctx);
  const href = ctx.rewriteUrl(b.href);
  return `[${label || escapeMarkdown(href, ctx)}](${linkDestination(href)})`;
};
