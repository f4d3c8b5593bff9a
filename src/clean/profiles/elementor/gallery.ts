import { hasClass, type Element } from '../../../dom/dom';
import { canonical } from '../../canonical/canonical';
import type { CleanRule } from '../../profile';
import { backgroundImage, galleryFigures, type GalleryItem } from './gallery-figure';
import { allByClass, byClass, plainText, textNode, widgetRule } from './widget';

/**
 * Pro gallery widget (`gallery`): each `.e-gallery-item` paints its picture as a background
 * (`.e-gallery-image[data-thumbnail]`, alt in `aria-label`), with an optional title and
 * description overlay. → `<u-gallery>` of figures, the title (and description) as caption.
 *
 * @example Pro gallery → `<u-gallery><figure><a href="/p"><img src="…"></a><figcaption>Title</figcaption></figure></u-gallery>`
 */
export const gallery: CleanRule = widgetRule('gallery', (el) => {
  const items: GalleryItem[] = [];
  for (const item of allByClass(el, 'e-gallery-item')) {
    const pic = byClass(item, 'e-gallery-image') ?? (hasClass(item, 'e-gallery-image') ? item : null);
    const img = pic ? backgroundImage(pic) : null;
    if (!img) continue;
    items.push({ img, href: item.name === 'a' ? (item.attribs.href ?? null) : null, caption: caption(item) });
  }
  const figures = galleryFigures(items);
  return figures.length ? [canonical.gallery(figures)] : null;
});

function caption(item: Element) {
  const parts = [plainText(byClass(item, 'elementor-gallery-item__title')), plainText(byClass(item, 'elementor-gallery-item__description'))].filter(Boolean);
  return parts.length ? [textNode(parts.join(' – '))] : [];
}
