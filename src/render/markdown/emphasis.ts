import type { MarkdownContext } from './markdown-context';
import { splitOuterSpace } from '../../text/trim-space';

/** Emphasis-like tags and their Markdown delimiters. */
export const DELIMS: Record<string, string> = { strong: '**', em: '*', s: '~~' };

const SPACE = /^[\s]?$/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

/**
 * Emphasis as Markdown delimiters (`**x**`), or null when CommonMark would not read them back.
 * CommonMark only reads `**x**` as emphasis when each delimiter run is flanking: punctuation
 * just inside a delimiter needs space or punctuation just outside it; delimiters touching
 * another `*` or `~` would merge into one run. Then, where inline HTML shows, the tag is written
 * in parts (opening tag, content, closing tag); else null, and the caller writes its pieces in
 * its place.
 *
 * @example emphasis('strong', 'x', ' ', ' ', ctx) // → '**x**'
 */
export function emphasis(tag: string, inner: string, prev: string, next: string, ctx: MarkdownContext): string | string[] | null {
  const [lead, core, trail] = splitOuterSpace(inner);
  if (!core) return null;
  const delim = DELIMS[tag]!;
  const before = lead ? ' ' : prev;
  const after = trail ? ' ' : next;
  const first = core[0]!;
  const last = core[core.length - 1]!;
  const opens = !PUNCTUATION.test(first) || SPACE.test(before) || PUNCTUATION.test(before);
  const closes = !PUNCTUATION.test(last) || SPACE.test(after) || PUNCTUATION.test(after);
  const merges = before === delim[0] || after === delim[0] || /(^|[^\\])(\\\\)*\\$/.test(core);
  if (opens && closes && !merges) return `${lead}${delim}${core}${delim}${trail}`;
  // A backslash ending the content would escape the closing tag's `<`: it is doubled.
  const closed = /(^|[^\\])(\\\\)*\\$/.test(core) ? `${core}\\` : core;
  return ctx.inlineHtml ? [`${lead}<${tag}>`, closed, `</${tag}>${trail}`] : null;
}
