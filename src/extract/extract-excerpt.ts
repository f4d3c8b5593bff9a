import type { WpPost } from '../schema/wp-post';
import { htmlToPlainText } from '../text/decode';

/**
 * The excerpt as plain text, or null when there is none (or the post is protected, where
 * WordPress renders an empty excerpt). A trailing `[…]` or "Read more" link is removed.
 *
 * @example extractExcerpt({ id: 1, excerpt: { rendered: '<p>Hi &amp; bye [&hellip;]</p>' } }) // → 'Hi & bye'
 */
export function extractExcerpt(post: WpPost): string | null {
  // An attachment's excerpt is its caption.
  const html = post.excerpt?.rendered ?? post.excerpt?.raw ?? (post.type === 'attachment' ? (post.caption?.rendered ?? '') : '');
  const withoutMore = html.replace(/<a\b[^>]*class="[^"]*more-link[^"]*"[^>]*>[\s\S]*?<\/a>/gi, '');
  const text = htmlToPlainText(withoutMore).replace(/\s*\[(?:…|\.\.\.)\]\s*$/, '').trim();
  return text === '' ? null : text;
}
