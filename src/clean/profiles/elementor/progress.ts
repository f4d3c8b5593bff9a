import { findElement } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { byClass, plainText, textParagraph, widgetRule } from './widget';

/**
 * Progress bar widget: the bar is drawn by JS from `data-max` (or `aria-valuenow`); the value
 * and labels become one paragraph, "Title: 75%" (the bar's inner text, if any, before the
 * value).
 *
 * @example progress "Design", 75 → `<p>Design: 75%</p>`
 */
export const progress: CleanRule = widgetRule('progress', (el) => {
  const bar = findElement(el, (e) => 'data-max' in e.attribs || 'aria-valuenow' in e.attribs);
  const raw = bar?.attribs['data-max'] ?? bar?.attribs['aria-valuenow'];
  const value = raw && /^\d+(\.\d+)?$/.test(raw.trim()) ? `${raw.trim()}%` : plainText(byClass(el, 'elementor-progress-percentage'));
  const title = plainText(byClass(el, 'elementor-title'));
  const label = [title, plainText(byClass(el, 'elementor-progress-text'))].filter(Boolean);
  const text = label.length ? `${label.join(': ')}${value ? `: ${value}` : ''}` : value;
  return text ? [textParagraph(text)] : null;
});
