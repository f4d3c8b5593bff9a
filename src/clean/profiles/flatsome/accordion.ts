import { findElement, hasClass } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { builderDetails } from '../kit/builder-details';

/**
 * Accordion item: `a.accordion-title > (button.toggle) + span` and `div.accordion-inner`;
 * `a.accordion-title.active` marks the open one.
 */
export const accordion: CleanRule = {
  name: 'flatsome-accordion',
  match: { classes: ['accordion-item'] },
  action: (el) => {
    const title = findElement(el, (e) => hasClass(e, 'accordion-title'));
    const content = findElement(el, (e) => hasClass(e, 'accordion-inner'));
    return builderDetails(title, content ? [...content.children] : [], title ? hasClass(title, 'active') : false);
  },
};
