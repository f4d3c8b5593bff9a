import { createElement, findElement, hasClass } from '../../../dom/dom';
import type { Profile } from '../../profile';
import { builderButton } from '../kit/builder-button';
import { imageGallery } from '../kit/content-images';
import { fancyHeading } from './fancy-heading';

/**
 * Themify Builder, rendered: `themify_builder_content > module_row > row_inner > module_column
 * > tb-column-inner > module` (sub-rows likewise). Layout needs no rule; row covers and frames
 * go; fancy headings, dividers, buttons and image sliders (lazy images with `<noscript>` twins)
 * become canonical markup. Reported as `unknown`: no editor of the list made it.
 *
 * @example parsePost({ id: 1, content: { rendered: '<div class="themify_builder_content"><div class="module_row"><p>A</p></div></div>' } }).editor // → 'unknown'
 */
export const themify: Profile = {
  name: 'themify',
  reports: 'unknown',
  priority: 30,
  // Searches for rare-first-character parts first (`_`): much cheaper than the full strings and the regex.
  detect: ({ classNames }) =>
    (classNames.includes('_builder_content') && classNames.includes('themify_builder_content')) ||
    (classNames.includes('_row') && /\bmodule_row\b/.test(classNames)),
  rules: [
    { name: 'themify-decoration', match: { classes: ['builder_row_cover', 'tb_row_frame_wrap', 'tb_slider_loader', 'tf_carousel_nav_wrap', 'carousel-nav-wrap', 'module-icon', 'tb_video_overlay'] }, action: 'drop' },
    fancyHeading,
    { name: 'themify-divider', match: { classes: ['module-divider'] }, action: () => [createElement('hr')] },
    { name: 'themify-button', match: { classes: ['module-buttons-item'] }, action: builderButton },
    {
      // A slider of images only is a gallery; a slider with text slides is left to the walker.
      name: 'themify-image-slider',
      match: { classes: ['module-slider'], test: (el) => !findElement(el, (e) => hasClass(e, 'slide-content')) },
      action: (el) => imageGallery(el),
    },
  ],
};
