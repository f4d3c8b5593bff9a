// One token per CJK character (those scripts do not separate words with spaces), otherwise runs
// of letters, marks and digits.
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
const WORD = new RegExp(`[${CJK}]|(?:(?![${CJK}])[\\p{L}\\p{M}\\p{N}])+`, 'gu');

/** The words of a text, normalised (NFKC: a superscript ² reads as 2; lower case), in order. */
export function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(WORD) ?? [];
}

/** A multiset of words. */
export function bag(list: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of list) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** How many words of `a` are also in `b`, counting repeats at most as often as `b` has them. */
export function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [w, c] of a) n += Math.min(c, b.get(w) ?? 0);
  return n;
}

/** Letters and digits only, lower case: for comparing a heading's text across markup. */
export function squash(text: string): string {
  return words(text).join(' ');
}

/**
 * What a browser shows as a shortcode left unrun by WordPress: a closing tag `[/name]`, a tag
 * with attributes `[name attr="…"]`, a builder's tag (`[vc_row]`, `[et_pb_text]`: a name with
 * `_`) and Divi's `@ET-DC@…@` dynamic-content tokens. A lone word in brackets (`[title]`,
 * `[gallery]`, `a[i]`, `[1]`) is text: WordPress would have run a registered shortcode of that
 * name, so what is left is what the author wrote.
 */
export const SHORTCODE = /\[\/[a-zA-Z][\w-]*\]|\[[a-zA-Z][\w-]*\s[^\[\]]*\]|\[[a-zA-Z][\w-]*_[\w-]*\]|@ET-DC@[A-Za-z0-9+/=]*@/g;
