import MarkdownIt from 'markdown-it';
import { parsePost, renderHtml, renderMarkdown, renderText, toMarkdown } from '../../src';
import { countsUp, listNumbers } from '../../src/render/list-numbers';
import { makeArticle, ol, ul } from './make-article';

const convert = (html: string) => parsePost({ id: 1, content: { rendered: html } });
const gfm = new MarkdownIt();
// The text of each <li> a CommonMark parser shows, with the list's own numbering when ordered.
function shown(markdown: string): string[] {
  const out: string[] = [];
  let n: number | null = null;
  for (const t of gfm.parse(markdown, {})) {
    if (t.type === 'ordered_list_open') n = Number(t.attrGet('start') ?? 1);
    if (t.type === 'bullet_list_open') n = null;
    if (t.type === 'inline') out.push(n === null ? t.content.replace(/\\/g, '') : `${n++}. ${t.content}`);
  }
  return out;
}

describe('list numbers a browser shows', () => {
  it('count down from the item count (or start) when reversed, and restart at an item value', () => {
    expect(listNumbers(ol(['a', 'b', 'c'], { reversed: true }))).toEqual([3, 2, 1]);
    expect(listNumbers(ol(['a', 'b', 'c'], { reversed: true, start: 1 }))).toEqual([1, 0, -1]);
    const valued = ol(['a', 'b', 'c']);
    valued.items[1]!.value = 10;
    expect(listNumbers(valued)).toEqual([1, 10, 11]);
    expect(countsUp([4, 5, 6])).toBe(true);
    expect(countsUp([3, 2, 1])).toBe(false);
    expect(countsUp([1, 10, 11])).toBe(false);
    expect(countsUp([-1, 0])).toBe(false);
    expect(countsUp([999_999_999, 1_000_000_000])).toBe(false);
  });
});

