import fc from 'fast-check';
import { escapeAttribute, escapeHtml, HTML_ESCAPES, oneLine, squashSpaces } from '../../src/text/decode';
import { safeUrl } from '../../src/text/safe-url';

// Each function tests for its characters before replacing them: the test must see exactly what
// the replace would change (`oneLine`: its test must find every string the replace and trim change). The definitions, as they were before the tests were added:
const definition = {
  escapeHtml: (s: string) => s.replace(/[&<>[]/g, (c) => HTML_ESCAPES[c]!),
  escapeAttribute: (s: string) => s.replace(/[&"<>[]/g, (c) => HTML_ESCAPES[c]!),
  squashSpaces: (s: string) => s.replace(/[\t\n\r\f\v][ \t\n\r\f\v]*| [ \t\n\r\f\v]+/g, ' '),
  oneLine: (s: string) => s.replace(/\s+/g, ' ').trim(),
};

const text = fc.array(fc.constantFrom(...'a &<>["\'] \t\n\r\f\v\u00a0\u2028\u0000\u001f\u007f`{}|:/#?%'.split(''), '&amp;', 'https:', 'javascript:'), { maxLength: 16 }).map((a) => a.join(''));

describe('escape and squash', () => {
  it('are their replace definitions, on generated text', () => {
    fc.assert(fc.property(text, (s) => {
      expect(escapeHtml(s)).toBe(definition.escapeHtml(s));
      expect(escapeAttribute(s)).toBe(definition.escapeAttribute(s));
      expect(squashSpaces(s)).toBe(definition.squashSpaces(s));
      expect(oneLine(s)).toBe(definition.oneLine(s));
    }), { numRuns: 20000, seed: 11 });
  });

  it('safeUrl removes control characters and encodes what cannot stand raw in a URL', () => {
    expect(safeUrl('https://a.example/x\u0000y z"<>`{}|')).toBe('https://a.example/xy%20z%22%3C%3E%60%7B%7D%7C');
    expect(safeUrl('\u0001/path\u007f')).toBe('/path');
    expect(safeUrl('https://a.example/plain')).toBe('https://a.example/plain');
  });
});
