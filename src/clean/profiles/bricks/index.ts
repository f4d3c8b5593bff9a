import { createElement } from '../../../dom/dom';
import type { Profile } from '../../profile';
import { builderButton } from '../kit/builder-button';
import { imageGallery } from '../kit/content-images';
import { accordion } from './accordion';
import { tabs } from './tabs';

/**
 * Bricks, rendered: `section.brxe-section > div.brxe-container > div.brxe-block` around
 * `brxe-heading` (keeps its tag), `brxe-text-basic` / `brxe-text`, `brxe-image`, `brxe-button`.
 * Layout needs no rule; icons and video overlays go; buttons, dividers, galleries, accordions
 * and tabs become canonical markup.
 *
 * @example parsePost({ id: 1, content: { rendered: '<section class="brxe-section"><h2 class="brxe-heading">A</h2></section>' } }).editor // → 'bricks'
 */
export const bricks: Profile = {
  name: 'bricks',
  priority: 40,
  // Element classes; the id search over the whole HTML only when `brxe-` is in it at all.
  detect: ({ html, classNames }) => /\bbrxe-/.test(classNames) || (html.includes('brxe-') && /id="brxe-[a-z0-9]{6}"/.test(html)),
  rules: [
    { name: 'bricks-decoration', match: { classes: ['brxe-icon', 'icon', 'bricks-video-overlay', 'bricks-video-overlay-icon', 'brxe-social-icons', 'brxe-map', 'bricks-swiper-button-prev', 'bricks-swiper-button-next', 'bricks-pagination'] }, action: 'drop' },
    accordion,
    tabs,
    { name: 'bricks-button', match: { tags: ['a'], classes: ['brxe-button'] }, action: builderButton },
    { name: 'bricks-divider', match: { classes: ['brxe-divider'] }, action: () => [createElement('hr')] },
    { name: 'bricks-gallery', match: { classes: ['brxe-image-gallery', 'brxe-carousel'] }, action: (el) => imageGallery(el) },
  ],
};
