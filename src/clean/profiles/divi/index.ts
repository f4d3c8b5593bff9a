import { createElement } from '../../../dom/dom';
import type { Profile } from '../../profile';
import { builderButton } from '../kit/builder-button';
import { gallery } from './gallery';
import { diviGlobalChrome } from './global-chrome';
import { numberCounter } from './number-counter';
import { tabs } from './tabs';
import { testimonial } from './testimonial';
import { toggle } from './toggle';

/**
 * Divi (Elegant Themes), rendered: `et_pb_section > et_pb_row > et_pb_column > et_pb_module`.
 * Layout needs no rule (the block walker looks through it); decoration, navigation and icons
 * go, and toggles, tabs, testimonials, buttons, galleries and dividers become canonical
 * markup. Raw `[et_pb_…]` shortcodes are the shortcode stage's; this profile detects them too
 * so such posts report `divi`.
 *
 * @example parsePost({ id: 1, content: { rendered: '<div class="et_pb_module et_pb_text"><div class="et_pb_text_inner"><p>A</p></div></div>' } }).editor // → 'divi'
 */
export const divi: Profile = {
  name: 'divi',
  priority: 40,
  // Module classes, or `[et_pb_…]` shortcodes in the text. Each search starts with a part whose
  // first character is rare (`_`): V8 skips through the text to it, so a miss costs little.
  detect: ({ html, classList, classNames }) =>
    (classNames.includes('_pb_') && classNames.includes('et_pb_')) ||
    (classNames.includes('_builder_inner') && classNames.includes('et_builder_inner_content')) ||
    classList.includes('et_pb_pagebuilder_layout') ||
    (html.includes('_pb_') && html.includes('[et_pb_')),
  rules: [
    diviGlobalChrome,
    {
      name: 'divi-decoration',
      match: {
        classes: [
          'et_parallax_bg_wrap', 'et_parallax_bg', 'et_pb_section_video_bg', 'et_pb_background_mask', 'et_pb_background_pattern',
          'et_pb_top_inside_divider', 'et_pb_bottom_inside_divider', 'et_pb_slide_overlay_container', 'et_pb_testimonial_portrait',
          'et-pb-slider-arrows', 'et-pb-controllers', 'et_pb_gallery_pagination', 'et_pb_video_overlay', 'et-pb-icon',
          'et_pb_scroll_top', 'et_pb_social_media_follow', 'et_pb_title_meta_container', 'et_pb_title_featured_container',
          'et_pb_widget_area', 'et_pb_post_nav', 'et_pb_map_container', 'et_pb_comments_module',
        ],
      },
      action: 'drop',
    },
    { name: 'divi-forms', match: { classes: ['et_pb_contact_form_container', 'et_pb_newsletter', 'et_pb_signup', 'et_pb_login', 'et_pb_search'] }, action: 'drop', warn: 'dropped_form' },
    // The image module wraps its `<img>` in a span; unwrapped, a linked image is `a > img` again.
    { name: 'divi-image-wrap', match: { classes: ['et_pb_image_wrap'] }, action: 'unwrap' },
    toggle,
    tabs,
    testimonial,
    gallery,
    numberCounter,
    { name: 'divi-button', match: { tags: ['a'], classes: ['et_pb_button'] }, action: builderButton },
    { name: 'divi-divider', match: { classes: ['et_pb_divider'] }, action: (el) => (el.attribs.class?.includes('et_pb_divider_hidden') ? null : [createElement('hr')]) },
  ],
};
