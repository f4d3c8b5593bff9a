import { renderMarkdown, toMarkdown, type MarkdownOptions } from '../../src/render/to-markdown';
import type { Block } from '../../src/schema/block';
import { cell, h, makeArticle, ol, p, ul } from './make-article';

const md = (blocks: Block[], o: MarkdownOptions = {}) => toMarkdown(makeArticle(blocks), { frontMatter: false, ...o }).trimEnd();
const img = (o: Partial<Extract<Block, { type: 'image' }>> = {}): Extract<Block, { type: 'image' }> => ({
  type: 'image', src: 'https://ex.com/a.jpg', alt: 'Alt', title: null, width: null, height: null, caption: null, srcset: [], link: null, ...o,
});

describe('tables', () => {
  const plain = { type: 'table', caption: null, head: [], body: [[cell('a'), cell('b')], [cell('c|d'), cell('e<br>f')]], foot: [] } as Block;
  it('gives a header-less table an empty header, escapes | and flattens line breaks', () => {
    expect(md([plain])).toBe('| | |\n| --- | --- |\n| a | b |\n| c\\|d | e f |');
  });
  it('uses the first row as header with tableHeader: first-row, and <br> with html: true', () => {
    expect(md([plain], { tableHeader: 'first-row', html: true })).toBe('| a | b |\n| --- | --- |\n| c\\|d | e<br>f |');
  });
  it('lays merged cells out on the grid, warns, or writes HTML with tables: html', () => {
    const spans = { type: 'table', caption: 'Cap', head: [[cell('H1', { header: true, colspan: 2 })]], body: [[cell('x', { rowspan: 2 }), cell('y')], [cell('z')]], foot: [] } as Block;
    const r = renderMarkdown(makeArticle([spans]), { frontMatter: false });
    expect(r.markdown).toBe('| H1 | |\n| --- | --- |\n| x | y |\n| | z |\n\n*Cap*\n');
    expect(r.warnings).toEqual([{ code: 'table_spans', message: 'A table with merged cells was written as the closest GFM table', path: 'body[0]' }]);
    expect(md([spans], { tables: 'html' })).toBe('<table><caption>Cap</caption><thead><tr><th colspan="2">H1</th></tr></thead><tbody><tr><td rowspan="2">x</td><td>y</td></tr><tr><td>z</td></tr></tbody></table>');
  });
  it('keeps code in cells with its pipes escaped', () => {
    expect(md([{ type: 'table', caption: null, head: [], body: [[cell('k')], [cell('<code>a|b</code>')]], foot: [] }])).toBe('| |\n| --- |\n| k |\n| `a\\|b` |');
  });
});

describe('lists', () => {
  it('nests mixed lists, keeps start, indents to the marker width', () => {
    const list = ol(['nine', ['ten', ul(['a', ['b', ol(['deep'])]])]], { start: 9 });
    expect(md([list])).toBe('9. nine\n10. ten\n    - a\n    - b\n      1. deep');
  });
  it('indents later paragraphs of an item and separates a nested list not starting at 1', () => {
    expect(md([ul([['one<br><br>two<br>three', ol(['x'], { start: 4 })]])])).toBe('- one\n\n  two\\\n  three\n\n  4. x');
  });
  it('keeps adjacent lists apart with other markers', () => {
    expect(md([ul(['a']), ul(['b']), ul(['c']), ol(['d']), ol(['e'])])).toBe('- a\n\n* b\n\n- c\n\n1. d\n\n1) e');
  });
  it('keeps the numbers of reversed lists as text (CommonMark only counts up)', () => {
    expect(md([ol(['a', 'b', 'c'], { reversed: true })])).toBe('- 3\\. a\n- 2\\. b\n- 1\\. c');
  });
});

describe('code', () => {
  it('fences longer than any backtick run, whitespace exact', () => {
    expect(md([{ type: 'code', language: 'md', text: 'a\n```js\n\tb  \n```' }])).toBe('````md\na\n```js\n\tb  \n```\n````');
    expect(md([{ type: 'code', language: 'python extra`', text: ' x' }])).toBe('```python\n x\n```');
  });
});

