import { decodeEntities } from './decode';
import { replaceFound } from './replace-found';

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/** Options of `safeUrl`. */
export interface SafeUrlOptions {
  /** Accept `data:image/(png|jpeg|gif|webp|avif)` URLs (for `img src` only). */
  allowDataImage?: boolean;
}

/**
 * Returns the URL when it is safe to publish (http, https, mailto, tel, relative, `#…`), decoded
 * and trimmed, else null. Disguises are seen through: mixed case, entities, percent-encoding,
 * and whitespace or control characters inside the scheme (`jav&#x09;ascript:`).
 *
 * @example safeUrl(' JaVa\tScRiPt:alert(1)') // → null
 * @example safeUrl('https://a.b/?x=1&#038;y=2') // → 'https://a.b/?x=1&y=2'
 */
export function safeUrl(raw: string | null | undefined, options: SafeUrlOptions = {}): string | null {
  if (typeof raw !== 'string') return null;
  const url = withoutControls(decodeEntities(raw)).trim();
  if (url === '') return null;
  const scheme = schemeOf(url);
  if (scheme === null || SAFE_SCHEMES.has(scheme)) return encodeUnsafe(url);
  if (scheme === 'data' && options.allowDataImage && /^data:image\/(png|jpe?g|gif|webp|avif);/i.test(url.replace(/\s+/g, ''))) return url;
  return null;
}

// Whitespace, quotes, angle brackets, backticks, braces and pipes are never valid raw in a URL
// (RFC 3986); encoded, a URL cannot end an HTML attribute or a Markdown destination early, open
// an MDX expression, or split a GFM table cell. Servers read the encoded form the same.
function encodeUnsafe(url: string): string {
  return encodeRaw(url);
}
// Most URLs have nothing to remove or encode: `replaceFound` hands them back without a copy.
const withoutControls = replaceFound(/[\u0000-\u001f\u007f]/g, '');
const encodeRaw = replaceFound(/[\s"<>`{}|]/g, (c) => encodeURIComponent(c));

/**
 * The scheme of a decoded, trimmed URL as `readScheme` reads it (lower case; `'invalid'` when
 * no browser would run it; null for none), without its scans for the usual URL: one that begins
 * with `https:` or `http:`, or with `/`, `?` or `#`, reads so through every disguise
 * `readScheme` removes (none of them changes those characters or adds any before them).
 *
 * @example schemeOf('https://a.example/') // → 'https'
 */
export function schemeOf(url: string): string | null {
  const first = url.charCodeAt(0);
  if (first === 0x68 && url.startsWith('http')) {
    if (url.startsWith('https:')) return 'https';
    if (url.startsWith('http:')) return 'http';
  } else if (first === 0x2f || first === 0x3f || first === 0x23) return null;
  return readScheme(url);
}

/**
 * The scheme as a browser would read it: everything before the first ':' that comes before any
 * '/', '?' or '#', with whitespace, entities and percent-encoding removed; lower case, or
 * `'invalid'` when it is not one a browser runs; null when there is none (a relative URL).
 *
 * @example readScheme('Java%09Script:alert(1)') // → 'javascript'
 */
export function readScheme(url: string): string | null {
  let probe = url;
  for (let i = 0; i < 3 && /%[0-9a-f]{2}/i.test(probe); i++) {
    try {
      probe = decodeURIComponent(probe);
    } catch {
      break;
    }
  }
  probe = decodeEntities(probe).replace(/[\s\u0000-\u001f\u007f-\u009f\u200b\ufeff]/g, '');
  const m = /^([^:/?#]*):/.exec(probe);
  if (!m) return null;
  const s = m[1]!.toLowerCase();
  // `c:\path` or `localhost:3000` is not a scheme a browser runs, but only letters can be one.
  return /^[a-z][a-z0-9+.-]*$/.test(s) ? s : 'invalid';
}
