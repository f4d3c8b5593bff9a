import { classList, findElement, findElements, type Element } from '../../../dom/dom';
import { canonical } from '../../canonical/canonical';
import type { CleanRule } from '../../profile';
import { galleryFigures, type GalleryItem } from './gallery-figure';
import { byClass, isDuplicateSlide, linkAround, widgetRule } from './widget';

/**
 * Image carousel widget: swiper slides (`figure.swiper-slide-inner > img.swiper-slide-image`,
 * lazy `data-src`, `figcaption.elementor-image-carousel-caption`) or, before Elementor 3, slick
 * slides. → `<u-gallery>`; arrows, dots, preloaders and loop clones dropped.
 *
 * @example image carousel → `<u-gallery><figure><img src="a.jpg"><figcaption>A</figcaption></figure>…</u-gallery>`
 */
export const imageCarousel: CleanRule = widgetRule('image-carousel', (el) => {
  const slides = findElements(el, (e) => isSlide(e) && !isDuplicateSlide(e) && !classList(e).includes('slick-cloned'));
  const items: GalleryItem[] = [];
  for (const slide of slides.length ? slides : [el]) {
    for (const img of findElements(slide, (e) => e.name === 'img')) {
      const caption = byClass(slide, 'elementor-image-carousel-caption') ?? findElement(slide, (e) => e.name === 'figcaption');
      items.push({ img, href: linkAround(img, el)?.attribs.href ?? null, caption: caption && slides.length ? [...caption.children] : [] });
    }
  }
  const figures = galleryFigures(items);
  return figures.length ? [canonical.gallery(figures)] : null;
});

function isSlide(e: Element): boolean {
  const c = classList(e);
  return c.includes('swiper-slide') || c.includes('slick-slide');
}
