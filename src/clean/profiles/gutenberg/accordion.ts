import { findElement, hasClass } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { builderDetails } from '../kit/builder-details';
import { visibleText, textNode } from '../kit/visible-text';
import { canonical } from '../../canonical/canonical';

/**
 * Accordion block item → `<details>`: the title is the toggle's title span (the "+" icon beside
 * it is `aria-hidden` and left out), the body the item's panel.
 */
export const accordion: CleanRule = {
  name: 'gutenberg-accordion-item',
  match: { classes: ['wp-block-accordion-item'] },
  action: (el) => {
    const title = findElement(el, (e) => hasClass(e, 'wp-block-accordion-heading__toggle-title')) ?? findElement(el, (e) => hasClass(e, 'wp-block-accordion-heading'));
    const panel = findElement(el, (e) => hasClass(e, 'wp-block-accordion-panel'));
    const summary = visibleText(title);
    const open = hasClass(el, 'is-open');
    if (!summary) return builderDetails(null, panel ? [...panel.children] : [], open);
    return [canonical.details([textNode(summary)], panel ? [...panel.children] : [], open)];
  },
};
