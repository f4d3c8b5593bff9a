import fc from 'fast-check';
import { parsePost, toMarkdown } from '../../src';
import { scanInlineHtml } from '../../src/render/markdown/read-inline-html';
import { splitParagraphs } from '../../src/render/paragraphs';

describe('splitParagraphs', () => {
  it('splits at break pairs outside every element only', () => {
    expect(splitParagraphs('a<br><br>b')).toEqual(['a', 'b']);
    expect(splitParagraphs('a<br> \n<br>b<br>c')).toEqual(['a', 'b<br>c']);
    expect(splitParagraphs('x<br><br><br>y')).toEqual(['x', '<br>y']);
    expect(splitParagraphs('<sup>x<br><br>y</sup> z')).toEqual(['<sup>x<br><br>y</sup> z']);
    expect(splitParagraphs('a<br><br><em>b<br><br>c</em><br><br><img src="i" alt=""><br><br>d')).toEqual(['a', '<em>b<br><br>c</em>', '<img src="i" alt="">', 'd']);
    expect(splitParagraphs('<a href="u">l</a><br><br><strong><em>s</em></strong><br><br>e')).toEqual(['<a href="u">l</a>', '<strong><em>s</em></strong>', 'e']);
    // Html built by hand that closes more than it opens still splits after it.
    expect(splitParagraphs('</em>a<br><br>b')).toEqual(['</em>a', 'b']);
  });

  it('is the plain split where no element is open, and never cuts an element', () => {
    const piece = fc.constantFrom('a', ' ', '\n', '<br>', '<img src="i" alt="">', '<strong>', '</strong>', '<em>', '</em>', '<sup>', '</sup>', '<a href="u">', '</a>');
    fc.assert(fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
      const html = pieces.join('');
      const parts = splitParagraphs(html);
      if (!/<(?!br|img)[a-z]/.test(html)) expect(parts).toEqual(html.split(/<br>\s*<br>/));
      // Well-formed html (unpress's own) gives well-formed paragraphs.
      if (scanInlineHtml(html) !== null) for (const p of parts) expect(scanInlineHtml(p)).not.toBeNull();
    }), { numRuns: 5000, seed: 23 });
  });

  it('keeps a list item whole when its breaks are inside formatting (found by the property sweep, seeds 44 and 66)', () => {
    const a = parsePost({ id: 1, content: { rendered: '<ol><li><sup>x<br><br>y</sup> alpha</li><li>one<br><br>two</li></ol>' } });
    expect(a.html).toBe('<ol><li><sup>x<br><br>y</sup> alpha</li><li><p>one</p><p>two</p></li></ol>');
    expect(parsePost({ id: 1, content: { rendered: a.html } }).html).toBe(a.html);
    // Two line breaks inside the formatting: two hard breaks in one paragraph.
    expect(toMarkdown(a, { frontMatter: false })).toBe('1. x\\\n   \\\n   y alpha\n2. one\n\n   two\n');
  });
});
