import { findElement, hasClass } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { builderDetails } from '../kit/builder-details';

/**
 * Accordion item: `div.fl-accordion-button > .fl-accordion-button-label` (+ an icon) and
 * `div.fl-accordion-content`. The active item (`fl-accordion-item-active`) is open.
 */
export const accordion: CleanRule = {
  name: 'beaver-accordion',
  match: { classes: ['fl-accordion-item'] },
  action: (el) => {
    const title = findElement(el, (e) => hasClass(e, 'fl-accordion-button-label')) ?? findElement(el, (e) => hasClass(e, 'fl-accordion-button'));
    const content = findElement(el, (e) => hasClass(e, 'fl-accordion-content'));
    return builderDetails(title, content ? [...content.children] : [], hasClass(el, 'fl-accordion-item-active'));
  },
};
