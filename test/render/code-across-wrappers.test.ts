import { parsePost, toMarkdown } from '../../src';
import { makeArticle, p } from './make-article';

const md = (html: string, mdx = false) => toMarkdown(makeArticle([p(html)]), { frontMatter: false, mdx }).trimEnd();

// Property-test case (seed 123 at 1,500 runs): two code spans written one after the other inside
// tags Markdown has no syntax for ran their backtick fences together, and the text after them,
// braces included, came out as Markdown: in MDX, an expression.
describe('code side by side across tags Markdown cannot write', () => {
  it('becomes one code span, so nothing leaks out of it', () => {
    expect(md('<sup><code>`a`</code></sup><sup><code> {b}</code></sup>', true)).toBe('`` `a` {b} ``');
    expect(md('<small><code>x</code></small><code>{y}</code>', true)).toBe('`x{y}`');
    expect(md('<mark><code>a</code></mark><span><code>b</code></span>')).toBe('`ab`');
  });

  it('keeps the tags, and the spans apart, when HTML is allowed', () => {
    const out = toMarkdown(makeArticle([p('<sup><code>a</code></sup><sup><code>b</code></sup>')]), { frontMatter: false, html: true }).trimEnd();
    expect(out).toBe('<sup>`a`</sup><sup>`b`</sup>');
  });

  it('still writes a footnote reference in a sup as [^n]', () => {
    const body = [p('<code>a</code><sup><a href="#note-1">1</a></sup>.'), { type: 'footnotes' as const, items: [{ id: 'note-1', text: 'N', html: 'N' }] }];
    expect(toMarkdown(makeArticle(body), { frontMatter: false }).trimEnd()).toBe('`a`[^1].\n\n[^1]: N');
  });

  it('converts the whole case the property test found to MDX without a bare brace', () => {
    const html = '<code><sup><ul><li><div class="elementor-widget-container">`tick` alpha</div>\n{expr}</li></ul></sup></code>';
    const out = toMarkdown(parsePost({ id: 1, content: { rendered: html } }), { frontMatter: false, mdx: true });
    expect(out).toBe('- `` `tick` alpha {expr} ``\n');
  });
});
