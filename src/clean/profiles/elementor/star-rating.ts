import { findElement, type Element } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { byClass, plainText, textParagraph, widgetRule } from './widget';

/**
 * Star rating (`star-rating`) and rating (`rating`) widgets: the stars are icon fonts, the value
 * is in attributes. Becomes one paragraph, "Title: 4.5/5" (the title only when there is one).
 *
 * @example star rating "Quality", 4.5 of 5 → `<p>Quality: 4.5/5</p>`
 */
export const starRating: CleanRule = widgetRule(['star-rating', 'rating'], (el) => {
  const value = ratingOf(el);
  const title = plainText(byClass(el, 'elementor-star-rating__title') ?? byClass(el, 'e-rating-title'));
  const text = [title, value].filter(Boolean).join(': ');
  return text ? [textParagraph(text)] : null;
});

function ratingOf(el: Element): string {
  const star = byClass(el, 'elementor-star-rating');
  if (star?.attribs.title && /\d/.test(star.attribs.title)) return star.attribs.title.trim();
  const meta = (prop: string) => findElement(el, (e) => e.attribs.itemprop === prop)?.attribs.content;
  const value = meta('ratingValue');
  if (value) return `${value}/${meta('bestRating') ?? '5'}`;
  const label = findElement(el, (e) => /\d/.test(e.attribs['aria-label'] ?? ''))?.attribs['aria-label'];
  const m = label ? /([\d.]+)\D+([\d.]+)/.exec(label) : null;
  return m ? `${m[1]}/${m[2]}` : '';
}