describe('figures, galleries and linked images', () => {
  it('writes alt, title, link and the caption below', () => {
    expect(md([img({ title: 'A "t"', link: 'https://ex.com/page', caption: 'Cap *x*' })])).toBe('[![Alt](https://ex.com/a.jpg "A \\"t\\"")](https://ex.com/page)\n\n*Cap \\*x\\**');
  });
  it('writes a <figure> with html: true (self-closed in MDX)', () => {
    expect(md([img({ caption: 'C' })], { html: true })).toBe('<figure><img src="https://ex.com/a.jpg" alt="Alt"><figcaption>C</figcaption></figure>');
    expect(md([img({ caption: '{C}' })], { html: true, mdx: true })).toBe('<figure><img src="https://ex.com/a.jpg" alt="Alt" /><figcaption>&#123;C&#125;</figcaption></figure>');
  });
  it('writes each gallery image, then the gallery caption', () => {
    expect(md([{ type: 'gallery', caption: 'G', images: [img(), img({ src: 'https://ex.com/b.jpg', caption: 'B' })] }])).toBe('![Alt](https://ex.com/a.jpg)\n\n![Alt](https://ex.com/b.jpg)\n\n*B*\n\n*G*');
  });
});

describe('embeds are never dropped', () => {
  const yt: Block = { type: 'embed', provider: 'youtube', url: 'https://youtu.be/abc', id: 'abc', caption: null };
  const tw: Block = { type: 'embed', provider: 'twitter', url: 'https://twitter.com/jack/status/20', id: '20', caption: 'Tweet' };
  const other: Block = { type: 'embed', provider: 'other', url: 'https://maps.example.com/x', id: null, caption: null };
  it('writes the URL on its own line by default', () => {
    expect(md([yt, other])).toBe('https://youtu.be/abc\n\nhttps://maps.example.com/x');
  });
  it('writes Hugo shortcodes, falling back to the URL', () => {
    expect(md([yt, tw, other], { embeds: 'hugo' })).toBe('{{< youtube abc >}}\n\n{{< x user="jack" id="20" >}}\n\n*Tweet*\n\nhttps://maps.example.com/x');
  });
  it('writes MDX components, or your function', () => {
    expect(md([yt, other], { mdx: true })).toBe('<YouTube id="abc" />\n\n<Embed provider="other" url="https://maps.example.com/x" />');
    expect(md([yt], { embeds: (e) => `[[embed ${e.provider}]]` })).toBe('[[embed youtube]]');
  });
});

describe('footnotes, quotes, separators, breaks, headings', () => {
  it('turns references into [^n] and writes definitions', () => {
    const body: Block[] = [p('Text<sup><a href="#note-1">1</a></sup>.'), { type: 'footnotes', items: [{ id: 'note-1', text: 'The note', html: 'The <em>note</em> <a href="#note-1-link">↩︎</a>' }] }];
    expect(md(body)).toBe('Text[^1].\n\n[^1]: The *note*');
  });
  it('writes unreferenced footnotes as a numbered list so they are not lost', () => {
    expect(md([{ type: 'footnotes', items: [{ id: 'a', text: 'A', html: 'A' }, { id: 'b', text: 'B', html: 'B' }] }])).toBe('1. A\n2. B');
  });
  it('writes quotes with paragraphs and the citation', () => {
    expect(md([{ type: 'quote', text: '', html: 'One<br><br>Two<br>three', citation: 'Ann', variant: 'pullquote', children: [] }])).toBe('> One\n>\n> Two\\\n> three\n>\n> — Ann');
  });
  it('writes the children of a quote with the same rules, every line prefixed', () => {
    const q: Block = { type: 'quote', text: '', html: '', citation: 'Ann', variant: 'blockquote', children: [h(2, 'Rule'), ol(['one', 'two']), { type: 'code', language: null, text: 'a\n\nb' }] };
    expect(md([q])).toBe('> ## Rule\n>\n> 1. one\n> 2. two\n>\n> ```\n> a\n>\n> b\n> ```\n>\n> — Ann');
  });
  it('keeps a lone * in a heading readable', () => {
    expect(md([h(3, '*Note: see below')])).toBe('### *Note: see below');
  });
  it('writes separators, hard breaks and flattened headings', () => {
    expect(md([h(2, 'A  *b*\nc'), p('x<br>y'), { type: 'separator' }])).toBe('## A \\*b\\* c\n\nx\\\ny\n\n---');
  });
});

