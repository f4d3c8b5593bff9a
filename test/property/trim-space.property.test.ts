import { joinLines, splitOuterSpace, trimLineEnds } from '../../src/text/trim-space';
import { fc } from './config';

// The linear helpers give what the backtracking patterns they replaced gave, on any text.
const spacey = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0', '\u2028', '\u3000', 'a', 'b', '*', '\\'), maxLength: 30 });

describe('trim-space helpers (property)', () => {
  it('splitOuterSpace reads as /^(\\s*)([\\s\\S]*?)(\\s*)$/', () => {
    fc.assert(fc.property(spacey, (s) => {
      const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(s)!;
      expect(splitOuterSpace(s)).toEqual([lead, core, trail]);
    }), { numRuns: 2000 });
  });

  it('trimLineEnds is replace(/[ \\t]+$/gm, "")', () => {
    fc.assert(fc.property(spacey, (s) => expect(trimLineEnds(s)).toBe(s.replace(/[ \t]+$/gm, ''))), { numRuns: 2000 });
  });

  it('joinLines is replace(/\\s*\\n\\s*/g, " ")', () => {
    fc.assert(fc.property(spacey, (s) => expect(joinLines(s)).toBe(s.replace(/\s*\n\s*/g, ' '))), { numRuns: 2000 });
  });
});
