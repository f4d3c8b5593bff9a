import type { MarkdownRule } from '../markdown-rule';
import { escapeMarkdown } from '../escape';
import { oneLine } from '../../../text/decode';

/** ATX heading; inline formatting flattened to its text, a trailing ` #` kept as text. */
export const heading: MarkdownRule<'heading'> = (b, ctx) => {
  const text = escapeMarkdown(oneLine(b.text), { mdx: ctx.mdx, whole: true }).replace(/(^|\s)(#+)$/, '$1\\$2');
  return text ? `${'#'.repeat(b.level)} ${text}` : '#'.repeat(b.level);
};
