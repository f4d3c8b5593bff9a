import { createElement, type Element } from '../../../dom/dom';
import { canonical } from '../../canonical/canonical';
import type { CleanRule } from '../../profile';
import { allByClass, byClass, isDuplicateSlide, plainText, portrait, widgetRule } from './widget';

/**
 * Pro testimonial carousel and reviews widgets: one `<u-quote>` per `.elementor-testimonial`
 * slide, its `__text` quoted and cited as "Name, Title", the person's portrait kept after the
 * words (a reader sees who said it); stars icons, arrows and swiper loop clones dropped, a
 * repeated testimonial kept once.
 *
 * @example testimonial carousel → `<u-quote citation="Ann Lee, CEO"><p>Great team.</p></u-quote>…`
 */
export const testimonialCarousel: CleanRule = widgetRule(['testimonial-carousel', 'reviews'], (el) => {
  const seen = new Set<string>();
  const out: Element[] = [];
  for (const slide of allByClass(el, 'elementor-testimonial')) {
    if (isDuplicateSlide(slide)) continue;
    const text = byClass(slide, 'elementor-testimonial__text');
    const key = plainText(text);
    if (!text || !key || seen.has(key)) continue;
    seen.add(key);
    const citation = [plainText(byClass(slide, 'elementor-testimonial__name')), plainText(byClass(slide, 'elementor-testimonial__title'))].filter(Boolean).join(', ');
    out.push(canonical.quote([createElement('div', {}, [...text.children]), ...portrait(byClass(slide, 'elementor-testimonial__image'))], citation || null));
  }
  return out;
});
