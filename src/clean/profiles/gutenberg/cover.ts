import type { CleanRule } from '../../profile';

/**
 * Cover block: the overlay span and a background video are decoration. The background image
 * stays (it is often the only picture of the section) and the inner container is looked through.
 */
export const cover: CleanRule = {
  name: 'gutenberg-cover-decoration',
  match: { classes: ['wp-block-cover__background', 'wp-block-cover__gradient-background', 'wp-block-cover__video-background'] },
  action: 'drop',
};
