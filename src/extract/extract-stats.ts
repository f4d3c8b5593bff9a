import type { Stats } from '../schema/article';

// Scripts written without spaces between words: each character counts as a word, as
// reading-time tools for Chinese and Japanese do.
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]|[\p{L}\p{N}\p{M}]+(?:['’.-][\p{L}\p{N}\p{M}]+)*/gu;

/** Words per minute used for `readingMinutes`. */
export const WORDS_PER_MINUTE = 200;

/**
 * Counts of the article's plain text: words (each CJK character counts as one), characters
 * (Unicode code points, whitespace excluded) and reading minutes (words / 200, rounded up).
 *
 * @example extractStats('Hello, world') // → { words: 2, characters: 11, readingMinutes: 1 }
 */
export function extractStats(text: string): Stats {
  const words = text.match(TOKEN)?.length ?? 0;
  // Code points that are not whitespace: one replace and a count of surrogate pairs, not a regex test per character.
  // (Pairs are counted in `text`: removing whitespace could join two lone surrogates.)
  const characters = text.replace(/\s+/g, '').length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
  return { words, characters, readingMinutes: Math.ceil(words / WORDS_PER_MINUTE) };
}
