/** Options of `wptexturize`: WordPress's filters over what it leaves alone. */
export interface TexturizeOptions {
  /** Elements whose text is left as it is (`no_texturize_tags`): pre, code, kbd, style, script, tt. */
  noTexturizeTags?: readonly string[];
  /** Shortcodes whose enclosed text is left as it is (`no_texturize_shortcodes`): code. */
  noTexturizeShortcodes?: readonly string[];
  /**
   * Whether `[name …]` is a registered shortcode (its brackets and attributes are left as they
   * are). WordPress asks the site's `$shortcode_tags`; an export does not list them: by default
   * every name a shortcode can have that starts with a letter.
   */
  isShortcode?: (name: string) => boolean;
}

const SPACES = String.raw`[\r\n\t ]|\u00a0|&nbsp;`;
// PCRE's \Z: the end, or before a final line break.
const END = String.raw`\n?$`;
const APOS_FLAG = '<!--apos-->';
const OPEN_SQ_FLAG = '<!--osq-->';
const OPEN_Q_FLAG = '<!--oq-->';
const PRIME_FLAG = '<!--wp-prime-or-quote-->';
const APOS = '&#8217;';
const OPEN_SQ = '&#8216;';
const CLOSE_SQ = '&#8217;';
const OPEN_Q = '&#8220;';
const CLOSE_Q = '&#8221;';

