import { detailsRule } from '../kit/details-rule';

/**
 * Accordion block item → `<details>`: the title is the toggle's title span (the "+" icon beside
 * it is `aria-hidden` and left out), the body the item's panel.
 */
export const accordion = detailsRule({
  name: 'gutenberg-accordion-item',
  item: 'wp-block-accordion-item',
  title: ['wp-block-accordion-heading__toggle-title', 'wp-block-accordion-heading'],
  content: 'wp-block-accordion-panel',
  open: 'is-open',
});
