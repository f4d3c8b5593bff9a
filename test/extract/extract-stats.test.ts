import fc from 'fast-check';
import { extractStats } from '../../src/extract/extract-stats';

// The definition the one-pass counter stands in for: the regexes it replaced (slow, but plainly right).
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]|[\p{L}\p{N}\p{M}]+(?:['’.-][\p{L}\p{N}\p{M}]+)*/gu;
const oracle = (text: string) => {
  const words = text.match(TOKEN)?.length ?? 0;
  const characters = text.replace(/\s+/g, '').length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
  return { words, characters, readingMinutes: Math.ceil(words / 200) };
};

describe('extractStats', () => {
  it('counts words, characters and minutes', () => {
    expect(extractStats('Hello, world')).toEqual({ words: 2, characters: 11, readingMinutes: 1 });
    expect(extractStats("l'été — co-op 3.5 rock’n’roll -x a--b")).toEqual({ words: 7, characters: 31, readingMinutes: 1 });
    expect(extractStats('日本語のテキスト')).toEqual({ words: 8, characters: 8, readingMinutes: 1 });
    expect(extractStats('a漢字 漢a ๏ไทย')).toEqual({ words: 7, characters: 9, readingMinutes: 1 });
    expect(extractStats('😀 𝐀𝐁 \uD800x \u00a0\u3000\ufeff')).toEqual({ words: 2, characters: 5, readingMinutes: 1 });
    expect(extractStats('')).toEqual({ words: 0, characters: 0, readingMinutes: 0 });
  });

  it('agrees with the regex definition on any text', () => {
    const chars = [...'aZ09 \t\n\u00a0\u2003\u3000\ufeff\'’.-,!éß\u0301\u0e01\u0e4f\u0e31漢字かカ𝐀😀\uD800\uDC00\uDBFF\u0660\u3007ー々'];
    const mixed = fc.array(fc.constantFrom(...chars), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(fc.property(fc.oneof(mixed, fc.string({ unit: 'binary', maxLength: 40 })), (s) => {
      expect(extractStats(s)).toEqual(oracle(s));
    }), { numRuns: 5000, seed: 7 });
  });
});