const COCKNEY = ["'tain't", "'twere", "'twas", "'tis", "'twill", "'til", "'bout", "'nuff", "'round", "'cause", "'em"];
// str_replace with arrays: each pair in turn over the result of the one before.
const STATIC: readonly [string, string][] = [
  ['...', '&#8230;'],
  ['``', OPEN_Q],
  ["''", CLOSE_Q],
  [' (tm)', ' &#8482;'],
  ...COCKNEY.map((w): [string, string] => [w, w.replace(/'/g, APOS)]),
];
const re = (source: string) => new RegExp(source, 'g');
const APOS_RULES: readonly [RegExp, string][] = [
  // '99' and '99" are ambiguous among other patterns; assume it's an abbreviated year at the end of a quotation.
  [re(String.raw`'(\d\d)'(?=${END}|[.,:;!?)}\-\]]|&gt;|${SPACES})`), `${APOS_FLAG}$1${CLOSE_SQ}`],
  [re(String.raw`'(\d\d)"(?=${END}|[.,:;!?)}\-\]]|&gt;|${SPACES})`), `${APOS_FLAG}$1${CLOSE_Q}`],
  // '99 '99s '99's (apostrophe), but never '9 or '99% or '999 or '99.0.
  [re(String.raw`'(?=\d\d(?:${END}|(?![%\d]|[.,]\d)))`), APOS_FLAG],
  // Quoted numbers like '0.42'.
  [re(String.raw`(?<=^|${SPACES})'(\d[.,\d]*)'`), `${OPEN_SQ_FLAG}$1${CLOSE_SQ}`],
  // Single quote at start, or preceded by (, {, <, [, ", -, or spaces.
  [re(String.raw`(?<=^|[([{"\-]|&lt;|${SPACES})'`), OPEN_SQ_FLAG],
  // Apostrophe in a word. No spaces, double apostrophes, or other punctuation.
  [re(String.raw`(?<!${SPACES})'(?!${END}|[.,:;!?"'(){}[\]\-]|&[lg]t;|${SPACES})`), APOS_FLAG],
];
const QUOTE_RULES: readonly [RegExp, string][] = [
  // Quoted numbers like "42".
  [re(String.raw`(?<=^|${SPACES})"(\d[.,\d]*)"`), `${OPEN_Q_FLAG}$1${CLOSE_Q}`],
  // Double quote at start, or preceded by (, {, <, [, -, or spaces, and not followed by spaces.
  [re(String.raw`(?<=^|[([{\-]|&lt;|${SPACES})"(?!${SPACES})`), OPEN_Q_FLAG],
];
const DASH_RULES: readonly [RegExp, string][] = [
  [/---/g, '&#8212;'],
  [re(String.raw`(?<=^|${SPACES})--(?=${END}|${SPACES})`), '&#8212;'],
  [/(?<!xn)--/g, '&#8211;'],
  [re(String.raw`(?<=^|${SPACES})-(?=${END}|${SPACES})`), '&#8211;'],
];
// 9x9 (times), but never 0x9999 (a 0 first needs more digits before the x).
const TIMES = /\b(0[\d.,]+|[1-9][\d.,]*)x(\d[\d.,]*)\b/g;
const BARE_AMP = /&(?!#(?:\d+|x[a-f0-9]+);|[a-z1-4]{1,8};)/gi;
const SHORTCODE_NAME = /^[A-Za-z][^<>&/[\]\x00-\x20=]*$/;

/**
 * WordPress's `wptexturize` (wp-includes/formatting.php), ported rule for rule: curly quotes and
 * apostrophes, primes (9′ 9″), en and em dashes, the ellipsis, ™ and × — what `the_content`,
 * `the_title`, `the_excerpt` and `comment_text` do to text before a reader sees it, and what
 * REST's `rendered` fields carry. HTML comments, tags and registered shortcodes are left as they
 * are, and so is the text inside `pre`, `code`, `kbd`, `style`, `script`, `tt` and `[code]`. The
 * output is HTML with WordPress's numeric entities (`&#8217;`), bare `&` escaped as `&#038;`.
 * Linear in the text's size.
 *
 * @example wptexturize(`'Tis "time" -- isn't it...`) // → '&#8217;Tis &#8220;time&#8221; &#8212; isn&#8217;t it&#8230;'
 */
export function wptexturize(text: string, options: TexturizeOptions = {}): string {
  if (!text) return text;
  const noTags = options.noTexturizeTags ?? ['pre', 'code', 'kbd', 'style', 'script', 'tt'];
  const noShortcodes = options.noTexturizeShortcodes ?? ['code'];
  const isShortcode = options.isShortcode ?? ((name: string) => SHORTCODE_NAME.test(name));
  const tagStack: string[] = [];
  const shortcodeStack: string[] = [];
  let out = '';
  tokens(text, isShortcode, (kind, t) => {
    if (kind === 'comment') out += t;
    else if (kind === 'tag') {
      pushPop(t, tagStack, noTags);
      out += t.includes('&') ? t.replace(BARE_AMP, '&#038;') : t;
    } else if (kind === 'shortcode') {
      // `[[x]]` is an escaped shortcode: text, never texturized.
      if (!t.startsWith('[[') && !t.endsWith(']]')) pushPop(t, shortcodeStack, noShortcodes);
      out += t;
    } else if (tagStack.length || shortcodeStack.length || t.trim() === '') out += t;
    else out += texturizeText(t);
  });
  return out;
}

// Every rule needs one of these: text without them is left as it is (most of it).
const TOUCHED = /['"\-.`(&]|\dx\d/;

function texturizeText(text: string): string {
  if (!TOUCHED.test(text)) return text;
  let t = text;
  for (const [from, to] of STATIC) if (t.includes(from)) t = t.split(from).join(to);
  if (t.includes("'")) {
    for (const [rule, to] of APOS_RULES) t = t.replace(rule, to);
    t = primes(t, "'", '&#8242;', OPEN_SQ_FLAG, CLOSE_SQ);
    t = t.split(APOS_FLAG).join(APOS).split(OPEN_SQ_FLAG).join(OPEN_SQ);
  }
  if (t.includes('"')) {
    for (const [rule, to] of QUOTE_RULES) t = t.replace(rule, to);
    t = primes(t, '"', '&#8243;', OPEN_Q_FLAG, CLOSE_Q);
    t = t.split(OPEN_Q_FLAG).join(OPEN_Q);
  }
  if (t.includes('-')) for (const [rule, to] of DASH_RULES) t = t.replace(rule, to);
  if (/(?<=\d)x\d/.test(t)) t = t.replace(TIMES, '$1&#215;$2');
  return t.replace(BARE_AMP, '&#038;');
}

// wptexturize_primes: whether 7' is seven feet or the end of a quotation, sentence by sentence
// (what follows each opening quote).
function primes(haystack: string, needle: string, prime: string, openQuote: string, closeQuote: string): string {
  const quotePattern = re(String.raw`${needle}(?=${END}|[.,:;!?)}\-\]]|&gt;|${SPACES})`);
  const primePattern = new RegExp(`(?<=\\d)${needle}`, 'g');
  const sentences = haystack.split(openQuote);
  for (let key = 0; key < sentences.length; key++) {
    let s = sentences[key]!;
    if (!s.includes(needle)) continue;
    if (key !== 0 && !s.includes(closeQuote)) {
      let count = 0;
      s = s.replace(quotePattern, () => (count++, PRIME_FLAG));
      if (count > 1) {
        // Several closing quote candidates: the ones not after a digit close the quotation.
        let closed = 0;
        s = s.replace(/(?<!\d)<!--wp-prime-or-quote-->/g, () => (closed++, closeQuote));
        if (closed === 0) {
          // Else the rightmost one followed by a full stop, or the rightmost one.
          const dot = s.lastIndexOf(`${PRIME_FLAG}.`);
          const pos = dot >= 0 ? dot : s.lastIndexOf(PRIME_FLAG);
          s = s.slice(0, pos) + closeQuote + s.slice(pos + PRIME_FLAG.length);
        }
        s = s.replace(primePattern, prime).replace(/(?<=\d)<!--wp-prime-or-quote-->/g, prime).split(PRIME_FLAG).join(closeQuote);
      } else if (count === 1) {
        s = s.split(PRIME_FLAG).join(closeQuote).replace(primePattern, prime);
      } else {
        s = s.replace(primePattern, prime);
      }
    } else {
      s = s.replace(primePattern, prime).replace(quotePattern, closeQuote);
    }
    if (needle === '"' && s.includes('"')) s = s.split('"').join(closeQuote);
    sentences[key] = s;
  }
  return sentences.join(openQuote);
}

// _wptexturize_pushpop_element: an opening tag of a listed name disables texturizing until its
// own closing tag, whatever is opened or closed in between.
function pushPop(text: string, stack: string[], names: readonly string[]): void {
  const opening = text.length > 1 && text[1] !== '/';
  if (!opening && stack.length === 0) return;
  const offset = opening ? 1 : 2;
  const space = text.indexOf(' ');
  // substr($text, $offset, -1) without a space: the name is all but the last character.
  const name = space < 0 ? text.slice(offset, -1) : text.slice(offset, Math.max(offset, space));
  if (!names.includes(name)) return;
  if (opening) stack.push(name);
  else if (stack[stack.length - 1] === name) stack.pop();
}

type TokenKind = 'text' | 'comment' | 'tag' | 'shortcode';
const OPENER = /[<[]/g;

// The split of _get_wptexturize_split_regex: comments (to `-->` or the end), tags (to `>` or the
// end), registered shortcodes (no brackets inside; tags allowed), and the text between them, in
// order, each handed to `take`.
function tokens(text: string, isShortcode: (name: string) => boolean, take: (kind: TokenKind, text: string) => void): void {
  let from = 0;
  let at = 0;
  while (at < text.length) {
    OPENER.lastIndex = at;
    if (!OPENER.test(text)) break;
    at = OPENER.lastIndex - 1;
    const c = text.charCodeAt(at);
    let end = -1;
    let kind: TokenKind = 'tag';
    if (c === 0x3c /* < */) {
      if (text.startsWith('<!--', at)) {
        kind = 'comment';
        const close = text.indexOf('-->', at + 4);
        end = close < 0 ? text.length : close + 3;
      } else {
        const close = text.indexOf('>', at + 1);
        end = close < 0 ? text.length : close + 1;
      }
    } else if (c === 0x5b /* [ */) {
      kind = 'shortcode';
      end = shortcodeEnd(text, at, isShortcode);
    }
    if (end < 0) {
      at++;
      continue;
    }
    if (at > from) take('text', text.slice(from, at));
    take(kind, text.slice(at, end));
    from = at = end;
  }
  if (from < text.length) take('text', text.slice(from));
}

// `\[[\/\[]?name(?=[\s\]\/])(?:[^\[\]<>]+|<[^\[\]>]*>)*+\]\]?` at `at`: where it ends, or -1.
function shortcodeEnd(text: string, at: number, isShortcode: (name: string) => boolean): number {
  let i = at + 1;
  if (text[i] === '/' || text[i] === '[') i++;
  const nameStart = i;
  while (i < text.length && isNameChar(text.charCodeAt(i))) i++;
  if (i === nameStart || !/[\s\]/]/.test(text[i] ?? '') || !isShortcode(text.slice(nameStart, i))) return -1;
  for (;;) {
    const c = text[i];
    if (c === undefined || c === '[' || c === '>') return -1;
    if (c === ']') return text[i + 1] === ']' ? i + 2 : i + 1;
    if (c === '<') {
      const close = text.indexOf('>', i + 1);
      const inside = close < 0 ? '' : text.slice(i + 1, close);
      if (close < 0 || /[[\]]/.test(inside)) return -1;
      i = close + 1;
    } else i++;
  }
}

// A shortcode name's characters: not `<>&/[]=`, controls or a space.
function isNameChar(c: number): boolean {
  return c > 0x20 && c !== 0x3c && c !== 0x3e && c !== 0x26 && c !== 0x2f && c !== 0x5b && c !== 0x5d && c !== 0x3d;
}
