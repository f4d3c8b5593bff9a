import { findElements, isTag, parseFragment, remove, textOf, type AnyNode, type Element } from '../../../dom/dom';
import { imageUrl } from '../../../extract/body/read-image';
import type { CleanRule } from '../../profile';
import { previousElement } from '../kit/content-images';

/**
 * The real images inside a `<noscript>`, whether the parser read its content as markup
 * (htmlparser2 does) or as text (parse5 with scripting on). Tracking pixels are left out.
 *
 * @example noscriptImages(parseFragment('<noscript><img src="a.jpg"></noscript>')[0]) // → [img]
 */
export function noscriptImages(noscript: Element): Element[] {
  const hasElements = noscript.children.some(isTag);
  const nodes: AnyNode[] = hasElements ? noscript.children : parseFragment(textOf(noscript));
  const imgs: Element[] = [];
  for (const n of nodes) {
    if (isTag(n) && n.name === 'img') imgs.push(n);
    else if (isTag(n)) imgs.push(...findElements(n, (e) => e.name === 'img'));
  }
  return imgs.filter((img) => imageUrl(img.attribs) !== null && !isTrackingPixel(img));
}

/**
 * Lazy-load plugins print the real image again in `<noscript>` after the lazy one. The two
 * become one image: the lazy image takes the noscript URL when it has none of its own, and a
 * noscript image with no lazy twin takes the noscript's place. Anything else in a noscript
 * (tracking pixels, tag-manager iframes) is dropped.
 *
 * @example '<img src="data:…" data-lazy-src="a.jpg"><noscript><img src="a.jpg"></noscript>' → one image, a.jpg
 */
export const noscript: CleanRule = {
  name: 'noscript-images',
  match: { tags: ['noscript'] },
  action: (el) => {
    const imgs = noscriptImages(el);
    if (!imgs.length) return null;
    const twin = previousElement(el);
    if (twin?.name === 'img') {
      if (!imageUrl(twin.attribs)) adoptUrl(twin, imgs[0]!);
      return null;
    }
    for (const img of imgs) remove(img);
    return imgs;
  },
};

function adoptUrl(lazy: Element, real: Element): void {
  for (const a of ['src', 'srcset', 'width', 'height', 'alt']) {
    const v = real.attribs[a];
    if (v !== undefined && (a === 'src' || a === 'srcset' || !lazy.attribs[a])) lazy.attribs[a] = v;
  }
}

// Analytics `<noscript><img height="1" width="1" style="display:none" src="…/tr?…"></noscript>`.
function isTrackingPixel(img: Element): boolean {
  const { width, height, style = '', src = '' } = img.attribs;
  return width === '1' || height === '1' || width === '0' || height === '0' || /display\s*:\s*none/i.test(style) || /[?&]noscript=1\b|facebook\.com\/tr\b/.test(src);
}
