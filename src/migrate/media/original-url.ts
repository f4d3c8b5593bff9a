import { mediaKindOf } from './media-extensions';

/**
 * The three steps from a URL the content used back to the uploaded file (see `urlForms`).
 *
 * @example { file: '…/a-scaled-300x300.jpg', parent: '…/a-scaled.jpg', original: '…/a.jpg' }
 */
export interface UrlForms {
  /** The file the server stores: the CDN host undone, image-resizing query arguments removed, fragment dropped. */
  file: string;
  /** `file` without WordPress's size suffix (`-300x200`): the attachment's full-size file. */
  parent: string;
  /** `parent` without `-scaled` / `-rotated`: the file the author uploaded. */
  original: string;
}

// scheme, authority, path, query, fragment (RFC 3986 appendix B).
const URL_PARTS = /^([a-z][a-z0-9+.-]*:)?(\/\/[^/?#]*)?([^?#]*)(\?[^#]*)?(#.*)?$/is;
// Jetpack's image CDN (Photon): `i0.wp.com` … `i3.wp.com`, and the `i0-2.wp.com`-style shards.
const PHOTON_HOST = /^\/\/i\d(?:-\d+)?\.wp\.com$/i;
const WPCOM_FILES_HOST = /^\/\/[^/]+\.files\.wordpress\.com(?::\d+)?$/i;
// Where WordPress keeps uploads: the default folder, old multisite `blogs.dir` and `ms-files` (`/files/2012/05/`).
const UPLOADS_PATH = /\/wp-content\/uploads\/|\/wp-content\/blogs\.dir\/|^(?:\/[^/]+)?\/files\/\d{4}\/\d{2}\//i;
/**
 * Photon's documented arguments (developer.wordpress.com/docs/photon/api), and Jetpack's lazy
 * loader's `is-pending-load`: on a WordPress.com file or an uploads image they only resize, crop
 * or filter the one stored file.
 */
const IMAGE_ARGS = new Set(['w', 'h', 'crop', 'resize', 'fit', 'lb', 'ulb', 'filter', 'brightness', 'contrast', 'colorize', 'smooth', 'zoom', 'quality', 'strip', 'ssl', 'is-pending-load']);
// `image_make_intermediate_size` names a size `{name}-{width}x{height}.{ext}` (WP_Image_Editor::generate_filename).
const SIZE_SUFFIX = /^(.+)-\d{1,5}x\d{1,5}(\.[a-z0-9]+)$/i;
// `wp_create_image_subsizes` saves a too-big or EXIF-rotated upload as `{name}-scaled.{ext}` / `{name}-rotated.{ext}`.
const REPLACED_SUFFIX = /^(.+)-(?:scaled|rotated)(\.[a-z0-9]+)$/i;

/**
 * The URL of the file the author uploaded, for a URL the content used, when WordPress's own
 * naming says how to reach it; else the URL unchanged (pure, no I/O):
 * - Jetpack's image CDN (`i0.wp.com/example.org/…`, `?ssl=1` → https) back to the site's URL;
 * - resizing arguments (`?w=`, `?h=`, `?resize=`, `?fit=`, `?crop=`, `?quality=`, `?ssl=`, …)
 *   removed from WordPress.com files and uploads images (the stored file is the same);
 * - the size suffix WordPress gives its resized copies (`photo-300x200.jpg` → `photo.jpg`),
 *   then `-scaled` / `-rotated` (the copy WordPress uses as "full" for big or EXIF-rotated
 *   uploads; the upload itself is kept beside it as the attachment's `original_image`).
 *
 * Suffixes are removed only from image files under an uploads folder (`/wp-content/uploads/`,
 * `*.files.wordpress.com`, multisite `blogs.dir` and `/files/YYYY/MM/`), one of each: a
 * `logo-200x100.png` on another site keeps its name. An edited image's `-e1700000000123` (13
 * digits, `wp_save_image`) is kept: that file is the edit the readers saw, the unedited upload
 * is not what the post showed. A file really named `banner-1920x1080.jpg` cannot be told apart
 * from a resized copy by its URL alone: `MediaCatalog` uses what the content and attachment
 * metadata show, and `downloadMedia` falls back to the forms seen when a guessed URL answers 404.
 *
 * @example originalUrl('https://example.org/wp-content/uploads/2024/05/photo-300x200.jpg') // → 'https://example.org/wp-content/uploads/2024/05/photo.jpg'
 * @example originalUrl('https://i0.wp.com/example.org/wp-content/uploads/2024/05/photo-scaled.jpg?resize=300%2C200&ssl=1') // → 'https://example.org/wp-content/uploads/2024/05/photo.jpg'
 * @example originalUrl('https://blog.files.wordpress.com/2014/03/cat.jpg?w=640&h=480') // → 'https://blog.files.wordpress.com/2014/03/cat.jpg'
 * @example originalUrl('https://example.org/wp-content/uploads/2025/10/logo-e1759799507254-150x150.png') // → 'https://example.org/wp-content/uploads/2025/10/logo-e1759799507254.png'
 */
export function originalUrl(url: string): string {
  return urlForms(url).original;
}

/**
 * Every step of `originalUrl` at once: the stored file, its full-size parent, the upload.
 *
 * @example urlForms('https://example.org/wp-content/uploads/2025/08/a-scaled-300x300.jpg')
 * // → { file: '…/a-scaled-300x300.jpg', parent: '…/a-scaled.jpg', original: '…/a.jpg' }
 */
export function urlForms(url: string): UrlForms {
  const file = storedFile(url);
  const parent = replaceName(file, SIZE_SUFFIX);
  return { file, parent, original: replaceName(parent, REPLACED_SUFFIX) };
}

/**
 * The upload behind a file metadata names as an attachment's full size (a featured image's
 * `source_url`): only `-scaled` / `-rotated` go, a size-like part of its name is its own.
 *
 * @example originalOfFull('https://example.org/wp-content/uploads/2024/05/banner-1920x1080-scaled.jpg') // → '…/banner-1920x1080.jpg'
 */
export function originalOfFull(url: string): string {
  return replaceName(storedFile(url), REPLACED_SUFFIX);
}

// The CDN host undone, resizing arguments and the fragment dropped.
function storedFile(url: string): string {
  const m = URL_PARTS.exec(url.trim());
  if (!m) return url;
  let [, scheme = '', authority = '', path = '', query = '', fragment = ''] = m;
  if (PHOTON_HOST.test(authority)) {
    const slash = path.indexOf('/', 1);
    if (slash > 1) {
      // Photon fetches the origin over https only when asked (`ssl=1`); its own arguments all go.
      // `&#038;ssl=1` (an ampersand WordPress wrote as an entity, read undecoded) puts it after a `#`.
      scheme = /(?:^\?|&|#038;)ssl=1(?:&|#|$)/.test(query + fragment) ? 'https:' : 'http:';
      authority = `//${path.slice(1, slash)}`;
      path = path.slice(slash);
      query = '';
    }
  }
  if (query && isUploadsImage(authority, path)) {
    const kept = query
      .slice(1)
      .split('&')
      .filter((pair) => pair !== '' && !IMAGE_ARGS.has(decodeSafe(pair.split('=')[0] ?? '').toLowerCase()));
    query = kept.length ? `?${kept.join('&')}` : '';
  }
  return `${scheme}${authority}${path}${query}`;
}

// `pattern` applied to the last path segment of an uploads image; the rest untouched.
function replaceName(url: string, pattern: RegExp): string {
  const m = URL_PARTS.exec(url);
  if (!m) return url;
  const [, scheme = '', authority = '', path = '', query = ''] = m;
  if (!isUploadsImage(authority, path)) return url;
  const cut = path.lastIndexOf('/') + 1;
  const name = path.slice(cut).replace(pattern, '$1$2');
  return `${scheme}${authority}${path.slice(0, cut)}${name}${query}`;
}

function isUploadsImage(authority: string, path: string): boolean {
  return isUploadsPath(authority, path) && mediaKindOf(path) === 'image';
}

function isUploadsPath(authority: string, path: string): boolean {
  return WPCOM_FILES_HOST.test(authority) || PHOTON_HOST.test(authority) || UPLOADS_PATH.test(path);
}

/**
 * True for a URL in a WordPress uploads folder (`/wp-content/uploads/`, `*.files.wordpress.com`,
 * multisite `blogs.dir` and `/files/YYYY/MM/`) or on Jetpack's image CDN.
 *
 * @example isUploadsUrl('https://example.org/wp-content/uploads/2024/05/a.pdf') // → true
 * @example isUploadsUrl('https://example.org/downloads/a.pdf') // → false
 */
export function isUploadsUrl(url: string): boolean {
  const m = URL_PARTS.exec(url.trim());
  return m !== null && isUploadsPath(m[2] ?? '', m[3] ?? '');
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
