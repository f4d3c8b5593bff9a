import { findElement, hasClass, Text } from '../../../dom/dom';
import type { CleanRule } from '../../profile';

/**
 * Number and circle counters print an empty `span.percent-value` that a script counts up to
 * `data-number-value`: the real number is written in.
 */
export const numberCounter: CleanRule = {
  name: 'divi-number-counter',
  match: { attrs: { 'data-number-value': true } },
  action: (el) => {
    const value = findElement(el, (e) => hasClass(e, 'percent-value'));
    if (value) {
      const text = new Text(el.attribs['data-number-value']!);
      text.parent = value;
      value.children = [text];
    }
    return undefined;
  },
};
