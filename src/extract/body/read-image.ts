import type { Element } from '../../dom/dom';
import type { Context } from '../../context';
import type { Image } from '../../schema/block';
import { collapseWhitespace } from '../../text/decode';
import { safeUrl } from '../../text/safe-url';
import { originalImageUrl } from './images/original-image-url';

// Lazy-loading plugins keep the real URL in a data attribute and put a placeholder in src:
// WP Rocket and a3 (`data-lazy-src`), lazysizes (`data-src`), Themify (`data-tf-src`),
// Complianz (`data-cmplz-src`), Cloudflare (`data-cfsrc`), Jetpack (`data-orig-file`).
export const SRC_ATTRS = [
  'data-src', 'data-lazy-src', 'data-tf-src', 'data-orig-src', 'data-original', 'data-lazyload', 'data-lazy',
  'data-cmplz-src', 'data-cfsrc', 'data-hi-res-src', 'data-echo', 'data-wf-src', 'data-orig-file', 'src',
];
export const SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset', 'data-tf-srcset', 'srcset'];

/**
 * True for a placeholder `src`: a data: URI, any image a lazy-load plugin ships in its own
 * folder (a3's `…/lazy-load/images/1x1.trans.gif`), or a GIF/PNG/SVG whose whole file name is
 * placeholder words (`blank.gif`, `lazy_placeholder.gif`, `1x1.trans.gif`, `spinner-64x64.svg`).
 * A name that only contains such a word is a real image: `logo-transparent.png`, `pixel-art.png`.
 *
 * @example isPlaceholderSrc('https://x/wp-content/themes/t/img/blank.gif') // → true
 * @example isPlaceholderSrc('https://x/wp-content/uploads/logo-transparent.png') // → false
 */
export function isPlaceholderSrc(src: string): boolean {
  // Every image URL is asked: one that cannot be a data: URI or a GIF/PNG/SVG is answered at once.
  if (plainNotPlaceholder(src)) return false;
  return placeholderSrc(src);
}

/**
 * True for a `src` `placeholderSrc` (the definition) surely calls no placeholder: it starts
 * with a visible ASCII character other than `d` (so no `data:`, trimmed or not), holds no `?` or
 * `#` (its file is itself) and does not end in `.gif`, `.png` or `.svg` in any case. A property
 * test holds `isPlaceholderSrc` equal to the definition.
 */
function plainNotPlaceholder(src: string): boolean {
  const first = src.charCodeAt(0);
  if (!(first > 32 && first < 127) || (first | 32) === 100) return false;
  if (src.length < 4 || src.includes('?') || src.includes('#')) return false;
  const ext = src.slice(-4).toLowerCase();
  return ext !== '.gif' && ext !== '.png' && ext !== '.svg';
}

