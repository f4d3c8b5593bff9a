import type { CleanRule } from '../../profile';

/**
 * Markup that is never content: section/container backgrounds (overlays, shape dividers,
 * background videos and slideshows, motion-effect layers), widget chrome (carousel arrows and
 * dots, lazy-load spinners, video poster overlays, screen-reader duplicates) and widgets that
 * only decorate or navigate (spacer, icon, social icons, share buttons, menu anchor, table of
 * contents, nav menu, search form, read-more link).
 *
 * @example `<div class="elementor-background-overlay"></div>` → nothing
 */
export const decoration: CleanRule = {
  name: 'elementor-decoration',
  match: {
    classes: [
      'elementor-background-overlay', 'elementor-shape', 'elementor-background-video-container', 'elementor-background-slideshow',
      'elementor-motion-effects-container', 'elementor-swiper-button', 'swiper-pagination', 'swiper-button-prev', 'swiper-button-next',
      'swiper-lazy-preloader', 'elementor-custom-embed-image-overlay', 'elementor-custom-embed-play', 'elementor-screen-only',
      'elementor-widget-spacer', 'elementor-widget-icon', 'elementor-widget-social-icons', 'elementor-widget-share-buttons',
      'elementor-widget-menu-anchor', 'elementor-widget-table-of-contents', 'elementor-widget-nav-menu', 'elementor-widget-search-form',
      'elementor-widget-read-more', 'elementor-widget-post-navigation',
    ],
  },
  action: 'drop',
};
