import { createElement, findElements, isTag, textOf, type AnyNode, type Element } from '../../../dom/dom';
import { imageUrl } from '../../../extract/body/read-image';
import { noscriptImages } from '../noise/noscript';
import { textNode } from './visible-text';

/**
 * The images a widget shows, once each: an image inside `<noscript>` is the twin of the lazy
 * image before it and only stands in when that one has no usable URL.
 *
 * @example contentImages(slider) // → [img, img] (never the noscript copies as well)
 */
export function contentImages(root: Element): Element[] {
  const out: Element[] = [];
  for (const img of findElements(root, (e) => e.name === 'img')) {
    if (insideNoscript(img, root)) continue;
    if (imageUrl(img.attribs)) {
      out.push(img);
      continue;
    }
    const twin = nextElement(img);
    const real = twin?.name === 'noscript' ? noscriptImages(twin)[0] : undefined;
    if (real) out.push(real);
  }
  return out;
}

/**
 * A canonical `<u-gallery>` of a widget's images, each in a figure with the caption
 * `captionOf` finds for it. Null (drop the widget) when it shows no image.
 *
 * @example imageGallery(divGallery, (img) => null) // → [<u-gallery><figure><img></figure>…</u-gallery>]
 */
export function imageGallery(root: Element, captionOf: (img: Element) => string | null = () => null): Element[] | null {
  const images = contentImages(root);
  if (!images.length) return null;
  const figures = images.map((img) => {
    const caption = captionOf(img);
    return createElement('figure', {}, caption ? [img, createElement('figcaption', {}, [textNode(caption)])] : [img]);
  });
  return [createElement('u-gallery', {}, figures)];
}

function insideNoscript(n: AnyNode, root: Element): boolean {
  for (let p = n.parent; p && p !== root; p = p.parent) if (isTag(p) && p.name === 'noscript') return true;
  return false;
}

/** The next element sibling, unless visible text stands between. */
export function nextElement(n: AnyNode): Element | null {
  for (let s = n.next; s; s = s.next) {
    if (isTag(s)) return s;
    if (s.type === 'text' && textOf(s).trim() !== '') return null;
  }
  return null;
}

/** The previous element sibling, unless visible text stands between. */
export function previousElement(n: AnyNode): Element | null {
  for (let s = n.prev; s; s = s.prev) {
    if (isTag(s)) return s;
    if (s.type === 'text' && textOf(s).trim() !== '') return null;
  }
  return null;
}
