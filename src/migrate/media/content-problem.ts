import { extensionOf } from './media-extensions';

// Types servers use when they do not say (S3's `binary/octet-stream` included).
const UNLABELLED = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/unknown']);

/**
 * Why a downloaded body is not the media file asked for, or null when it is: an HTML page (a
 * login wall, a "not found" page answered with 200, a CDN challenge) is never saved as an image
 * or a PDF. An image must be labelled `image/*` (and not be HTML inside), or be unlabelled with
 * an image's signature (JPEG, PNG, GIF, WebP, BMP, ICO, TIFF, AVIF/HEIC, SVG); another file
 * must not be an HTML page unless its own extension is `.htm`/`.html`. An empty body is refused.
 *
 * @param contentType - the `Content-Type` header, parameters removed, lower case
 * @param head - the body's first bytes (512 are enough)
 * @example contentProblem('image', 'https://example.org/a.jpg', 'text/html', bytes('<!doctype html>…')) // → 'answered text/html (an HTML page), not an image'
 * @example contentProblem('image', 'https://example.org/a.jpg', 'image/jpeg', new Uint8Array([0xff, 0xd8, 0xff])) // → null
 */
export function contentProblem(kind: 'image' | 'file', url: string, contentType: string, head: Uint8Array, bytes: number): string | null {
  if (bytes === 0) return 'answered an empty body';
  const html = looksLikeHtml(head);
  const label = contentType || 'no content type';
  if (kind === 'image') {
    if (contentType.startsWith('image/')) return html && contentType !== 'image/svg+xml' ? `answered an HTML page labelled ${contentType}, not an image` : null;
    if (UNLABELLED.has(contentType) && !html && imageSignature(head)) return null;
    return `answered ${label}${html ? ' (an HTML page)' : ''}, not an image`;
  }
  const ext = extensionOf(url);
  if ((contentType === 'text/html' || contentType === 'application/xhtml+xml' || html) && ext !== 'html' && ext !== 'htm') return `answered ${label} (an HTML page), not the file`;
  return null;
}

/**
 * True when a body starts (after a BOM and white space) like an HTML document.
 *
 * @example looksLikeHtml(new TextEncoder().encode('\n<!DOCTYPE html><html>…')) // → true
 */
export function looksLikeHtml(head: Uint8Array): boolean {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head.subarray(0, 512)).replace(/^\ufeff/, '').trimStart().toLowerCase();
  return /^<(?:!doctype\s+html|html|head|body|title|meta|script|!--)/.test(text);
}

/**
 * The image format a body's first bytes announce, or null.
 *
 * @example imageSignature(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) // → 'png'
 */
export function imageSignature(head: Uint8Array): string | null {
  const at = (offset: number, ...bytes: number[]) => bytes.every((b, i) => head[offset + i] === b);
  const ascii = (offset: number, text: string) => at(offset, ...[...text].map((c) => c.charCodeAt(0)));
  if (at(0, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (ascii(0, 'GIF87a') || ascii(0, 'GIF89a')) return 'gif';
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'webp';
  if (ascii(0, 'BM')) return 'bmp';
  if (at(0, 0, 0, 1, 0)) return 'ico';
  if (at(0, 0x49, 0x49, 0x2a, 0) || at(0, 0x4d, 0x4d, 0, 0x2a)) return 'tiff';
  if (ascii(4, 'ftyp')) return 'heif';
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head.subarray(0, 512)).trimStart();
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype svg[^>]*>\s*)?<svg[\s>]/i.test(text)) return 'svg';
  return null;
}
