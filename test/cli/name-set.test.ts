import fc from 'fast-check';
import { NameSet } from '../../src/cli/name-set';

describe('NameSet', () => {
  it('answers as a Set of the lower-cased names would, through many resizes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.string({ maxLength: 12, unit: 'grapheme' })), { maxLength: 3000 }), (ops) => {
        const names = new NameSet();
        const expected = new Set<string>();
        for (const [add, name] of ops) {
          if (add) {
            names.add(name);
            expected.add(name.toLowerCase());
          }
          expect(names.has(name)).toBe(expected.has(name.toLowerCase()));
          expect(names.has(name.toUpperCase())).toBe(expected.has(name.toUpperCase().toLowerCase()));
        }
        expect(names.size).toBe(expected.size);
      }),
      { numRuns: 40 },
    );
  });

  it('keeps 200,000 similar names apart and finds every one', () => {
    const names = new NameSet();
    for (let i = 0; i < 200_000; i++) names.add(`post-${i}.md`);
    expect(names.size).toBe(200_000);
    for (let i = 0; i < 200_000; i++) if (!names.has(`post-${i}.md`)) throw new Error(`lost post-${i}.md`);
    let found = 0;
    for (let i = 200_000; i < 400_000; i++) if (names.has(`post-${i}.md`)) found++;
    expect(found).toBe(0);
    expect(names.has('POST-7.MD')).toBe(true);
  });
});
