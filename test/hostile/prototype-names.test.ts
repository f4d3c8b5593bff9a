import { parsePost, toMarkdown } from '../../src';
import { own } from '../../src/text/own';

// Tag names, plugin keys and settings that are also properties of Object.prototype: lookup
// tables must treat them as unknown, not find `Object` (a `<constructor>` element crashed).
const post = (rendered: string, extra: Record<string, unknown> = {}) => ({ id: 1, content: { rendered }, ...extra });

describe('Object.prototype names in the input', () => {
  it('own() finds only own properties', () => {
    expect(own({ a: 1 }, 'a')).toBe(1);
    expect(own({ a: 1 }, 'constructor')).toBeUndefined();
    expect(own({ a: 1 }, '__proto__')).toBeUndefined();
    expect(own({ a: 1 }, 'toString')).toBeUndefined();
  });

  it('a <constructor> element is an unknown element: looked through, its text kept', () => {
    const a = parsePost(post('<constructor><p>x</p></constructor><div><constructor>a<div>b</div></constructor></div>'));
    expect(a.body).toEqual([
      { type: 'paragraph', text: 'x', html: 'x' },
      { type: 'paragraph', text: 'a', html: 'a' },
      { type: 'paragraph', text: 'b', html: 'b' },
    ]);
  });

  it('inline, it is unwrapped like any unknown inline tag', () => {
    const a = parsePost(post('<p>a <constructor>x</constructor> <valueof>y</valueof> b</p>'));
    expect(a.body).toEqual([{ type: 'paragraph', text: 'a x y b', html: 'a x y b' }]);
    expect(a.html).toBe('<p>a x y b</p>');
    expect(toMarkdown(a, { frontMatter: false })).toBe('a x y b\n');
  });

  it('legacy yoast_meta keys and SEO variables named like prototype properties are plain unknowns', () => {
    const a = parsePost(post('<p>x</p>', { yoast_meta: { constructor: 'c', 'yoast_wpseo_title': 'T %%constructor%%' } }));
    expect(a.seo.title).toBe('T %%constructor%%');
    expect(a.seo.unresolved).toContain('%%constructor%%');
    expect(a.warnings.map((w) => w.code)).not.toContain('seo_rule_failed');
  });

  it('a front-matter preset named constructor is unknown', () => {
    const a = parsePost(post('<p>x</p>'));
    expect(() => toMarkdown(a, { frontMatter: 'constructor' as never })).toThrow(/unknown frontMatter preset "constructor"/);
  });
});
