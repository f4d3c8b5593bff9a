import { detailsRule } from '../kit/details-rule';

/**
 * Accordion item: `div.fl-accordion-button > .fl-accordion-button-label` (+ an icon) and
 * `div.fl-accordion-content`. The active item (`fl-accordion-item-active`) is open.
 */
export const accordion = detailsRule({
  name: 'beaver-accordion',
  item: 'fl-accordion-item',
  title: ['fl-accordion-button-label', 'fl-accordion-button'],
  content: 'fl-accordion-content',
  open: 'fl-accordion-item-active',
});