/** The definition `isPlaceholderSrc` stands in front of (see there). */
export function placeholderSrc(src: string): boolean {
  if (/^data:/i.test(src.trim())) return true;
  const file = src.replace(/[?#].*$/, '');
  if (/\/plugins\/[^/]*lazy[^/]*\/.+\.(gif|png|svg)$/i.test(file)) return true;
  const name = /([^/]*)\.(?:gif|png|svg)$/i.exec(file)?.[1];
  if (!name) return false;
  // Numbers and sizes go with the words (`placeholder-300x200.png`), but a name of numbers alone is no placeholder.
  const words = name.toLowerCase().split(/[-_.\s]+/).filter((w) => w && !/^\d+(?:x\d+)?$/.test(w));
  return words.length ? words.every((w) => PLACEHOLDER_WORDS.has(w)) : name === '1x1';
}

/** The words placeholder file names are made of (lazy-load plugins, themes, spacer GIFs). */
const PLACEHOLDER_WORDS = new Set([
  'blank', 'placeholder', 'spacer', 'lazy', 'load', 'loader', 'loading', 'lazyload', 'lazyloader', 'lazyloading',
  'pixel', 'transparent', 'trans', 'grey', 'gray', 'spinner', 'empty', 'clear', 'px',
]);

/**
 * The URL an `<img>` really shows. Lazy loading is read from positive evidence only: the first
 * lazy-load attribute holding a URL wins; else `src`, unless it is a placeholder
 * (`isPlaceholderSrc`); only then (or with no `src`) the widest `srcset` candidate. A real `src`
 * is never replaced by a srcset candidate (which may be smaller than the file itself).
 * Jetpack's `is-pending-load` marker is removed. Null when the image has no usable URL.
 *
 * @example imageUrl({ src: 'data:image/gif;base64,R0l', 'data-lazy-src': 'https://x/a.jpg' }) // → 'https://x/a.jpg'
 */
export function imageUrl(attribs: Record<string, string>, opts: { allowDataImages?: boolean } = {}): string | null {
  for (const a of SRC_ATTRS) {
    const v = attribs[a]?.trim();
    if (!v || !looksLikeUrl(v)) continue;
    if (isPlaceholderSrc(v) && !(opts.allowDataImages && a === 'src')) continue;
    const url = safeUrl(v, { allowDataImage: opts.allowDataImages });
    if (url) return stripLazyMarkers(url);
  }
  const best = srcsetOf(attribs)[0];
  return best ? stripLazyMarkers(best.url) : null;
}

/**
 * Reads an `<img>` into an Image, taking the real URL from lazy-load attributes and never a
 * placeholder. Returns null (with a warning) when no usable URL exists. With the
 * `resolveImageOriginals` option, CDN and resized URLs point at the original upload.
 */
export function readImage(el: Element, ctx: Context, extra: { caption?: string | null; link?: string | null } = {}): Image | null {
  const url = imageUrl(el.attribs, { allowDataImages: ctx.options.allowDataImages });
  if (!url) {
    ctx.warn('image_without_url', 'Dropped an image without a usable URL', 'img');
    return null;
  }
  return {
    type: 'image',
    src: ctx.options.resolveImageOriginals ? originalImageUrl(url) : url,
    alt: collapseWhitespace(el.attribs.alt ?? ''),
    title: el.attribs.title ? collapseWhitespace(el.attribs.title) || null : null,
    width: toInt(el.attribs.width),
    height: toInt(el.attribs.height),
    caption: extra.caption ?? null,
    srcset: srcsetOf(el.attribs),
    // The link comes from the input (`<a href>` around the image): it passes the URL allow-list too.
    link: extra.link ? safeUrl(extra.link) : null,
  };
}

/** `a.jpg 300w, b.jpg 1024w` → candidates, widest first; unsafe URLs and placeholders dropped. */
export function parseSrcset(srcset: string): { url: string; descriptor: string }[] {
  const out: { url: string; descriptor: string; weight: number }[] = [];
  for (const part of srcset.split(/,\s+/)) {
    const [rawUrl, descriptor = ''] = part.trim().split(/\s+/);
    const url = safeUrl(rawUrl);
    if (!url || isPlaceholderSrc(url)) continue;
    const weight = parseFloat(descriptor) * (descriptor.endsWith('x') ? 1000 : 1) || 0;
    out.push({ url, descriptor, weight });
  }
  return out.sort((a, b) => b.weight - a.weight).map(({ url, descriptor }) => ({ url, descriptor }));
}

function srcsetOf(attribs: Record<string, string>): { url: string; descriptor: string }[] {
  for (const a of SRCSET_ATTRS) {
    const found = parseSrcset(attribs[a] ?? '');
    if (found.length) return found;
  }
  return [];
}

// Flags such as Themify's `data-lazy="1"` share names with URL attributes elsewhere.
function looksLikeUrl(v: string): boolean {
  return /[/.]/.test(v);
}

// Jetpack marks the URL it will swap in (`…&is-pending-load=1#038;ssl=1`); the mark is not part of the image.
function stripLazyMarkers(url: string): string {
  if (!url.includes('is-pending-load')) return url;
  return url.replace(/#038;/g, '&').replace(/([?&])is-pending-load=1(&|$)/, (_, lead: string, tail: string) => (tail ? lead : '')).replace(/[?&]$/, '');
}

function toInt(v: string | undefined): number | null {
  if (!v) return null;
  const n = parseInt(v, 10);
  return Number.isFinite(n) && n > 0 ? n : null;
}
