import { isSpace } from '../../text/is-space';

/** What to escape: plain Markdown, or MDX (where `{`, `}`, `<` and `>` are syntax too). */
export interface EscapeOptions {
  /** Escape for MDX too (`{`, `}`, `<`, `>`); default false. */
  mdx?: boolean;
  /**
   * The text is a whole inline content on its own (a heading, a caption), so a lone `*` or `_`
   * has no partner to form emphasis with and can stay as it is.
   */
  whole?: boolean;
}

const PUNCT = /[!-/:-@[-`{-~]/;
// Every escape below needs one of these characters (`[^` and `^[` need a bracket).
const MAY_ESCAPE = /[\\*`_~[\]&<{]/;
const MAY_ESCAPE_MDX = /[\\*`_~[\]&<>{}]/;
// First characters of a line that `escapeLineStart` may have to escape.
const LINE_START = new Set(['#', '>', '-', '+', '*', '=', '~', '`', '|', '_', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);

/**
 * Escapes text so Markdown reads it literally, touching only what would change its meaning:
 * `snake_case`, `[[wiki links]]`, prices (`$5`), dates and `2 * 3` stay as they are, while
 * `*emphasis*`, `_emphasis_`, `` `code` ``, `<tags>`, `[text](url)`, entities and `~~strike~~`
 * are escaped. Line-start markers (`#`, `>`, `-`, `1.`) are `escapeLineStart`'s job.
 *
 * @example escapeMarkdown('snake_case costs *$5*') // → 'snake_case costs \\*$5\\*'
 */
export function escapeMarkdown(text: string, options: EscapeOptions = {}): string {
  // Most text has none of the characters below: it is returned without a dozen passes over it.
  if (!(options.mdx ? MAY_ESCAPE_MDX : MAY_ESCAPE).test(text)) return text;
  // Each pass below only runs when its character is there: text that needs escaping at all
  // usually has one kind (an `&`, a `*`), and every pass is a scan of the whole text.
  // A backslash is literal unless punctuation follows; one at the end could escape whatever
  // the next piece of Markdown starts with, so it is doubled there too.
  let s = text.includes('\\') ? text.replace(/\\(?=[!-/:-@[-`{-~]|$)/g, '\\\\') : text;
  // `*` between spaces can neither open nor close emphasis (`2 * 3`); anywhere else it can.
  const lone = (c: string) => options.whole === true && s.split(c).length === 2;
  if (s.includes('*') && !lone('*')) s = s.replace(/\*/g, (m, i: number) => (/\s/.test(s[i - 1] ?? '') && /\s/.test(s[i + 1] ?? '') ? m : '\\*'));
  if (s.includes('`')) s = s.replace(/`/g, '\\`');
  // `_` runs inside a word never open emphasis (snake_case, __init__ inside names); a run that
  // touches a word edge might, so every `_` of it is escaped.
  if (s.includes('_') && !lone('_')) s = s.replace(/_+/g, (run, i: number) => {
    const before = s[i - 1] ?? '';
    const after = s[i + run.length] ?? '';
    return isWordChar(before) && isWordChar(after) ? run : run.replace(/_/g, '\\_');
  });
  // GFM (remark-gfm, GitHub) strikes through `~one~` too; a lone `~` (`~5 min`) has no partner.
  if (s.indexOf('~') !== s.lastIndexOf('~')) s = s.replace(/~/g, '\\~');
  // `[x](` and `[x]:` make links and definitions; `[[wiki]]` and `[1]` alone stay literal.
  if (s.includes(']')) s = s.replace(/\](?=[(:])/g, '\\]');
  if (s.includes('^')) s = s.replace(/\[\^/g, '\\[^').replace(/\^\[/g, '^\\[');
  if (s.includes('&')) s = s.replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
  if (options.mdx) s = s.replace(/[<>{}]/g, '\\$&');
  else {
    if (s.includes('<')) s = s.replace(/<(?=[a-z/!?])/gi, '\\<');
    // `{{<` and `{{%` open a Hugo shortcode wherever they are (Hugo runs them before reading the
    // Markdown): `{{\<` reads the same in every Markdown and is no shortcode.
    if (s.includes('{{')) s = s.replace(/\{\{(?=[<%])/g, '{{\\');
  }
  return s;
}

function isWordChar(c: string): boolean {
  return c !== '' && /[\p{L}\p{N}]/u.test(c);
}

/** True when `c` is ASCII punctuation (what a backslash can escape). */
export function isAsciiPunctuation(c: string): boolean {
  return c.length === 1 && PUNCT.test(c);
}

/**
 * Escapes what only matters at the start of a line: ATX headings, quotes, list markers,
 * setext underlines, thematic breaks and fences; in MDX also `import`/`export` (ESM) lines.
 *
 * @example escapeLineStart('1. Not a list') // → '1\\. Not a list'
 */
export function escapeLineStart(line: string, options: EscapeOptions = {}): string {
  // The first character that is not white space (`/\S/`), read without a match object: this
  // runs for every line of Markdown.
  let at = 0;
  while (at < line.length && isSpace(line.charCodeAt(at))) at++;
  if (at === line.length) return line;
  const c = line[at]!;
  if (!LINE_START.has(c) && !(options.mdx && (c === 'i' || c === 'e'))) return line;
  let l = line
    .replace(/^(\s*)(#{1,6})(?=\s|$)/, '$1\\$2')
    .replace(/^(\s*)>/, '$1\\>')
    .replace(/^(\s*)([-+*])(?=\s|$)/, '$1\\$2')
    .replace(/^(\s*)(=+|-{2,})(\s*)$/, '$1\\$2$3')
    .replace(/^(\s*)(\d{1,9})([.)])(?=\s|$)/, '$1$2\\$3')
    // A backtick run opens a fence only when no backtick follows on the line (CommonMark: the
    // info string of a backtick fence has none); a line that starts with a code span (its fence
    // is three backticks when the code holds two) is no fence, and escaping it broke the span.
    .replace(/^(\s*)(~~~|```(?=`*[^`]*$))/, '$1\\$2')
    .replace(/^(\s*)\|/, '$1\\|');
  // `- - -` and `* * *` are thematic breaks even with spaces between the markers.
  if (/^\s*(?:[-_*]\s*){3,}$/.test(l)) l = l.replace(/[-_*]/, '\\$&');
  // MDX reads a paragraph starting with `import ` or `export ` as JavaScript; a character
  // reference keeps the word readable and the line plain text.
  if (options.mdx) l = l.replace(/^(\s*)([ie])(?=(?:mport|xport)\b)/, (_m, sp: string, c: string) => `${sp}&#x${c.charCodeAt(0).toString(16)};`);
  return l;
}