describe('lists Markdown cannot count', () => {
  const podium = '<ol reversed><li>Gold</li><li>Silver</li><li>Bronze</li></ol>';

  it('are read with their numbers: reversed, start and each item value', () => {
    const list = convert('<ol start="10" reversed><li>a</li><li value="4">b</li><li>c</li></ol>').body[0]!;
    expect(list).toMatchObject({ type: 'list', ordered: true, start: 10, reversed: true, items: [{ value: null }, { value: 4 }, { value: null }] });
    expect(listNumbers(list as Parameters<typeof listNumbers>[0])).toEqual([10, 4, 3]);
    // value on a bullet item means nothing; a value that is not a number is ignored.
    expect(convert('<ul><li value="3">a</li></ul><ol><li value="x">b</li></ol>').body.map((b) => b.type === 'list' && b.items[0]!.value)).toEqual([null, null]);
  });

  it('are written as bullets whose items begin with the source number, with a list_numbers warning', () => {
    const r = renderMarkdown(convert(podium), { frontMatter: false });
    expect(r.markdown).toBe('- 3\\. Gold\n- 2\\. Silver\n- 1\\. Bronze\n');
    expect(shown(r.markdown)).toEqual(['3. Gold', '2. Silver', '1. Bronze']);
    expect(r.warnings).toEqual([{ code: 'list_numbers', message: expect.stringContaining('numbers as text'), path: 'body[0]' }]);
  });

  it('are written as an HTML <ol reversed> with html: true, without a warning', () => {
    const r = renderMarkdown(convert(podium), { frontMatter: false, html: true });
    expect(r).toEqual({ markdown: '<ol reversed><li>Gold</li><li>Silver</li><li>Bronze</li></ol>\n', warnings: [] });
    expect(toMarkdown(convert('<ol reversed start="1"><li>a</li><li>b</li></ol>'), { frontMatter: false, html: true })).toBe('<ol start="1" reversed><li>a</li><li>b</li></ol>\n');
  });

  it('keep jumps and negative numbers as text; a value that continues the count stays a Markdown list', () => {
    const jump = convert('<ol><li>a</li><li value="7">b</li><li>c</li></ol>');
    expect(shown(toMarkdown(jump, { frontMatter: false }))).toEqual(['1. a', '7. b', '8. c']);
    const below = convert('<ol reversed start="1"><li>a</li><li>b</li><li>c</li></ol>');
    expect(shown(toMarkdown(below, { frontMatter: false }))).toEqual(['1. a', '0. b', '-1. c']);
    const steady = convert('<ol><li value="5">a</li><li>b</li></ol>');
    expect(renderMarkdown(steady, { frontMatter: false })).toEqual({ markdown: '5. a\n6. b\n', warnings: [] });
  });

  it('nested in a list: its numbers as text (warned once, at the outer list), or the whole list in HTML', () => {
    const a = makeArticle([ul([['top', ol(['x', 'y'], { reversed: true })]])]);
    const r = renderMarkdown(a, { frontMatter: false });
    expect(r.markdown).toBe('- top\n  - 2\\. x\n  - 1\\. y\n');
    expect(shown(r.markdown)).toEqual(['top', '2. x', '1. y']);
    expect(r.warnings.map((w) => [w.code, w.path])).toEqual([['list_numbers', 'body[0]']]);
    expect(toMarkdown(a, { frontMatter: false, html: true })).toBe('<ul><li>top<ol reversed><li>x</li><li>y</li></ol></li></ul>\n');
  });

  it('stay apart from a bullet list next to them, and keep continuation lines under the bullet', () => {
    const md = toMarkdown(makeArticle([ul(['plain']), ol(['one<br><br>more', ''], { reversed: true })]), { frontMatter: false });
    expect(md).toBe('- plain\n\n* 2\\. one\n\n  more\n* 1\\.\n');
    expect(shown(md)).toEqual(['plain', '2. one', 'more', '1.']);
  });

  it('count on after a heading inside a reversed list, as the browser does', () => {
    const a = convert('<ol reversed><li>A</li><li>B</li><h4>Head</h4><li>C</li></ol>');
    expect(a.body.map((b) => (b.type === 'list' ? listNumbers(b) : b.type))).toEqual([[3, 2], 'heading', [1]]);
    expect(renderText(a.body)).toBe('3. A\n2. B\n\nHead\n\n1. C');
  });

  it('are written by renderHtml with their start, reversed and values', () => {
    const a = convert('<ol reversed start="1"><li>a</li><li value="9">b</li></ol>');
    expect(renderHtml(a.body)).toBe('<ol start="1" reversed><li>a</li><li value="9">b</li></ol>');
  });
});

describe('empty items', () => {
  it('are dropped, and the items after them keep the numbers the browser showed', () => {
    const numbers = (html: string) => convert(html).body.map((b) => (b.type === 'list' ? listNumbers(b) : b.type));
    expect(numbers('<ol><li>a</li><li> </li><li>c</li><li>d</li></ol>')).toEqual([[1, 3, 4]]);
    expect(numbers('<ol><li></li><li>b</li></ol>')).toEqual([[2]]);
    expect(numbers('<ol reversed><li>a</li><li></li><li>c</li></ol>')).toEqual([[3, 1]]);
    expect(numbers('<ol reversed><li></li><li>b</li><li>c</li></ol>')).toEqual([[2, 1]]);
    expect(numbers('<ol start="5"><li>a</li><li></li><h4>H</h4><li></li><li>d</li></ol>')).toEqual([[5], 'heading', [8]]);
    expect(numbers('<ol><li></li><h4>H</h4><li>b</li></ol>')).toEqual(['heading', [2]]);
    expect(toMarkdown(convert('<ol><li>a</li><li></li><li>c</li></ol>'), { frontMatter: false })).toBe('- 1\\. a\n- 3\\. c\n');
    // Nothing dropped: nothing added to the article.
    expect(convert('<ol reversed><li>a</li><li>b</li></ol>').body[0]).toMatchObject({ start: null, items: [{ value: null }, { value: null }] });
  });
});
