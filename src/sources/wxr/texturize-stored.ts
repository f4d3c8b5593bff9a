import { wptexturize } from './wptexturize';

// WordPress's autoembed(): a URL alone on its line, or alone in a paragraph.
const LINE_URL = /^([ \t]*)(https?:\/\/[^\s<>"]+)([ \t]*)$/gim;
const PARAGRAPH_URL = /(<p(?: [^>]*)?>\s*)(https?:\/\/[^\s<>"]+)(\s*<\/p>)/gi;
// XML cannot hold a NUL: no export's content can write this comment itself.
const HELD = /<!--\u0000embed-(\d+)-->/g;

/**
 * Stored content through `wptexturize` as `the_content` runs it: after the embeds, which run
 * first (`[embed]` and URLs alone on a line, priority 8) and so are never texturized, and before
 * wpautop and the other shortcodes. What a reader saw: curly quotes, dashes, ellipses.
 *
 * @example texturizeStored('"Hi" -- there\n\nhttps://youtu.be/a--b') // → '&#8220;Hi&#8221; &#8212; there\n\nhttps://youtu.be/a--b'
 */
export function texturizeStored(content: string): string {
  if (!/['"\-.`(x&]/.test(content)) return content;
  const held: string[] = [];
  // An HTML comment is a delimiter to wptexturize, as the embed's markup is on the site.
  const hold = (url: string) => `<!--\u0000embed-${held.push(url) - 1}-->`;
  const embed = (_all: string, before: string, url: string, after: string) => `${before}${hold(url)}${after}`;
  let guarded = content;
  if (/https?:\/\//i.test(content)) {
    guarded = guarded.replace(LINE_URL, embed);
    if (/<p/i.test(guarded)) guarded = guarded.replace(PARAGRAPH_URL, embed);
  }
  const out = wptexturize(guarded, { noTexturizeShortcodes: ['code', 'embed'] });
  return held.length ? out.replace(HELD, (_m, i: string) => held[Number(i)]!) : out;
}
