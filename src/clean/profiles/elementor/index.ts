import type { Profile } from '../../profile';
import { heading } from './heading';
import { image } from './image';

/**
 * Elementor, both layouts: legacy sections/columns and flexbox containers. Layout wrappers
 * need no rule (the block walker looks through any element it has no handler for); what is
 * here drops decoration and turns widgets into canonical markup.
 */
export const elementor: Profile = {
  name: 'elementor',
  priority: 50,
  detect: ({ html, classList }) =>
    html.includes('data-elementor-type') || /class="[^"]*\belementor-(?:section|element|widget)\b/.test(html) || classList.some((c) => c.startsWith('elementor')),
  rules: [
    {
      name: 'elementor-decoration',
      match: {
        classes: [
          'elementor-background-overlay', 'elementor-shape', 'elementor-background-video-container',
          'elementor-background-slideshow', 'elementor-motion-effects-container', 'elementor-widget-spacer',
        ],
      },
      action: 'drop',
    },
    heading,
    image,
  ],
};
