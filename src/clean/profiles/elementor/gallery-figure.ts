import { createElement, type AnyNode, type Element } from '../../../dom/dom';

/** One picture of a gallery or carousel, before it becomes canonical markup. */
export interface GalleryItem {
  img: Element;
  href: string | null;
  caption: AnyNode[];
}

/**
 * `<figure>[<a href>]<img>[</a>][<figcaption>]</figure>` for each item, skipping repeats of the
 * same image (swiper and slick print loop clones; the gallery handler decides whether a link
 * merely points at the image file).
 *
 * @example galleryFigures([{ img, href: null, caption: [] }]) // → [<figure><img></figure>]
 */
export function galleryFigures(items: GalleryItem[]): Element[] {
  const seen = new Set<string>();
  const out: Element[] = [];
  for (const { img, href, caption } of items) {
    const key = img.attribs['data-src'] ?? img.attribs['data-lazy-src'] ?? img.attribs.src ?? '';
    if (key && seen.has(key)) continue;
    seen.add(key);
    const media = href ? createElement('a', { href }, [img]) : img;
    const kids = caption.length ? [media, createElement('figcaption', {}, caption)] : [media];
    out.push(createElement('figure', {}, kids));
  }
  return out;
}

/** An `<img>` for pictures Elementor paints as CSS backgrounds (Pro gallery, media carousel). */
export function backgroundImage(el: Element): Element | null {
  const style = el.attribs.style ?? '';
  const fromStyle = /background-image\s*:\s*url\(\s*['"]?([^'")]+)['"]?\s*\)/i.exec(style)?.[1];
  const src = el.attribs['data-thumbnail'] ?? el.attribs['data-background'] ?? fromStyle;
  if (!src) return null;
  const attribs: Record<string, string> = { src, alt: el.attribs['aria-label'] ?? '' };
  if (el.attribs['data-width']) attribs.width = el.attribs['data-width'];
  if (el.attribs['data-height']) attribs.height = el.attribs['data-height'];
  return createElement('img', attribs);
}
