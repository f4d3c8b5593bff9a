// One token per CJK character (those scripts do not separate words with spaces), otherwise runs
// of letters, marks and digits.
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
const WORD = new RegExp(`[${CJK}]|(?:(?![${CJK}])[\\p{L}\\p{M}\\p{N}])+`, 'gu');

/** The words of a text, normalised (NFC, lower case), in order. */
export function words(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(WORD) ?? [];
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

/** `[name attr="…"]`, `[/name]` and Divi's `@ET-DC@…@` dynamic-content tokens. */
export const SHORTCODE = /\[\/?[a-zA-Z][\w-]*(?:\s[^\[\]]*)?\]|@ET-DC@[A-Za-z0-9+/=]*@/g;
