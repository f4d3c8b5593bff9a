import { findElement, hasClass, isTag, type Element } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { builderDetails } from '../kit/builder-details';

/**
 * Accordion: `ul.brxe-accordion > li.accordion-item > (div.accordion-title-wrapper > h3.accordion-title)
 * + div.accordion-content-wrapper`. The `ul` is not a list: each item becomes a details, and the
 * title's heading level (a style setting) does not enter the outline.
 */
export const accordion: CleanRule = {
  name: 'bricks-accordion',
  match: { classes: ['brxe-accordion', 'brxe-accordion-nested'] },
  action: (el) => {
    const items = el.children.filter((c): c is Element => isTag(c) && (hasClass(c, 'accordion-item') || hasClass(c, 'brxe-block')));
    if (!items.length) return undefined;
    return items.flatMap((item) => {
      const title = findElement(item, (e) => hasClass(e, 'accordion-title-wrapper'));
      const content = findElement(item, (e) => hasClass(e, 'accordion-content-wrapper'));
      return builderDetails(title, content ? [...content.children] : [], hasClass(item, 'brx-open'));
    });
  },
};
