import he from 'he';
import { replaceFound } from './replace-found';
import { stripRawHtml } from './strip-raw-html';

const ENTITY = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;

/**
 * Decodes HTML entities, twice when the first pass leaves entities behind: WordPress
 * sometimes stores `&amp;#8217;`, which a single decode turns into a literal `&#8217;`.
 *
 * @example decodeEntities('It&amp;#8217;s') // → 'It’s'
 */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  const once = he.decode(value);
  return ENTITY.test(once) ? he.decode(once) : once;
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
 * Plain text from an HTML string: tags removed, entities decoded, whitespace collapsed.
 * For titles, excerpts and the like, which must never carry markup.
 *
 * @example htmlToPlainText('<p>Caf&eacute; &amp; <b>bar</b></p>') // → 'Café & bar'
 */
export function htmlToPlainText(html: string): string {
  if (!html) return '';
  const noTags = stripRawHtml(html, ' ')
    .replace(/<\/?(p|div|br|li|h[1-6]|tr|blockquote)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '');
  // A decoded `&lt;b&gt;` is text the author typed; strip tags that decoding reveals too.
  return collapseWhitespace(decodeEntities(noTags).replace(/<\/?[a-z][^>]*>/gi, '').replace(/\u00a0/g, ' '));
}

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
