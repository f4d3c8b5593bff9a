import type { Element } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { byClass, plainText, textParagraph, widgetRule } from './widget';

/**
 * Counter widget: the printed number is the animation's START (often 0); the real value is
 * `data-to-value`, shown with `data-delimiter` as thousands separator. Becomes one paragraph,
 * prefix + number + suffix, then the title.
 *
 * @example counter 0 → 1500, suffix "+", title "Happy clients" → `<p>1,500+ Happy clients</p>`
 */
export const counter: CleanRule = widgetRule('counter', (el) => {
  const number = byClass(el, 'elementor-counter-number');
  const value = number ? formatValue(number) : '';
  const figure = `${plainText(byClass(el, 'elementor-counter-number-prefix'))}${value}${plainText(byClass(el, 'elementor-counter-number-suffix'))}`;
  const text = [figure, plainText(byClass(el, 'elementor-counter-title'))].filter(Boolean).join(' ');
  return text ? [textParagraph(text)] : null;
});

function formatValue(el: Element): string {
  const raw = (el.attribs['data-to-value'] ?? '').trim();
  if (!/^-?\d+(\.\d+)?$/.test(raw)) return raw || plainText(el);
  const delimiter = el.attribs['data-delimiter'];
  if (delimiter === undefined) return raw;
  const [int = '', frac] = raw.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, delimiter);
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}
