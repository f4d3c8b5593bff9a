import type { Element } from '../../dom/dom';
import type { Context } from '../../context';
import type { Image } from '../../schema/block';
import { decodeEntities, collapseWhitespace } from '../../text/decode';
import { safeUrl } from '../../text/safe-url';

// Lazy-loading plugins keep the real URL in a data attribute and put a placeholder in src.
const SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-orig-file', 'data-original', 'data-lazy', 'src'];
const SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset', 'srcset'];

/** True for a placeholder `src` (a data: URI, a 1×1 gif, a lazy-load spinner). */
export function isPlaceholderSrc(src: string): boolean {
  return /^data:/i.test(src.trim()) || /(?:blank|placeholder|spacer|lazy[-_]?load|pixel|transparent)\.(gif|png|svg)(\?|$)/i.test(src);
}

/**
 * Reads an `<img>` into an Image, taking the real URL from lazy-load attributes and never a
 * placeholder. Returns null (with a warning) when no usable URL exists.
 */
export function readImage(el: Element, ctx: Context, extra: { caption?: string | null; link?: string | null } = {}): Image | null {
  let src: string | null = null;
  for (const a of SRC_ATTRS) {
    const v = el.attribs[a];
    if (!v || (isPlaceholderSrc(v) && !(ctx.options.allowDataImages && a === 'src'))) continue;
    src = safeUrl(v, { allowDataImage: ctx.options.allowDataImages });
    if (src) break;
  }
  if (!src) {
    ctx.warn('image_without_url', 'Dropped an image without a usable URL', 'img');
    return null;
  }
  return {
    type: 'image',
    src,
    alt: collapseWhitespace(decodeEntities(el.attribs.alt ?? '')),
    title: el.attribs.title ? collapseWhitespace(decodeEntities(el.attribs.title)) || null : null,
    width: toInt(el.attribs.width),
    height: toInt(el.attribs.height),
    caption: extra.caption ?? null,
    srcset: parseSrcset(SRCSET_ATTRS.map((a) => el.attribs[a]).find((v) => v && v.trim() !== '') ?? ''),
    link: extra.link ?? null,
  };
}

/** `a.jpg 300w, b.jpg 1024w` → candidates, widest first; unsafe URLs dropped. */
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

function toInt(v: string | undefined): number | null {
  if (!v) return null;
  const n = parseInt(v, 10);
  return Number.isFinite(n) && n > 0 ? n : null;
}
