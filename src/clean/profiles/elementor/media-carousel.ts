import { classList, findElements, type Element } from '../../../dom/dom';
import { canonical } from '../../canonical/canonical';
import type { CleanRule } from '../../profile';
import { backgroundImage, galleryFigures, type GalleryItem } from './gallery-figure';
import { allByClass, byClass, isDuplicateSlide, linkAround, plainText, textNode, widgetRule } from './widget';

/**
 * Pro media carousel widget: each slide paints `.elementor-carousel-image` as a background
 * (`data-background` when lazy, else the inline style), alt in `aria-label`, an optional
 * overlay text. → `<u-gallery>` of figures; navigation and loop clones dropped.
 *
 * @example media carousel → `<u-gallery><figure><img src="a.jpg"></figure>…</u-gallery>`
 */
export const mediaCarousel: CleanRule = widgetRule('media-carousel', (el) => {
  const items: GalleryItem[] = [];
  const slides = findElements(el, (e) => classList(e).includes('swiper-slide') && !isDuplicateSlide(e));
  for (const slide of slides) {
    for (const pic of allByClass(slide, 'elementor-carousel-image')) {
      const img = backgroundImage(pic);
      if (img) items.push({ img, href: linkAround(pic, el)?.attribs.href ?? null, caption: overlay(slide) });
    }
  }
  const figures = galleryFigures(items);
  return figures.length ? [canonical.gallery(figures)] : null;
});

function overlay(slide: Element) {
  const text = plainText(byClass(slide, 'elementor-carousel-image-overlay'));
  return text ? [textNode(text)] : [];
}
