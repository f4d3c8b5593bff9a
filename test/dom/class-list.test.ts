import fc from 'fast-check';
import { classList, hasClass, type Element } from '../../src/dom/dom';
import { slugify } from '../../src/extract/slugify';

const withClass = (value: string): Element => ({ attribs: { class: value } }) as unknown as Element;

// Class attributes made of tokens and every kind of white space `\s` knows, ASCII and not.
const classAttr = fc
  .array(fc.oneof(fc.constantFrom('a', 'b', 'ab', 'elementor-widget', 'é', '-', '_'), fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u3000', '\u2028', '\ufeff')), { maxLength: 12 })
  .map((parts) => parts.join(''));

describe('classList and hasClass', () => {
  it('split on white space exactly as split(/\\s+/) did, and find whole tokens only', () => {
    expect(classList(withClass(' elementor-widget  elementor-widget-text\ttitle\u00a0x '))).toEqual(['elementor-widget', 'elementor-widget-text', 'title', 'x']);
    expect(hasClass(withClass('elementor-widget-text title'), 'elementor-widget')).toBe(false);
    expect(hasClass(withClass('elementor-widget-text title'), 'title')).toBe(true);
    fc.assert(
      fc.property(classAttr, fc.constantFrom('a', 'b', 'ab', 'elementor-widget', 'é'), (value, name) => {
        const el = withClass(value);
        const reference = value.split(/\s+/).filter(Boolean);
        expect(classList(el)).toEqual(reference);
        expect(hasClass(el, name)).toBe(reference.includes(name));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('slugify', () => {
  it('gives ASCII text the slug the Unicode path gives it', () => {
    const reference = (t: string) =>
      t.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '').trim().replace(/\s+/g, '-').replace(/-{2,}/g, '-');
    expect(slugify('Why it’s key: the 3 parts')).toBe('why-its-key-the-3-parts');
    expect(slugify('  Step 1 -- (optional) _setup_! ')).toBe('step-1-optional-_setup_');
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii' }), (t) => expect(slugify(t)).toBe(reference(t))), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (t) => expect(slugify(t)).toBe(reference(t))), { numRuns: 500 });
  });
});
