import type { CleanRule } from '../../profile';

/** Classes that hide text from sight and keep it for screen readers. */
export const SCREEN_READER_CLASSES: ReadonlySet<string> = new Set([
  'screen-reader-text', 'sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-only', 'elementor-screen-only',
  'show-for-sr', 'assistive-text', 'hidden-visually', 'sr-text', 'element-invisible', 'skip-link',
]);

/**
 * Text hidden from sight and kept for screen readers: a duplicate of what the page shows
 * ("Facebook" beside the Facebook icon, "(opens in a new tab)", a skip link), not part of what a
 * reader saw. WordPress core and themes, Bootstrap 4 and 5, Foundation, Elementor, HTML5
 * Boilerplate.
 *
 * @example '<a href="/x">Read more<span class="screen-reader-text"> about Soap</span></a>' → <a href="/x">Read more</a>
 */
export const screenReaderOnly: CleanRule = {
  name: 'screen-reader-text',
  match: { classes: [...SCREEN_READER_CLASSES] },
  action: 'drop',
};
