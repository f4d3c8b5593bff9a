import type { MarkdownRule } from '../markdown-rule';
import type { MarkdownContext } from '../markdown-context';
import { escapeMarkdown } from '../escape';
import { inlineMarkdown } from '../inline-markdown';
import { oneLine } from '../../../text/decode';
import { slugify } from '../../../extract/slugify';

/**
 * ATX heading, its links and formatting written as in a paragraph (`### [Case study](url)`),
 * a trailing ` #` kept as text. An ATX heading is one line: a line break in it becomes a space,
 * with a `heading_line_break` warning; `<strong>` around the whole heading is left out (a
 * heading is bold already). An anchor the generator would not make from the text
 * (the source's own `id`) is written `{#id}` where the generator reads it (Hugo, Jekyll), else
 * warned as `heading_id_lost`.
 */
export const heading: MarkdownRule<'heading'> = (b, ctx) => {
  if (breaksLines(b.html)) ctx.warn('heading_line_break', 'A line break in a heading was written as a space (an ATX heading is one line)');
  const html = wholeStrong(b.html.includes('<br>') ? b.html.replace(/(?:\s*<br>)+\s*/g, ' ') : b.html);
  // Plain text is escaped as a whole line: a lone `*` or `_` has no partner to pair with.
  const escaped = html.includes('<') ? inlineMarkdown(html, ctx).replace(/\\?\n/g, ' ') : escapeMarkdown(oneLine(b.text), { mdx: ctx.mdx, whole: true });
  // The regex would try every position of the heading; only one ending in `#` can match.
  let text = escaped.endsWith('#') ? escaped.replace(/(^|\s)(#+)$/, '$1\\$2') : escaped;
  if (!text) return '#'.repeat(b.level);
  // Where `{#id}` is read, text ending in `{…}` would be read as attributes and vanish.
  if (ctx.headingIds && text.endsWith('}')) text = text.replace(/(?<!\\)\{(?=[^{]*\}$)/, '\\{');
  return `${'#'.repeat(b.level)} ${text}${ownId(b.anchor, b.text, ctx)}`;
};

// A `<br>` with text on both sides: the heading showed two lines.
const breaksLines = (html: string): boolean =>
  html.includes('<') &&
  /<br\b/i.test(html) && html.split(/<br\b[^>]*>/i).filter((part) => /[^\s]/.test(part.replace(/<[^>]*>/g, ''))).length > 1;

// A heading is bold already: `<strong>` around all of it (themes' editors add it) says nothing.
function wholeStrong(html: string): string {
  if (!html.startsWith('<strong>') || !html.endsWith('</strong>')) return html;
  const inner = html.slice(8, -9);
  return inner.includes('<strong>') || inner.includes('</strong>') ? html : inner;
}

// Generators make GitHub-style anchors from the text, numbered when repeated (`intro-1`), as
// unpress does; any other anchor came from the source.
function ownId(anchor: string, text: string, ctx: MarkdownContext): string {
  const made = slugify(text) || 'section';
  if (!anchor || anchor === made) return '';
  // Written out where it can be, a numbered anchor too: the generator's numbering may differ.
  if (ctx.headingIds) return ` {#${anchor}}`;
  if (anchor.startsWith(`${made}-`) && /^\d+$/.test(anchor.slice(made.length + 1))) return '';
  ctx.warn('heading_id_lost', `The heading id "${anchor}" cannot be written in this Markdown; links to #${anchor} need it`);
  return '';
}
