import { stripRawHtml } from '../../src/text/strip-raw-html';
import { fc } from './config';

// The one-pass stripper gives what the two backtracking patterns it replaced gave, on any text.
const piece = fc.constantFrom('<script>', '<SCRIPT a=1>', '</script>', '</Script >', '</scriptx>', '<scripts>', '<style>', '</style\n>', '<template>', '</template>', '<!--', '-->', '<!-->', '--', '>', '<', 'a', ' ', 'İ', '\n');
const html = fc.array(piece, { maxLength: 14 }).map((p) => p.join(''));

describe('stripRawHtml (property)', () => {
  it('is replace(/<(script|style|template)\\b[\\s\\S]*?<\\/\\1\\s*>/gi) then replace(/<!--[\\s\\S]*?-->/g)', () => {
    fc.assert(
      fc.property(html, (s) => {
        expect(stripRawHtml(s, ' ')).toBe(s.replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<!--[\s\S]*?-->/g, ' '));
      }),
      { numRuns: 3000 },
    );
  });
});
