import type { CleanRule } from '../../profile';

/** Spacer block: an empty `div` with a height, never content. */
export const spacer: CleanRule = { name: 'gutenberg-spacer', match: { classes: ['wp-block-spacer'] }, action: 'drop' };
