import { collapseWhitespace, decodeEntities, htmlToPlainText } from '../text/decode';
import { decodeSlug } from '../text/decode-slug';
import { safeUrl } from '../text/safe-url';

/**
 * Total readers for untrusted plugin JSON: each returns a typed value or null and never throws,
 * so a malformed field becomes a missing one (metascraper's "rule failures become null").
 * Kept together because they are one vocabulary, like `dom.ts`.
 */

/**
 * A plain JSON object.
 * @example const node: JsonObject = { '@type': 'WebSite', name: 'Aliantis' };
 */
export type JsonObject = Record<string, unknown>;

/**
 * The value when it is a plain object (not an array, not null), else null.
 * @example asObject([]) // → null (PHP's empty "object")
 */
export function asObject(value: unknown): JsonObject | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null;
}

/**
 * The value as a list: arrays as they are, a single value as a one-item list, null/undefined as [].
 * JSON-LD allows either form for almost every property.
 * @example asList('Wellbeing') // → ['Wellbeing']
 */
export function asList(value: unknown): unknown[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * A one-line text value from an HTML-escaped string (as WordPress and SEO plugins write names
 * and titles): entities decoded once, whitespace collapsed; null when empty or not a
 * string/number.
 * @example asText(' Caf&eacute;  &amp; bar ') // → 'Café & bar'
 */
export function asText(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const text = collapseWhitespace(decodeEntities(value));
  return text === '' ? null : text;
}

/**
 * Plain text from a value that may hold HTML (FAQ answers, captions); null when empty.
 * @example asPlainText('<p>Yes &amp; no</p>') // → 'Yes & no'
 */
export function asPlainText(value: unknown): string | null {
  if (typeof value !== 'string') return asText(value);
  const text = htmlToPlainText(value);
  return text === '' ? null : text;
}

/**
 * A slug as readers see it in URLs (percent-encoded UTF-8 decoded, NFC: see `decodeSlug`);
 * null when empty or not a string.
 * @example asSlug('%d0%ba%d0%be%d1%81%d0%b0') // → 'коса'
 */
export function asSlug(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const slug = decodeSlug(value.trim());
  return slug === '' ? null : slug;
}

/**
 * An integer from a number or a numeric string (`"1600"`), else null. Fractions are rounded.
 * @example asInt('900') // → 900
 */
export function asInt(value: unknown): number | null {
  const n = typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? Math.round(n) : null;
}

/**
 * A URL that is safe to publish (see `safeUrl`), else null.
 * @example asUrl('javascript:alert(1)') // → null
 */
export function asUrl(value: unknown): string | null {
  return typeof value === 'string' ? safeUrl(value) : null;
}

/**
 * True for a WordPress REST error body embedded where an object was expected
 * (`{ code: 'rest_user_cannot_view', message, data }`).
 * @example isEmbeddedError({ code: 'rest_post_invalid_id', message: 'Invalid post ID.' }) // → true
 */
export function isEmbeddedError(value: unknown): value is { code: string; message?: unknown } {
  const o = asObject(value);
  return o !== null && typeof o.code === 'string' && !('id' in o) && !('source_url' in o);
}
