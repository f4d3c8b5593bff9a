import fc from 'fast-check';
import { decodeSlug } from '../../src/text/decode-slug';
import { parsePost } from '../../src';

describe('decodeSlug', () => {
  it('decodes percent-encoded UTF-8 (either case) and normalises to NFC', () => {
    expect(decodeSlug('%e4%ba%ac%e9%83%bd-2')).toBe('京都-2');
    expect(decodeSlug('%D0%BA%D0%BE%D1%81%D0%B0')).toBe('коса');
    expect(decodeSlug('%f0%9f%8d%b5-tea')).toBe('🍵-tea');
    // `e` + combining acute (decomposed, as macOS writes it) → the one NFC character.
    expect(decodeSlug('cafe%cc%81')).toBe('caf\u00e9');
    expect(decodeSlug('plain-slug')).toBe('plain-slug');
  });

  it('keeps ASCII escapes and malformed sequences as written, without throwing', () => {
    expect(decodeSlug('a%2fb%25c')).toBe('a%2fb%25c');
    expect(decodeSlug('100%-sure')).toBe('100%-sure');
    expect(decodeSlug('%zz%e4')).toBe('%zz%e4');
    expect(decodeSlug('%e4%ba-x')).toBe('%e4%ba-x');
    // Overlong `/` and a lone surrogate: not UTF-8.
    expect(decodeSlug('%c0%af%ed%a0%80')).toBe('%c0%af%ed%a0%80');
    // A good sequence next to a broken one: the good one is decoded.
    expect(decodeSlug('%e4%ba%ac%e4')).toBe('京%e4');
  });

  it('decodes what encodeURIComponent wrote, and never throws on anything', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), (s) => {
      const word = s.replace(/[\x00-\x7f]/g, '');
      expect(decodeSlug(encodeURIComponent(word).toLowerCase())).toBe(word.normalize('NFC'));
    }), { seed: 5, numRuns: 2000 });
    fc.assert(fc.property(fc.array(fc.constantFrom('%', 'e4', 'ba', 'ac', 'c0', 'zz', 'ff', 'a', '-', '%2f'), { maxLength: 10 }), (parts) => {
      const s = parts.join('');
      expect(() => decodeSlug(s)).not.toThrow();
      expect(decodeSlug(decodeSlug(s))).toBe(decodeSlug(s));
    }), { seed: 6, numRuns: 2000 });
  });
});

describe('slugs in the article', () => {
  const post = {
    id: 9,
    slug: '%e4%ba%ac%e9%83%bd%e3%81%ae%e6%97%85',
    title: { rendered: 'T' },
    categories: [4],
    tags: [5],
    _embedded: {
      'wp:term': [
        [{ id: 4, name: 'Путешествия', slug: '%d0%bf%d1%83%d1%82%d0%b5%d1%88%d0%b5%d1%81%d1%82%d0%b2%d0%b8%d1%8f', taxonomy: 'category' }],
        [{ id: 5, name: 'Kyoto', slug: 'kyoto', taxonomy: 'post_tag' }],
      ],
    },
  };

  it('article.slug and term slugs are what readers see in URLs', () => {
    const a = parsePost(post);
    expect(a.slug).toBe('京都の旅');
    expect(a.categories).toEqual([{ id: 4, name: 'Путешествия', slug: 'путешествия' }]);
    expect(a.tags).toEqual([{ id: 5, name: 'Kyoto', slug: 'kyoto' }]);
  });

  it('a draft without a slug takes generated_slug (context=edit)', () => {
    expect(parsePost({ id: 9, status: 'draft', slug: '', generated_slug: '%e4%b8%8b%e6%9b%b8%e3%81%8d' }).slug).toBe('下書き');
    expect(parsePost({ id: 9, status: 'publish', slug: 'kept', generated_slug: 'other' }).slug).toBe('kept');
    expect(parsePost({ id: 9 }).slug).toBe('');
  });
});