describe('links and inline formatting', () => {
  it('keeps titles, makes destinations with spaces and parentheses valid, rewrites URLs', () => {
    const out = md([p('<a href="https://old.example.com/a b (c" title="T">x</a> <a href="/p">y</a>')], { rewriteUrl: (u) => u.replace('https://old.example.com', 'https://new.example.com') });
    expect(out).toBe('[x](https://new.example.com/a%20b%20\\(c "T") [y](/p)');
  });
  it('drops emphasis CommonMark would not read back, or keeps it as HTML when allowed', () => {
    expect(md([p('a<strong>"b"</strong>c')])).toBe('a"b"c');
    expect(md([p('a<strong>"b"</strong>c')], { html: true })).toBe('a<strong>"b"</strong>c');
    expect(md([p('<em>x</em><strong>y</strong>')])).toBe('x**y**');
  });
  it('writes sub/sup/mark as HTML only with html: true (digits in Unicode without it)', () => {
    expect(md([p('H<sub>2</sub>O <mark>m</mark>')])).toBe('H₂O m');
    expect(md([p('H<sub>2</sub>O <mark>m</mark>')], { html: true })).toBe('H<sub>2</sub>O <mark>m</mark>');
  });
  it('keeps a leftover html block as HTML only when allowed, else converts it', () => {
    const b: Block = { type: 'html', html: '<dl><dt>T</dt>\n\n<dd>D</dd></dl>' };
    expect(md([b], { html: true })).toBe('<dl><dt>T</dt>\n<dd>D</dd></dl>');
    expect(md([b])).toBe('T\n\nD');
  });
  it('writes details as <details> with html: true, else a bold summary', () => {
    const d: Block = { type: 'details', summary: 'More', open: true, children: [p('In')] };
    expect(md([d])).toBe('**More**\n\nIn');
    expect(md([d], { html: true })).toBe('<details open>\n<summary>More</summary>\n\nIn\n\n</details>');
  });
});

describe('options', () => {
  it('rejects a non-article and an unknown preset', () => {
    expect(() => toMarkdown({} as never)).toThrow(TypeError);
    expect(() => toMarkdown(makeArticle([]), { frontMatter: 'gatsby' as never })).toThrow(/unknown frontMatter preset/);
  });
  it('lets a rule be replaced', () => {
    expect(md([{ type: 'separator' }], { rules: { separator: () => '***' } })).toBe('***');
  });
});

describe('headings', () => {
  it('warns when a heading broken over lines is written on one line', () => {
    const broken: Block = { type: 'heading', level: 2, text: 'Line one line two', html: 'Line one<br>line <em>two</em>', anchor: 'line-one-line-two' };
    const trailing: Block = { type: 'heading', level: 3, text: 'one', html: 'one<br> ', anchor: 'one' };
    const r = renderMarkdown(makeArticle([trailing, broken]), { frontMatter: false });
    expect(r.markdown).toBe('### one\n\n## Line one line *two*\n');
    expect(r.warnings).toEqual([{ code: 'heading_line_break', message: expect.stringContaining('one line'), path: 'body[1]' }]);
  });
});

describe('leftover html blocks', () => {
  it('keep audio and video as links to their files (turndown writes only text, and they have none)', () => {
    const html = '<figure><video controls src="https://x.test/My%20clip.mp4?a=1&amp;b=2"></video><figcaption>Cap</figcaption></figure><audio controls><source src="https://x.test/a[1].mp3"></audio><p>t</p>';
    expect(md([{ type: 'html', html }])).toBe('[My clip.mp4](https://x.test/My%20clip.mp4?a=1&b=2)\n\nCap\n\n[a\\[1\\].mp3](https://x.test/a[1].mp3)\n\nt');
    expect(md([{ type: 'html', html: '<video controls></video><p>t</p>' }])).toBe('t');
  });
});
