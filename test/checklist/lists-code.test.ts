import MarkdownIt from 'markdown-it';
import { renderMarkdown, toMarkdown } from '../../src/index';
import { md, parse, renderCommonMark } from './helpers';

// docs/checklist.md, "Lists / tables / code": cases 40–50 of markup-patterns.md §5.

const cell = (html: string, o: Record<string, unknown> = {}) => ({ text: html.replace(/<br>/g, ' ').replace(/<[^>]*>/g, ''), html, header: false, colspan: 1, rowspan: 1, ...o });
const item = (text: string, children: unknown = null) => ({ text, html: text, value: null, children });

describe('checklist: lists, tables, code', () => {
  it('#40 invalid nesting <ul><li>A</li><ul><li>B</li></ul></ul> → B nested under A', () => {
    const html = '<ul><li>A</li><ul><li>B</li></ul></ul>';
    expect(parse(html).body).toEqual([{
      type: 'list', ordered: false, start: null, reversed: false,
      items: [item('A', { type: 'list', ordered: false, start: null, reversed: false, items: [item('B')] })],
    }]);
    expect(md(html)).toBe('- A\n  - B\n');
  });

  it('#41 <ol start="9">, an item with two paragraphs → numbers 9–11, continuation indented to the marker width', () => {
    const html = '<ol start="9"><li>One</li><li><p>Two</p><p>More of two</p></li><li>Three</li></ol>';
    expect(parse(html).body).toEqual([{
      type: 'list', ordered: true, start: 9, reversed: false,
      items: [item('One'), { text: 'Two\n\nMore of two', html: 'Two<br><br>More of two', value: null, children: null }, item('Three')],
    }]);
    const out = md(html);
    expect(out).toBe('9. One\n10. Two\n\n    More of two\n11. Three\n');
    expect(renderCommonMark(out)).toBe('<ol start="9">\n<li>\n<p>One</p>\n</li>\n<li>\n<p>Two</p>\n<p>More of two</p>\n</li>\n<li>\n<p>Three</p>\n</li>\n</ol>\n');
  });

  it('#42 Gutenberg table without <thead> → GFM table with an empty header, every row kept a row (first row as header by option, warned), not HTML', () => {
    const html = '<figure class="wp-block-table"><table><tbody><tr><td>Name</td><td>Age</td></tr><tr><td>Ann</td><td>30</td></tr></tbody></table></figure>';
    const a = parse(html);
    expect(a.body).toEqual([{ type: 'table', caption: null, head: [], body: [[cell('Name'), cell('Age')], [cell('Ann'), cell('30')]], foot: [] }]);
    expect(renderMarkdown(a, { frontMatter: false })).toEqual({ markdown: '| | |\n| --- | --- |\n| Name | Age |\n| Ann | 30 |\n', warnings: [] });
    expect(renderMarkdown(a, { frontMatter: false, tableHeader: 'first-row' })).toEqual({
      markdown: '| Name | Age |\n| --- | --- |\n| Ann | 30 |\n',
      warnings: [{ code: 'table_header', message: 'The first row of a table without a header was written as its header', path: 'body[0]' }],
    });
    // markdown-it with GFM tables: an empty head, then Name and Ann as data rows.
    expect(new MarkdownIt().render(toMarkdown(a, { frontMatter: false }))).toContain('<tbody>\n<tr>\n<td>Name</td>');
  });

  it('#43 colspan and a <ul> in a cell → table node; closest GFM table with a warning, or HTML on request', () => {
    const a = parse('<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td colspan="2">wide</td></tr><tr><td><ul><li>x</li><li>y</li></ul></td><td>z</td></tr></tbody></table>');
    expect(a.body).toEqual([{
      type: 'table', caption: null, foot: [],
      head: [[cell('A', { header: true }), cell('B', { header: true })]],
      body: [[cell('wide', { colspan: 2 })], [cell('x<br>y'), cell('z')]],
    }]);
    expect(renderMarkdown(a, { frontMatter: false })).toEqual({
      markdown: '| A | B |\n| --- | --- |\n| wide | |\n| x y | z |\n',
      warnings: [{ code: 'table_spans', message: 'A table with merged cells was written as the closest GFM table', path: 'body[0]' }],
    });
    expect(toMarkdown(a, { frontMatter: false, tables: 'html' })).toBe('<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td colspan="2">wide</td></tr><tr><td>x<br>y</td><td>z</td></tr></tbody></table>\n');
  });

  it('#44 cell with "a | b" and <br> → "a \\| b", the break a space (<br> with HTML allowed)', () => {
    const a = parse('<table><thead><tr><th>H</th></tr></thead><tbody><tr><td>a | b<br>c</td></tr></tbody></table>');
    expect(toMarkdown(a, { frontMatter: false })).toBe('| H |\n| --- |\n| a \\| b c |\n');
    expect(toMarkdown(a, { frontMatter: false, html: true })).toBe('| H |\n| --- |\n| a \\| b<br>c |\n');
  });

  it('#45 wp-block-code with escaped HTML and indentation → fenced block with <div>, indentation kept', () => {
    const html = '<pre class="wp-block-code"><code>&lt;div&gt;\n  x\n&lt;/div&gt;</code></pre>';
    expect(parse(html).body).toEqual([{ type: 'code', language: null, text: '<div>\n  x\n</div>' }]);
    expect(md(html)).toBe('```\n<div>\n  x\n</div>\n```\n');
  });

  it('#46 SyntaxHighlighter <pre class="brush: php; …"> without <code> → ```php', () => {
    const html = '<pre class="brush: php; title: ; notranslate" title="">$a = 1;</pre>';
    expect(parse(html).body).toEqual([{ type: 'code', language: 'php', text: '$a = 1;' }]);
    expect(md(html)).toBe('```php\n$a = 1;\n```\n');
  });

  it('#47 Enlighter <pre class="EnlighterJSRAW" data-enlighter-language="python"> → ```python', () => {
    const html = '<pre class="EnlighterJSRAW" data-enlighter-language="python">print("hi")\nif x:\n    y()</pre>';
    expect(parse(html).body).toEqual([{ type: 'code', language: 'python', text: 'print("hi")\nif x:\n    y()' }]);
    expect(md(html)).toBe('```python\nprint("hi")\nif x:\n    y()\n```\n');
  });

  it('#48 Code Block Pro (data-code + shiki spans) → the code once, not concatenated spans or the copy button', () => {
    const html = '<div class="wp-block-kevinbatdorf-code-block-pro" data-code-block-pro-font-family="Code-Pro-JetBrains-Mono" style="font-size:.875rem"><span role="button" tabindex="0" data-code="const a = 1;\nconsole.log(a);" style="color:#d4d4d4;display:none" aria-label="Copy" class="code-block-pro-copy-button"><svg xmlns="http://www.w3.org/2000/svg" style="width:24px;height:24px" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2"><path class="with-check" stroke-linecap="round" stroke-linejoin="round" d="M9 5H7"></path></svg></span>'
      + '<pre class="shiki dark-plus" style="background-color: #1E1E1E" tabindex="0"><code><span class="line"><span style="color: #569CD6">const</span><span style="color: #D4D4D4"> a = </span><span style="color: #B5CEA8">1</span><span style="color: #D4D4D4">;</span></span>\n<span class="line"><span style="color: #9CDCFE">console</span><span style="color: #D4D4D4">.log(a);</span></span></code></pre></div>';
    expect(parse(html).body).toEqual([{ type: 'code', language: null, text: 'const a = 1;\nconsole.log(a);' }]);
  });

  it('#49 code containing ``` → the fence is lengthened to 4 backticks', () => {
    const html = '<pre class="wp-block-code"><code>Use ``` to fence:\n```js\nx\n```</code></pre>';
    expect(md(html)).toBe('````\nUse ``` to fence:\n```js\nx\n```\n````\n');
  });

  it('#50 shortcode-looking text inside code → unchanged', () => {
    const html = '<p>Write <code>[gallery]</code> to show images.</p><pre class="wp-block-code"><code>[gallery ids="1,2"]\n[caption]x[/caption]</code></pre>';
    const a = parse(html);
    expect(a.body).toEqual([
      { type: 'paragraph', text: 'Write [gallery] to show images.', html: 'Write <code>&#91;gallery]</code> to show images.' },
      { type: 'code', language: null, text: '[gallery ids="1,2"]\n[caption]x[/caption]' },
    ]);
    expect(a.warnings).toEqual([]);
  });
});
