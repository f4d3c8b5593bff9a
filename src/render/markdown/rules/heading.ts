import type { MarkdownRule } from '../markdown-rule';
import { escapeMarkdown } from '../escape';
import { oneLine } from '../../../text/decode';

/** ATX heading; inline formatting flattened to its text, a trailing ` #` kept as text. */
export const heading: MarkdownRule<'heading'> = (b, ctx) => {
  const escaped = escapeMarkdown(oneLine(b.text), { mdx: ctx.mdx, whole: true });
  // The regex would try every position of the heading; only one ending in `#` can match.
  const text = escaped.endsWith('#') ? escaped.replace(/(^|\s)(#+)$/, '$1\\$2') : escaped;
  return text ? `${'#'.repeat(b.level)} ${text}` : '#'.repeat(b.level);
};
