import { parsePost, toMarkdown } from '../../src';

const post = (html: string) => ({ id: 1, title: { rendered: 'Q' }, content: { rendered: html } });

describe('quotes keep their structure as children', () => {
  const a = parsePost(post('<h2>Intro</h2><blockquote><h2>Rule</h2><ol><li>one</li><li>two</li></ol><p>Be <em>kind</em>.</p><img src="https://x.test/a.jpg" alt="A"><cite>Ann</cite></blockquote>'));

  it('holds headings, lists and paragraphs as blocks; images follow the quote', () => {
    expect(a.body.map((b) => b.type)).toEqual(['heading', 'quote', 'image']);
    const q = a.body[1]!;
    if (q.type !== 'quote') throw new Error('expected a quote');
    expect(q.children).toEqual([
      { type: 'heading', level: 2, text: 'Rule', html: 'Rule', anchor: 'rule' },
      { type: 'list', ordered: true, start: null, reversed: false, items: [{ text: 'one', html: 'one', value: null, children: null }, { text: 'two', html: 'two', value: null, children: null }] },
      { type: 'paragraph', text: 'Be kind.', html: 'Be <em>kind</em>.' },
    ]);
    expect(q.text).toBe('Rule\n\none\n\ntwo\n\nBe kind.');
    expect(q.html).toBe('Rule<br><br>one<br><br>two<br><br>Be <em>kind</em>.');
    expect(q.citation).toBe('Ann');
  });

  it('counts headings and lists inside quotes, with unique anchors', () => {
    expect(a.headings.map((h) => h.anchor)).toEqual(['intro', 'rule']);
    expect(a.outline.map((h) => h.text)).toEqual(['Intro', 'Rule']);
    expect(a.lists.map((l) => l.items.length)).toEqual([2]);
  });

  it('renders the structure in html, text and Markdown', () => {
    expect(a.html).toContain('<blockquote><h2 id="rule">Rule</h2>\n<ol><li>one</li><li>two</li></ol>\n<p>Be <em>kind</em>.</p><cite>Ann</cite></blockquote>');
    expect(a.text).toContain('Rule\n\n1. one\n2. two\n\nBe kind.\n— Ann');
    expect(toMarkdown(a, { frontMatter: false })).toContain('> ## Rule\n>\n> 1. one\n> 2. two\n>\n> Be *kind*.\n>\n> — Ann\n\n![A](https://x.test/a.jpg)');
  });

  it('nests a quote inside a quote', () => {
    const b = parsePost(post('<blockquote><p>outer</p><blockquote><p>inner</p></blockquote></blockquote>')).body;
    expect(b).toEqual([{
      type: 'quote', text: 'outer\n\ninner', html: 'outer<br><br>inner', citation: null, variant: 'blockquote',
      children: [{ type: 'paragraph', text: 'outer', html: 'outer' }, { type: 'quote', text: 'inner', html: 'inner', citation: null, variant: 'blockquote', children: [{ type: 'paragraph', text: 'inner', html: 'inner' }] }],
    }]);
  });
});
