import fc from 'fast-check';
import { oneLine } from '../../src/text/decode';

describe('oneLine', () => {
  it('collapses every run of white space, no-break spaces included, and trims', () => {
    expect(oneLine(' a \n b\u00a0\u3000c\t')).toBe('a b c');
    expect(oneLine('\ufeff')).toBe('');
  });

  it('returns clean text itself', () => {
    const clean = ['Why it matters', 'a', '', 'x y z'].map((s) => s.slice(0));
    for (const s of clean) expect(oneLine(s)).toBe(s);
  });

  it('is replace(/\\s+/g, " ").trim() on any text', () => {
    const unit = fc.constantFrom('a', 'Z', ' ', '  ', '\n', '\t', '\r', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', '\u200b', '-', 'é');
    fc.assert(fc.property(fc.array(unit, { maxLength: 12 }).map((a) => a.join('')), (s) => {
      expect(oneLine(s)).toBe(s.replace(/\s+/g, ' ').trim());
    }), { numRuns: 5000, seed: 3 });
  });
});
