import fc from 'fast-check';
import { isAscii } from '../../src/text/is-ascii';

describe('isAscii', () => {
  it('answers by code unit', () => {
    expect(isAscii('Sources: 1. IV)')).toBe(true);
    expect(isAscii('Références')).toBe(false);
    expect(isAscii('\u007f')).toBe(true);
    expect(isAscii('\u0080')).toBe(false);
  });

  it('holds what the fast paths skip: ASCII text is its own NFKC and NFKD form, with no mark to remove', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii', maxLength: 40 }), (s) => {
      expect(isAscii(s)).toBe(true);
      expect(s.normalize('NFKD').replace(/\p{M}+/gu, '')).toBe(s);
      expect(s.normalize('NFKC')).toBe(s);
    }), { numRuns: 5000, seed: 17 });
  });
});
