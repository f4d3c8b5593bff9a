import type { WpPost } from '../schema/wp-post';
import { htmlToPlainText } from '../text/decode';
import { TITLE_PREFIXES } from './title-prefixes';

/**
 * The title as plain text, read from `title.rendered` (or `raw`, the stored `post_title`,
 * when that is all there is) as a browser reads it: tags removed, entities decoded once, so
 * `&lt;div&gt;` is the text "<div>". WordPress's "Private: " / "Protected: " prefix is not part
 * of the title: when `title.raw` is there (`context=edit`), whatever `rendered` has in front
 * of it goes; without it, a prefix from `TITLE_PREFIXES` goes when the post is private or
 * password-protected.
 *
 * @example extractTitle({ id: 1, title: { rendered: 'Caf&eacute; &#8217;24' } }) // → 'Café ’24'
 * @example extractTitle({ id: 1, status: 'private', title: { rendered: 'Private: Plans' } }) // → 'Plans'
 */
export function extractTitle(post: WpPost): string {
  const rendered = post.title?.rendered;
  const raw = post.title?.raw;
  if (rendered === undefined) return htmlToPlainText(raw ?? '');
  const title = htmlToPlainText(rendered);
  const prefix = PREFIX.exec(title);
  if (!prefix) return title;
  const rest = title.slice(prefix[0].length);
  if (raw !== undefined) return lettersOf(rest) === lettersOf(htmlToPlainText(raw)) && rest !== '' ? rest : title;
  const protectedPost = post.content?.protected === true || post.excerpt?.protected === true || (post.password ?? '') !== '';
  const label = prefix[1]!;
  const known = (post.status === 'private' && TITLE_PREFIXES.private.includes(label)) || (protectedPost && TITLE_PREFIXES.protected.includes(label));
  return known && rest !== '' ? rest : title;
}

// A label, a colon (French puts a space before it; Chinese and Japanese a full-width one), and
// the space after it.
const PREFIX = /^([^:：]{1,40}?)\s?[:：]\s*/u;

// `rendered` went through wptexturize (curly quotes, dashes, ellipses); the stored title did
// not. Their letters and digits are the same.
function lettersOf(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '');
}
