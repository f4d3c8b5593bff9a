import { autop } from '@wordpress/autop';
import type { WpPost } from '../schema/wp-post';
import { wpPost, type WpPostOverrides } from './wp-post';

/**
 * A post written in the classic editor (TinyMCE), as WordPress 6.x's REST API sends it:
 * `content.rendered` is `html` through wpautop (blank lines become paragraphs, single line
 * breaks `<br />`), by `@wordpress/autop`, the editor's own port of the PHP function.
 * Shortcodes are left as written, as on a site where none is registered; curly quotes
 * (wptexturize) are not made, so the text asserted is the text written.
 *
 * @param html - the post as typed in the editor's Text tab.
 * @param overrides - other fields of the post, as `wpPost` takes them.
 * @returns a REST post object, valid against `WpPostSchema`.
 * @example
 * classicPost('First paragraph.\n\nSecond, with a\nline break.').content?.rendered
 * // → '<p>First paragraph.</p>\n<p>Second, with a<br />\nline break.</p>\n'
 */
export function classicPost(html: string, overrides: WpPostOverrides = {}): WpPost {
  if (typeof html !== 'string') throw new TypeError('classicPost: `html` must be a string');
  return wpPost({ ...overrides, content: autop(html) });
}
