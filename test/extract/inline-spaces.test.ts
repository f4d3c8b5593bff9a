import fc from 'fast-check';
import { parseFragment } from '../../src/dom/dom';
import { inlineContent } from '../../src/extract/body/inline';
import { context, post } from './helpers';

// Pieces whose joins make space pairs: spaces at the edges of text, blocks and breaks read as
// inline, formatting around nothing, and attribute values that hold a pair themselves.
const piece = fc.constantFrom(
  'a', ' b', 'c ', ' ', '  ', '\t\n ', '&nbsp;', ' &nbsp; ', '\u200b', ' \u200b ', '', 'x  y',
  '<strong>', '</strong>', '<em> ', ' </em>', '<strong> </strong>', '<em></em>', '<span> ', ' </span>',
  '<div>', '</div>', ' <div> d </div> ', '<div>d </div>', 'e<h3> f</h3>', '<p> p </p>', '<br>', ' <br> ', '<br><br>',
  '<a href="https://ok.example/">', '<a href="https://ok.example/" title="t  t"> ', '</a>', '<abbr title="a  b">', '</abbr>',
  '<img src="https://ok.example/i.png" alt="alt  text">', ' <img src="https://ok.example/i.png" alt=" x ">',
  '<script>s  s</script>', '<code>  c  </code>',
);

describe('inline content', () => {
  it('never holds two spaces in a row, in html or in text, however the pieces meet', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const { html, text } = inlineContent(parseFragment(pieces.join('')), context(post({ id: 1 })));
        expect(html).not.toContain('  ');
        expect(text).not.toContain('  ');
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('collapses the pairs made where pieces meet, and keeps single spaces', () => {
    const read = (html: string) => inlineContent(parseFragment(html), context(post({ id: 1 })));
    expect(read('a <strong> b </strong> c')).toEqual({ html: 'a <strong> b </strong> c', text: 'a b c' });
    expect(read('a <div> b </div> c')).toEqual({ html: 'a b c', text: 'a b c' });
    expect(read('x<div>d </div>y')).toEqual({ html: 'x d y', text: 'x d y' });
    expect(read('<abbr title="x  y">A</abbr> <img src="https://ok.example/i.png" alt="a  b">')).toEqual({
      html: '<abbr title="x y">A</abbr> <img src="https://ok.example/i.png" alt="a b">',
      text: 'A',
    });
  });
});
