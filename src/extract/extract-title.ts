import type { WpPost } from '../schema/wp-post';
import { htmlToPlainText } from '../text/decode';

/**
 * The title as plain text: `title.rendered` (or `raw` in `context=edit` responses), tags
 * removed and every entity decoded.
 *
 * @example extractTitle({ id: 1, title: { rendered: 'Caf&eacute; &#8217;24' } }) // → 'Café ’24'
 */
export function extractTitle(post: WpPost): string {
  return htmlToPlainText(post.title?.rendered ?? post.title?.raw ?? '');
}
