import { detailsRule } from '../kit/details-rule';

/**
 * Accordion item: `a.accordion-title > (button.toggle) + span` and `div.accordion-inner`;
 * `a.accordion-title.active` marks the open one.
 */
export const accordion = detailsRule({ name: 'flatsome-accordion', item: 'accordion-item', title: ['accordion-title'], content: 'accordion-inner', open: 'active', openOn: 'title' });
