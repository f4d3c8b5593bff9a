import { createElement, findElement, hasClass } from '../../../dom/dom';
import type { Profile } from '../../profile';
import { builderButton } from '../kit/builder-button';
import { imageGallery } from '../kit/content-images';
import { pie } from './pie';
import { toggle } from './toggle';
import { tta } from './tta';

/**
 * WPBakery (Visual Composer), rendered: `vc_row > wpb_column > vc_column-inner > wpb_wrapper`.
 * Layout needs no rule; spacers, backgrounds, icons and carousel navigation go; TTA tabs and
 * accordions, toggles, buttons, separators and galleries become canonical markup. Raw
 * `[vc_…]` shortcodes are the shortcode stage's; this profile detects them too.
 *
 * @example parsePost({ id: 1, content: { rendered: '<div class="vc_row wpb_row"><div class="wpb_wrapper"><p>A</p></div></div>' } }).editor // → 'wpbakery'
 */
export const wpbakery: Profile = {
  name: 'wpbakery',
  priority: 40,
  // Row and column classes (a plain search first: cheaper than the regex), or `[vc_…]` shortcodes in the text.
  detect: ({ html, classNames }) =>
    ((classNames.includes('vc_') || classNames.includes('wpb')) &&
      /\b(?:vc_row|wpb_row|wpb_wrapper|wpb_text_column|vc_column|wpb-content-wrapper)\b/.test(classNames)) ||
    html.includes('[vc_'),
  rules: [
    {
      name: 'wpbakery-decoration',
      match: {
        classes: [
          'vc_empty_space', 'vc_row-full-width', 'vc_parallax-inner', 'vc_video-bg', 'vc_icon_element', 'vc_message_box-icon',
          'vc_carousel-indicators', 'vc_carousel-control', 'flex-direction-nav', 'flex-control-nav', 'vc_sep_holder', 'vc_tta-controls-icon',
        ],
      },
      action: 'drop',
    },
    tta,
    toggle,
    pie,
    { name: 'wpbakery-button', match: { classes: ['vc_btn3-container', 'vc_btn3', 'vc_button-2-wrapper'] }, action: builderButton },
    // A text separator keeps its title (an `h4` between two lines); a plain one is a thematic break.
    {
      name: 'wpbakery-separator',
      match: { classes: ['vc_separator'] },
      action: (el) => (hasClass(el, 'vc_text_separator') || findElement(el, (e) => /^h[1-6]$/.test(e.name)) ? undefined : [createElement('hr')]),
    },
    { name: 'wpbakery-gallery', match: { classes: ['wpb_gallery_slides', 'vc_images_carousel'] }, action: (el) => imageGallery(el) },
  ],
};
