import fc from 'fast-check';
import { safeTemplate, safeTemplateUrl } from '../../../src/extract/seo/json-ld/safe-graph-urls';

describe('safeTemplate', () => {
  it('keeps expressions, checks the rest as a URL', () => {
    expect(safeTemplate('https://a.example/?s={search_term_string}')).toBe('https://a.example/?s={search_term_string}');
    expect(safeTemplate('https://a.example/post/')).toBe('https://a.example/post/');
    expect(safeTemplate('javascript:alert(1)')).toBeNull();
    expect(safeTemplate('{x}javascript:alert(1)')).toBeNull();
  });

  it('agrees with the definition it stands in front of, braces or none, slot markers included', () => {
    const piece = fc.constantFrom('https://a.example/', 'javascript:', '?s=', '{search_term_string}', '{', '}', '\u2060', 'tpl0', '&#8288;', '&NoBreak;', '&amp;', ' ', '"', 'x', '%7B', '\t');
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }).map((a) => a.join('')), (raw) => {
      expect(safeTemplate(raw)).toBe(safeTemplateUrl(raw));
    }), { numRuns: 20000, seed: 13 });
  });
});
