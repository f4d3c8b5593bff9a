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
  const withoutMore = withoutMoreLinks(html);
  const text = withoutMoreMark(htmlToPlainText(withoutMore).trimEnd()).trim();
  return text === '' ? null : text;
}

// WordPress's `[…]` (or `[...]`) at the end of an automatic excerpt. (A pattern with `\s*` before
// it would try every position of a long run of spaces.)
function withoutMoreMark(text: string): string {
  for (const mark of ['[…]', '[...]']) if (text.endsWith(mark)) return text.slice(0, -mark.length);
  return text;
}

// The theme's "Read more" links (`<a class="more-link">…</a>`), removed in one pass: a pattern
// with `[\s\S]*?<\/a>` scans to the end from every `<a` when no `</a>` follows.
function withoutMoreLinks(html: string): string {
  if (!/more-link/i.test(html)) return html;
  const lower = html.toLowerCase();
  let out = '';
  let from = 0;
  for (let at = lower.indexOf('<a', 0); at !== -1; at = lower.indexOf('<a', at)) {
    const end = html.indexOf('>', at);
    if (end === -1) break;
    if (/\w/.test(html[at + 2] ?? '') || !/class="[^"]*more-link[^"]*"/i.test(html.slice(at, end))) {
      at = end;
      continue;
    }
    // No `</a>` after this one: none after any later `<a` either.
    const close = lower.indexOf('</a>', end);
    if (close === -1) break;
    out += html.slice(from, at);
    from = at = close + 4;
  }
  return out + html.slice(from);
}
