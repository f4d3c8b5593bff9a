import { decodeEntities } from '../text/decode';

// WordPress's esc_attr / esc_html for the builders' own markup: the five characters, with an
// `&` that already starts an entity left alone (as _wp_specialchars does), so that a value
// given as HTML (`Caf&eacute;`) is not escaped twice.
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#039;' };

/** `esc_attr` / `esc_html`: text or HTML-with-entities made safe inside markup. */
export function esc(value: string): string {
  return value.replace(/&(?!#\d+;|#x[0-9a-f]+;|[a-z][a-z0-9]*;)|[<>"']/gi, (c) => ESCAPES[c]!);
}

/** A URL as `esc_url` prints it in an attribute (`&` as `&#038;`). */
export function escUrl(url: string): string {
  return url.replace(/&(?!#038;)/g, '&#038;').replace(/[<>"' ]/g, (c) => encodeURIComponent(c));
}

/** The plain text of a short piece of HTML (a title, a caption): tags out, entities decoded. */
export function plainText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/** WordPress's `sanitize_title` for plain Latin text: lower case, a dash between words. */
export function slugOf(text: string): string {
  return plainText(text)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, '')
    .trim()
    .replace(/[\s-]+/g, '-');
}
