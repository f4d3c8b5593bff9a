import { toMarkdown } from '../../src';
import { makeArticle, p } from './make-article';

const md = (html: string) => toMarkdown(makeArticle([p(html)]), { frontMatter: false }).trimEnd();

// Inline Markdown reads the end of what it has written (a `!` before a link, the character an
// emphasis follows) from two characters kept aside, not from the growing string.
describe('inline Markdown, the end of the text so far', () => {
  it('escapes a `!` that would turn the next link into an image, once', () => {
    expect(md('Wow!<a href="https://a.example/">link</a>')).toBe('Wow\\![link](https://a.example/)');
    expect(md('!<a href="https://a.example/">link</a>')).toBe('\\![link](https://a.example/)');
    expect(md('<em>Wow!</em><a href="https://a.example/">link</a>')).toBe('*Wow!*[link](https://a.example/)');
  });

  it('converts a paragraph of many thousand pieces', () => {
    const html = Array.from({ length: 20_000 }, (_, i) => `w${i} <em>e</em> and, `).join('');
    const out = md(html);
    expect(out.startsWith('w0 *e* and, w1 *e* and,')).toBe(true);
    expect(out.match(/\*e\*/g)).toHaveLength(20_000);
  });
});
