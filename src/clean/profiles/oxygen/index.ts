import type { Profile } from '../../profile';
import { builderButton } from '../kit/builder-button';

/**
 * Oxygen, rendered: `ct-section > ct-section-inner-wrap > ct-div-block` around `ct-headline`
 * (keeps its tag), `ct-text-block` (a paragraph), `ct-image`, `ct-link-button`. Layout needs
 * no rule; icons, maps and social icons go; link buttons become canonical markup. Oxygen often
 * keeps its content out of `post_content`, so REST may hold little of it.
 *
 * @example parsePost({ id: 1, content: { rendered: '<section class="ct-section"><h1 class="ct-headline">A</h1></section>' } }).editor // → 'oxygen'
 */
export const oxygen: Profile = {
  name: 'oxygen',
  priority: 40,
  detect: ({ classNames }) =>
    (classNames.includes('ct-') || classNames.includes('oxy-')) &&
    /\b(?:ct-section|ct-div-block|ct-text-block|ct-headline|ct-link-button|oxy-stock-content-styles)\b/.test(classNames),
  rules: [
    {
      name: 'oxygen-decoration',
      match: { classes: ['ct-fancy-icon', 'oxy-social-icons', 'oxy-map', 'oxy-google-map', 'oxy-expand-collapse-icon'] },
      action: 'drop',
    },
    { name: 'oxygen-link-button', match: { tags: ['a'], classes: ['ct-link-button'] }, action: builderButton },
  ],
};
