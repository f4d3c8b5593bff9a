import fc from 'fast-check';
import { slugify, uniqueSlugger } from '../../src/extract/slugify';

// The definition the one-pass slugify stands in for: the regexes it replaced.
const oracle = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/-{2,}/g, '-');

describe('slugify', () => {
  it('writes anchors as GitHub does', () => {
    expect(slugify('Why it’s key: the 3 parts')).toBe('why-its-key-the-3-parts');
    expect(slugify('  - Intro -- part_2 -  ')).toBe('-intro-part_2-');
    expect(slugify('Ｆｕｌｌ　ｗｉｄｔｈ ½')).toBe('full-width-12');
    expect(slugify('Ça va? Très bien!')).toBe('ça-va-très-bien');
    expect(slugify('日本語の見出し')).toBe('日本語の見出し');
    expect(slugify('𝐁old 😀 text')).toBe('bold-text');
    expect(slugify('?!')).toBe('');
  });

  it('agrees with the regex definition on any text', () => {
    const chars = [...'aZ09 _-\t\n\u00a0\u2003\u3000\ufeff\'’.,!?éÉß\u0301İ\u0e01漢かカ𝐀😀\uD800\uDC00\uDBFF\u0660ﬁ½Ｆ\u200b'];
    const mixed = fc.array(fc.constantFrom(...chars), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(fc.property(fc.oneof(mixed, fc.string({ unit: 'binary', maxLength: 30 })), (s) => {
      expect(slugify(s)).toBe(oracle(s));
    }), { numRuns: 10000, seed: 11 });
  });

  it('numbers repeated anchors', () => {
    const slug = uniqueSlugger();
    expect(['Intro', 'Intro', 'intro-1', '?', 'Intro'].map(slug)).toEqual(['intro', 'intro-1', 'intro-1-1', 'section', 'intro-2']);
  });
});
