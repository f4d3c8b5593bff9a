import fc from 'fast-check';
import { parse } from 'yaml';
import { readsAsItself } from '../../src/render/front-matter/reads-as-itself';

// The slow, sure test the fast path stands in for (front-matter.ts's `misread`).
const misread = (v: string) => {
  try {
    return parse(v, { version: '1.1' }) !== v || parse(v) !== v;
  } catch {
    return true;
  }
};

describe('readsAsItself', () => {
  it('never calls safe a string YAML 1.1 or 1.2 would read as something else', () => {
    const chars = [...'aZyYnNoOeEsStTrRuUfFlL ,.\'’!?()&/_%+=~;@*-:#0123456789éß\u0301'];
    const text = fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 16 }).map((a) => a.join(''));
    fc.assert(fc.property(text, (s) => !readsAsItself(s) || !misread(s)), { numRuns: 20_000 });
  });

  it('answers yes for ordinary titles and URLs, and leaves keywords and numbers to the parser', () => {
    expect(readsAsItself('Therapeutic alliance why it matters')).toBe(true);
    expect(readsAsItself('https://aliantis.es/wp-content/uploads/2026/03/a.webp')).toBe(true);
    expect(readsAsItself('therapeutic-alliance-2026')).toBe(true);
    expect(readsAsItself('en-US')).toBe(true);
    for (const s of ['yes', 'Off', 'NULL', 'e4', '1.0', 'a: b', 'Note:', 'x #y', '@home', 'e-5', 'E-12', 'e-']) expect(readsAsItself(s)).toBe(false);
    // Each of those the parser reads as something else, or it is not sure: the parser decides.
    for (const s of ['e-5', 'E-12']) expect(misread(s)).toBe(true);
  });
});
