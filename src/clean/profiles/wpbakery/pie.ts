import { findElement, hasClass, Text } from '../../../dom/dom';
import type { CleanRule } from '../../profile';

/** Pie chart: the value a script animates to is in `data-pie-value` (+ `data-pie-units`). */
export const pie: CleanRule = {
  name: 'wpbakery-pie',
  match: { classes: ['vc_pie_chart'], attrs: { 'data-pie-value': true } },
  action: (el) => {
    const value = findElement(el, (e) => hasClass(e, 'vc_pie_chart_value'));
    if (value) {
      const text = new Text(`${el.attribs['data-pie-value']}${el.attribs['data-pie-units'] ?? ''}`);
      text.parent = value;
      value.children = [text];
    }
    return undefined;
  },
};
