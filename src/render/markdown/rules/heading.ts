import type { MarkdownRule } from '../markdown-rule';
import { escapeMarkdown } from '../escape';
import { oneLine } from '../../../text/decode';

/** ATX heading; inline formatting flattened to its text, a trailing ` #` kept as text. */
export const heading: MarkdownRule<'heading'> = (b, ctx) => {
  if (breaksLines(b.html)) ctx.warn('heading_line_break', 'A heading broken over lines was written on one line (a Markdown heading is one line)');
  const escaped = escapeMarkdown(oneLine(b.text), { mdx: ctx.mdx, whole: true });
  // The regex would try every position of the heading; only one ending in `#` can match.
  const text = escaped.endsWith('#') ? escaped.replace(/(^|\s)(#+)$/, '$1\\$2') : escaped;
  return text ? `${'#'.repeat(b.level)} ${text}` : '#'.repeat(b.level);
};

// A `<br>` with text on both sides: the heading showed two lines.
const breaksLines = (html: string): boolean =>
  /<br\b/i.test(html) && html.split(/<br\b[^>]*>/i).filter((part) => /[^\s]/.test(part.replace(/<[^>]*>/g, ''))).length > 1;
