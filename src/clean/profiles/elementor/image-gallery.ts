import { findElements, hasClass, isTag } from '../../../dom/dom';
import { canonical } from '../../canonical/canonical';
import type { CleanRule } from '../../profile';
import { galleryFigures, type GalleryItem } from './gallery-figure';
import { linkAround, widgetRule } from './widget';

/**
 * Basic gallery widget (`image-gallery`): WordPress `[gallery]` output inside, in its HTML5
 * form (`figure.gallery-item` + `figcaption`) or the old one (`dl.gallery-item > dt + dd`),
 * with its `<style>` block. → `<u-gallery>` of figures with their captions.
 *
 * @example basic gallery → `<u-gallery><figure><img><figcaption>Cap</figcaption></figure>…</u-gallery>`
 */
export const imageGallery: CleanRule = widgetRule('image-gallery', (el) => {
  const items: GalleryItem[] = [];
  for (const img of findElements(el, (e) => e.name === 'img')) {
    let item = img.parent;
    while (item && item !== el && !(isTag(item) && hasClass(item, 'gallery-item'))) item = item.parent;
    const scope = item && item !== el && isTag(item) ? item : null;
    const caption = scope ? findElements(scope, (e) => hasClass(e, 'gallery-caption') || hasClass(e, 'wp-caption-text'))[0] : undefined;
    items.push({ img, href: linkAround(img, el)?.attribs.href ?? null, caption: caption ? [...caption.children] : [] });
  }
  const figures = galleryFigures(items);
  return figures.length ? [canonical.gallery(figures)] : null;
});
