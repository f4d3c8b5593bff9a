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

// Property-test case (seed 8 at 3,000 runs): bold that cannot be written as `**` (a `*` right
// after it) around code, after code: its code span was written right after the first one, the
// fences ran together, and the next code's `<b>` (escaped text in the HTML) was raw HTML in the
// Markdown.
describe('code inside emphasis that cannot be written', () => {
  it('joins the code beside it', () => {
    expect(md('<code>a</code><strong><code>b</code></strong><strong><code>&lt;script&gt;x</code></strong>')).toBe('`ab`**`<script>x`**');
    expect(md('<strong><code>a</code></strong><strong><code>b</code></strong>')).toBe('`a`**`b`**');
    expect(md('<em><code>a</code></em><code>b</code>')).toBe('*`a`*`b`');
  });

  it('converts the case the property test found without HTML in the Markdown', () => {
    const html =
      '<code>`tick` &amp;\n[vc_row][vc_column][vc_column_text]<b> alpha\n<strong>&amp;lt;b&amp;gt; alpha\n<div class="elementor-section elementor-top-section"><div class="elementor-container"><div class="elementor-column"><div class="elementor-widget-wrap"><div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"></div></div></div></div></div></div></strong>[/vc_column_text][/vc_column][/vc_row]</code>';
    const out = toMarkdown(parsePost({ id: 1, content: { rendered: html } }), { frontMatter: false });
    // `&amp;lt;b&amp;gt;` is the text `&lt;b&gt;` on the page: decoded once, it stays so in code.
    expect(out).toBe('`` `tick` & [vc_row][vc_column][vc_column_text] alpha  ``**`&lt;b&gt; alpha `**\n\n**`[/vc_column_text][/vc_column][/vc_row]`**\n');
  });
});
