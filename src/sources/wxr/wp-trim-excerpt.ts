import { tokenizeShortcodes } from '../../clean/shortcodes/tokenize-shortcodes';
import { parseHtml, textOf } from '../../dom/dom';
import { escapeHtml } from '../../text/decode';

// Shortcodes WordPress registers itself; strip_shortcodes() removes them with their content.
// Other bracketed text stays, as on the site.
const CORE_SHORTCODES: ReadonlySet<string> = new Set(['caption', 'wp_caption', 'gallery', 'playlist', 'audio', 'video', 'embed']);
const MORE = ' [&hellip;]';

/**
 * The excerpt WordPress makes for a post that has none (`wp_trim_excerpt`): the stored content
 * without core shortcodes, auto-embedded URLs, block comments and tags, cut to 55 words with
 * ` […]`, in a paragraph, as REST's `excerpt.rendered` carries it. Linear in the content's size.
 *
 * @example wpTrimExcerpt('Short post.') // → '<p>Short post.</p>\n'
 */
export function wpTrimExcerpt(content: string, words = 55): string {
  // A URL alone on its line is an embed on the site (an iframe: no text in an excerpt).
  const withoutEmbeds = content.split('\n').filter((line) => !/^[ \t]*https?:\/\/[^\s<>"]+[ \t]*$/.test(line)).join('\n');
  // Comments (block delimiters), script and style have no text once parsed.
  const root = parseHtml(stripCoreShortcodes(withoutEmbeds));
  const text = textOf(root).trim();
  if (!text) return '';
  const all = text.split(/[\n\r\t ]+/).filter(Boolean);
  const kept = all.slice(0, words).join(' ');
  // textOf decodes entities; the excerpt is HTML again.
  return `<p>${escapeHtml(kept)}${all.length > words ? MORE : ''}</p>\n`;
}

function stripCoreShortcodes(text: string): string {
  const segments = tokenizeShortcodes(text);
  const lastClose = new Map<string, number>();
  segments.forEach((s, i) => {
    if (s.kind === 'close') lastClose.set(s.name, i);
  });
  let out = '';
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    if (s.kind === 'text') out += s.text;
    else if (!CORE_SHORTCODES.has(s.name)) out += s.raw;
    else if (s.kind === 'open' && !s.selfClosing && (lastClose.get(s.name) ?? -1) > i) {
      // Skip to this tag's own closing tag, content and all.
      let depth = 1;
      while (depth > 0 && ++i < segments.length) {
        const t = segments[i]!;
        if (t.kind !== 'text' && t.name === s.name && !(t.kind === 'open' && t.selfClosing)) depth += t.kind === 'open' ? 1 : -1;
      }
    }
  }
  return out;
}
