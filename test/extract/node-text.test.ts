import fc from 'fast-check';
import { nodeText } from '../../src/extract/body/inline';
import { squashSpaces } from '../../src/text/decode';

// The definition the early return stands in front of: drop zero-width spaces, squash. Entities
// are not decoded: the parser did that once already.
const definition = (data: string) => squashSpaces(data.replace(/\u200b/g, ''));

describe('nodeText', () => {
  it('drops zero-width spaces and squashes white space, and leaves entity-like text as text', () => {
    expect(nodeText('It’s\u200b \n here')).toBe('It’s here');
    expect(nodeText('&lt;p&gt; and &amp;')).toBe('&lt;p&gt; and &amp;');
    expect(nodeText('\n\t\t')).toBe(' ');
    expect(nodeText('')).toBe('');
    expect(nodeText('\u200b')).toBe('');
    expect(nodeText('plain text, one space each')).toBe('plain text, one space each');
  });

  it('is its definition on generated text', () => {
    const data = fc.array(fc.constantFrom(...'a  \t\n\r\f\v\u00a0\u200b&;#<>['.split(''), '&amp;', '&#8217;', '&amp;#8217;', '&#x200b;', '&nbsp;', '&#10;'), { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(fc.property(data, (d) => {
      expect(nodeText(d)).toBe(definition(d));
    }), { numRuns: 20000, seed: 13 });
  });
});
