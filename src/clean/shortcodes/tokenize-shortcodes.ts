import { parseShortcodeAttributes, type ShortcodeAttributes } from './parse-shortcode-attributes';

/** One shortcode tag found in a text: `[name attrs]`, `[name attrs /]` or `[/name]`. */
export interface ShortcodeToken extends ShortcodeAttributes {
  kind: 'open' | 'close';
  name: string;
  /** `[name /]`: closes itself, never pairs with a `[/name]`. */
  selfClosing: boolean;
  /** Offsets of the tag in the text (`end` is exclusive). */
  start: number;
  end: number;
  /** The tag exactly as written. */
  raw: string;
}

/** A text run, an escaped tag (`[[x]]` → literal `[x]`), or a tag. */
export type ShortcodeSegment = { kind: 'text'; text: string } | ShortcodeToken;

const NAME = /[A-Za-z_][\w-]*/y;
// A tag longer than this is prose with a stray bracket, not a shortcode (Divi's longest are ~3 kB).
const MAX_TAG = 20_000;

/**
 * Splits text into text runs and shortcode tags, in linear time on any input: every character
 * is looked at a bounded number of times (a tag never contains `[` or `]`, so candidate tags
 * never overlap), with no backtracking regular expression. `[[name]]` is WordPress's escape for
 * a literal `[name]` and comes out as text: `[name]` when `unescape(name)` (WordPress removes
 * the outer brackets of registered shortcodes only), else `[[name]]` as written.
 *
 * @example
 * tokenizeShortcodes('a [b x="1"]c[/b]').map((s) => s.kind) // → ['text', 'open', 'text', 'close']
 */
export function tokenizeShortcodes(text: string, unescape: (name: string) => boolean = () => true): ShortcodeSegment[] {
  const out: ShortcodeSegment[] = [];
  let textStart = 0;
  const pushText = (end: number) => {
    if (end > textStart) out.push({ kind: 'text', text: text.slice(textStart, end) });
  };
  let i = text.indexOf('[');
  while (i >= 0) {
    const escaped = text.charCodeAt(i + 1) === 91 /* [ */;
    const tag = readTag(text, escaped ? i + 1 : i);
    if (tag.token === null) {
      i = text.indexOf('[', tag.resume);
      continue;
    }
    const t = tag.token;
    if (escaped && text.charCodeAt(t.end) === 93 /* ] */) {
      // `[[x]]` → `[x]` (the inner tag as text), or as written.
      pushText(i);
      out.push({ kind: 'text', text: unescape(t.name) ? t.raw : `[${t.raw}]` });
      textStart = t.end + 1;
      i = text.indexOf('[', textStart);
      continue;
    }
    if (escaped) {
      i = text.indexOf('[', i + 1);
      continue;
    }
    pushText(i);
    out.push(t);
    textStart = t.end;
    i = text.indexOf('[', textStart);
  }
  pushText(text.length);
  return out;
}

// Reads `[/?name attrs/?]` at `at`. On failure, `resume` is where the next `[` may be searched
// from: past every character this attempt scanned, so no character is scanned twice.
function readTag(text: string, at: number): { token: ShortcodeToken | null; resume: number } {
  let p = at + 1;
  const closing = text.charCodeAt(p) === 47 /* / */;
  if (closing) p++;
  NAME.lastIndex = p;
  const m = NAME.exec(text);
  if (!m) return { token: null, resume: at + 1 };
  const nameEnd = p + m[0].length;
  const after = text.charCodeAt(nameEnd);
  // The name must end at whitespace, `/` or `]` (`[foo.bar]`, `[a:b]` are prose).
  if (!(after === 93 || after === 47 || isSpace(after))) return { token: null, resume: nameEnd };
  let q = nameEnd;
  const limit = Math.min(text.length, at + MAX_TAG);
  while (q < limit) {
    const c = text.charCodeAt(q);
    if (c === 93) break;
    if (c === 91) return { token: null, resume: q };
    q++;
  }
  if (q >= limit || text.charCodeAt(q) !== 93) return { token: null, resume: q };
  let inner = text.slice(nameEnd, q);
  const selfClosing = !closing && inner.trimEnd().endsWith('/');
  if (selfClosing) inner = inner.trimEnd().slice(0, -1);
  if (closing && inner.trim() !== '') return { token: null, resume: q };
  const { attrs, positional } = closing ? { attrs: {}, positional: [] } : parseShortcodeAttributes(inner);
  return {
    token: { kind: closing ? 'close' : 'open', name: m[0], selfClosing, start: at, end: q + 1, raw: text.slice(at, q + 1), attrs, positional },
    resume: q + 1,
  };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 160;
}
