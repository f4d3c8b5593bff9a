import { coreShortcodes } from '../clean/shortcodes/core-shortcodes';
import { defaultShortcodes } from '../clean/shortcodes/handlers';
import { tokenizeShortcodes } from '../clean/shortcodes/tokenize-shortcodes';
import type { WpPost } from '../schema/wp-post';
import { htmlToPlainText } from '../text/decode';

/**
 * The excerpt as plain text, or null when there is none (or the post is protected, where
 * WordPress renders an empty excerpt). A trailing `[…]` or "Read more" link is removed, and so
 * are the tags of page builders' shortcodes (`[vc_row]`): WordPress makes an excerpt from the
 * stored content, where a builder that did not run leaves its tags around the words.
 *
 * @example extractExcerpt({ id: 1, excerpt: { rendered: '<p>Hi &amp; bye [&hellip;]</p>' } }) // → 'Hi & bye'
 */
export function extractExcerpt(post: WpPost): string | null {
  // An attachment's excerpt is its caption.
  const html = post.excerpt?.rendered ?? post.excerpt?.raw ?? (post.type === 'attachment' ? (post.caption?.rendered ?? '') : '');
  const withoutMore = html.replace(/<a\b[^>]*class="[^"]*more-link[^"]*"[^>]*>[\s\S]*?<\/a>/gi, '');
  const text = withoutBuilderTags(htmlToPlainText(withoutMore)).replace(/\s*\[(?:…|\.\.\.)\]\s*$/, '').trim();
  return text === '' ? null : text;
}

// Tags of the shortcodes unpress knows from page builders go; a core shortcode's tag or any
// other bracketed text stays (it is what the reader saw).
function withoutBuilderTags(text: string): string {
  if (!text.includes('[')) return text;
  const out = tokenizeShortcodes(text)
    .map((s) => (s.kind === 'text' ? s.text : isBuilderTag(s.name) ? ' ' : s.raw))
    .join('')
    .replace(/\s+/g, ' ');
  // WordPress cut the excerpt inside a tag (`[vc_column width="1/2"…`): that tail goes too.
  const open = out.lastIndexOf('[');
  const tail = open < 0 ? null : /^\[([A-Za-z_][\w-]*)\s/.exec(out.slice(open, open + 80));
  return tail && !out.includes(']', open) && isBuilderTag(tail[1]!) ? out.slice(0, open) : out;
}

function isBuilderTag(name: string): boolean {
  return Object.hasOwn(defaultShortcodes, name) && !coreShortcodes.has(name);
}
