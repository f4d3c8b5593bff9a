import type { Stats } from '../schema/article';
import { isSpace } from '../text/is-space';

// What a code point is to the word count: part of a word (a letter, number or mark), one of the
// scripts written without spaces between words (each character counts as a word, as
// reading-time tools for Chinese and Japanese do), white space (not a character), a joiner
// inside a word (`'`, `’`, `.`, `-`); `KNOWN` marks a table entry already filled.
const WORD = 1;
const UNSPACED = 2;
const SPACE = 4;
const JOINER = 8;
const KNOWN = 16;
const IS_WORD = /^[\p{L}\p{N}\p{M}]$/u;
const IS_UNSPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]$/u;
// Classes are looked up once per code point per process (a Unicode-property regex over the whole
// text was the most expensive line of the pipeline), then read with one table access per character.
const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function classify(cp: number): number {
  const s = String.fromCodePoint(cp);
  return (
    KNOWN |
    (IS_WORD.test(s) ? WORD : 0) |
    (IS_UNSPACED.test(s) ? UNSPACED : 0) |
    (isSpace(cp) ? SPACE : 0) |
    (cp === 0x27 || cp === 0x2019 || cp === 0x2e || cp === 0x2d ? JOINER : 0)
  );
}

for (let cp = 0; cp < 0x80; cp++) bmp[cp] = classify(cp);

function astralClass(cp: number): number {
  let c = astral.get(cp);
  if (c === undefined) astral.set(cp, (c = classify(cp)));
  return c;
}

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
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    let c: number;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      cp = 0x10000 + ((cp - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00);
      i++;
      c = astralClass(cp);
    } else {
      c = bmp[cp]!;
      if (c === 0) bmp[cp] = c = classify(cp);
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
