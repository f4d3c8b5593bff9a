import type { CleanRule } from '../../profile';

/**
 * Elementor 4 (atomic) elements that only decorate: the SVG icon (`e-svg`, inline SVG or an
 * `<img>` of an .svg file sized to its box) and the background-video layers
 * (`e-background-video*`). Dropped with their link, if any: there is no text to keep.
 * Source: elementor/elementor `modules/atomic-widgets/elements/atomic-svg/atomic-svg.html.twig`.
 *
 * @example `<div class="e-svg-base"><svg>…</svg></div>` → nothing
 */
export const atomicDecoration: CleanRule = {
  name: 'elementor-atomic-decoration',
  match: { classes: ['e-svg-base', 'e-background-video-base'] },
  action: 'drop',
};
