import { createElement } from '../../../dom/dom';
import { canonical } from '../../canonical/canonical';
import type { CleanRule } from '../../profile';
import { byClass, plainText, portrait, widgetRule } from './widget';

/**
 * Testimonial widget: `.elementor-testimonial-content` becomes a `<u-quote>` cited as
 * "Name, Job" (from `.elementor-testimonial-name` / `-job`), the person's portrait kept after
 * the words.
 *
 * @example testimonial → `<u-quote citation="Ann Lee, CEO"><p>Great team.</p></u-quote>`
 */
export const testimonial: CleanRule = widgetRule('testimonial', (el) => {
  const content = byClass(el, 'elementor-testimonial-content');
  if (!content) return null;
  const citation = [plainText(byClass(el, 'elementor-testimonial-name')), plainText(byClass(el, 'elementor-testimonial-job'))].filter(Boolean).join(', ');
  return [canonical.quote([createElement('div', {}, [...content.children]), ...portrait(byClass(el, 'elementor-testimonial-image'))], citation || null)];
});
