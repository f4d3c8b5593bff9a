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
  const withoutMore = withoutMoreLinks(html);
  const text = withoutMoreMark(withoutBuilderTags(htmlToPlainText(withoutMore)).trimEnd()).trim();
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
  let out = '';
  let from = 0;
  LINK_OPENER.lastIndex = 0;
  for (let m = LINK_OPENER.exec(html); m; m = LINK_OPENER.exec(html)) {
    const end = html.indexOf('>', m.index);
    if (end === -1) break;
    if (!/class="[^"]*more-link[^"]*"/i.test(html.slice(m.index, end))) continue;
    LINK_CLOSER.lastIndex = end;
    // No `</a>` after this one: none after any later `<a` either.
    if (!LINK_CLOSER.exec(html)) break;
    out += html.slice(from, m.index);
    from = LINK_OPENER.lastIndex = LINK_CLOSER.lastIndex;
  }
  return out + html.slice(from);
}

const LINK_OPENER = /<a\b/gi;
const LINK_CLOSER = /<\/a>/gi;

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
