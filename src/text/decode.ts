import he from 'he';
import { replaceFound } from './replace-found';
import { stripRawHtml } from './strip-raw-html';

/**
 * Decodes the HTML entities of a string that is HTML source (an attribute value or text as
 * WordPress writes it), exactly once, as a browser does: `&amp;lt;` is the text `&lt;`, which
 * a reader sees written so. Text taken from a parsed DOM is decoded already (by the parser)
 * and must not come here again.
 *
 * @example decodeEntities('It&#8217;s &amp;lt;b&amp;gt;') // → 'It’s &lt;b&gt;'
 */
export function decodeEntities(value: string): string {
  return value.includes('&') ? he.decode(value) : value;
}

/** Collapses runs of whitespace (not U+00A0) to one space and trims. */
export function collapseWhitespace(value: string): string {
  return squashSpaces(value).trim();
}

/**
 * Runs of ASCII whitespace (not U+00A0) as one space. Only runs that change are matched (a
 * lone space is not), so text that is already clean is returned without a copy.
 *
 * @example squashSpaces('a \n\t b') // → 'a b'
 */
export function squashSpaces(value: string): string {
  return squash(value);
}
const squash = replaceFound(/[\t\n\r\f\v][ \t\n\r\f\v]*| [ \t\n\r\f\v]+/g, ' ');

/**
 * Every run of white space (`\s`: no-break and other Unicode spaces too) as one space, trimmed:
 * `s.replace(/\s+/g, ' ').trim()`, but text that is already so (most labels, headings, captions)
 * is returned as it is: the replace copied it even when each space stood alone.
 *
 * @example oneLine(' a \n b\u00a0 c ') // → 'a b c'
 */
export function oneLine(value: string): string {
  return NOT_ONE_LINE.test(value) ? value.replace(/\s+/g, ' ').trim() : value;
}
// Any white space other than a plain space; else a space at an edge or two in a row (the same
// as `/^\s|\s$|\s\s|[^\S ]/`, read in half the time: most positions fail at one class test).
const NOT_ONE_LINE = /[^\S ]| (?: |$)|^ /;

/** True when the string has no visible character (spaces, no-break spaces, zero-width marks only). */
export function isBlank(value: string): boolean {
  return !/[^\s\u00a0\u200b\u200c\u200d\u2060\ufeff]/.test(value);
}

/**
 * Plain text from an HTML string, read once as a browser reads it: tags removed, then
 * entities decoded once, whitespace collapsed. For titles, excerpts and the like, which must
 * never carry markup. What decoding reveals is text the author typed (`&lt;div&gt;` is the
 * text "<div>"), kept as it is; renderers escape it wherever they write HTML or Markdown.
 *
 * @example htmlToPlainText('<p>Caf&eacute; &amp; <b>bar</b> &lt;div&gt;</p>') // → 'Café & bar <div>'
 */
export function htmlToPlainText(html: string): string {
  if (!html) return '';
  const noTags = stripRawHtml(html, ' ').replace(BLOCK_TAG, ' ').replace(TAG, '');
  return collapseWhitespace(decodeEntities(noTags).replace(/\u00a0/g, ' '));
}
// A tag as the HTML tokenizer reads one: `<` then a letter, up to the first `>` outside a
// quoted attribute value; `</…>` (an end tag, or a bogus comment), `<!…>` and `<?…>` up to the
// first `>`. A `<` before anything else (`a < b`, `<3`, `<>`) is text. Bounded, so that a run of
// `<a` or `<a "` never closed costs each `<` a fixed scan, not one to the end (quadratic): a
// title or excerpt holds no 2,000-character tag.
const TAG_BODY = String.raw`(?:[^>"']|"[^"]{0,2000}"|'[^']{0,2000}'){0,2000}>`;
const BLOCK_TAG = new RegExp(String.raw`<\/?(?:p|div|br|li|h[1-6]|tr|blockquote)(?![^\s/>])${TAG_BODY}`, 'gi');
const TAG = new RegExp(String.raw`<(?:[a-z]${TAG_BODY}|[/!?][^>]{0,2000}>)`, 'gi');

/**
 * The entities unpress writes when it escapes text for HTML, by character; `readInlineHtml`
 * reads exactly these back. `[` is written `&#91;`: every shortcode has been expanded by then,
 * so a bracket left is text, and written so, no shortcode parser (WordPress's when the HTML is
 * imported again, in text or in an attribute value, or unpress's own) can read it as one.
 */
export const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '[': '&#91;' };

// One pass each; text with nothing to escape comes back as it is, without a copy.
const escapeChar = (c: string): string => HTML_ESCAPES[c]!;
const escapeText = replaceFound(/[&<>[]/g, escapeChar);
const escapeValue = replaceFound(/[&"<>[]/g, escapeChar);

/**
 * Escapes text for HTML element content (`&`, `<`, `>`, and `[`: see `HTML_ESCAPES`).
 *
 * @example escapeHtml('a < b [gallery]') // → 'a &lt; b &#91;gallery]'
 */
export function escapeHtml(value: string): string {
  return escapeText(value);
}

/** Escapes text for a double-quoted HTML attribute (also `"`). */
export function escapeAttribute(value: string): string {
  return escapeValue(value);
}
