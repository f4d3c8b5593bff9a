import MarkdownIt from 'markdown-it';
import { parsePost, renderMarkdown, toMarkdown } from '../../src';
import { tableGrid } from '../../src/render/markdown/table-grid';
import type { Block, TableCell } from '../../src/schema/block';
import { cell, makeArticle } from './make-article';

const convert = (html: string) => parsePost({ id: 1, content: { rendered: html } });
const table = (head: TableCell[][], body: TableCell[][], foot: TableCell[][] = []): Block => ({ type: 'table', caption: null, head, body, foot });
const texts = (grid: (TableCell | null)[][] | null) => grid?.map((r) => r.map((c) => c?.html ?? '·').join(' '));
const rowsOf = (md: string) => new MarkdownIt().parse(md, {}).filter((t) => t.type === 'tr_open').length;

describe('table spans read as a browser reads them', () => {
  it('clamps rowspan to its row group (0 = to the end of it) and colspan to HTML limits', () => {
    const t = convert('<table><thead><tr><th rowspan="9">H</th></tr></thead><tbody><tr><td rowspan="65534" colspan="5000">a</td></tr><tr><td rowspan="0">b</td></tr><tr><td>c</td></tr></tbody></table>').body[0]!;
    expect(t).toMatchObject({
      head: [[{ html: 'H', rowspan: 1 }]],
      body: [[{ html: 'a', rowspan: 3, colspan: 1000 }], [{ html: 'b', rowspan: 2 }], [{ html: 'c', rowspan: 1 }]],
    });
  });

  it('ends a row span with its group on the grid too, and leaves out columns where no cell begins', () => {
    const grid = tableGrid([[[cell('H', { rowspan: 5 })]], [[cell('a', { colspan: 1000 })], [cell('b'), cell('c')]]]);
    expect(texts(grid)).toEqual(['H ·', 'a ·', 'b c']);
    // A cell spanning rows pushes the cells below it right, as in a browser.
    expect(texts(tableGrid([[[cell('x', { rowspan: 2 }), cell('y')], [cell('z')]]]))).toEqual(['x y', '· z']);
  });

  it('gives null past the cell limit, after work proportional to the cells placed', () => {
    // Each row's cell spans every row below: the grid is rows × rows, past 10,000 positions far
    // more than 16 per cell.
    const diagonal = (n: number) => Array.from({ length: n }, () => [cell('d', { rowspan: n, colspan: 1000 })]);
    expect(tableGrid([diagonal(100)])).toHaveLength(100);
    expect(tableGrid([diagonal(101)])).toBeNull();
    expect(tableGrid([diagonal(5000)])).toBeNull();
    // A big table whose cells fill its grid is laid out up to 100,000 positions.
    const full = (rows: number) => [Array.from({ length: rows }, () => Array.from({ length: 250 }, () => cell('c')))];
    expect(tableGrid(full(400))).toHaveLength(400);
    expect(tableGrid(full(401))).toBeNull();
    expect(tableGrid([[[cell('a'), cell('b')], [cell('c')]]], 3)).toBeNull();
  });
});

describe('tables in Markdown', () => {
  it('write a grid past the limit row by row, without spans, every cell kept, with table_too_large', () => {
    const rows = Array.from({ length: 400 }, (_, i) => [cell(`r${i}`, { rowspan: 400, colspan: 1000 })]);
    const r = renderMarkdown(makeArticle([table([], rows)]), { frontMatter: false });
    expect(r.warnings).toEqual([{ code: 'table_too_large', message: expect.stringContaining('written row by row'), path: 'body[0]' }]);
    expect(r.markdown.startsWith('| |\n| --- |\n| r0 |\n| r1 |\n')).toBe(true);
    expect(r.markdown.length).toBeLessThan(400 * 10);
    expect(rowsOf(r.markdown)).toBe(401);
  });

  it('write merged cells as HTML with html: true (GFM with tables: gfm), URLs rewritten', () => {
    const t = table([], [[cell('<a href="https://old.test/x">x</a>', { colspan: 2 })], [cell('a'), cell('b')]]);
    const rewriteUrl = (u: string) => u.replace('old.test', 'new.test');
    expect(renderMarkdown(makeArticle([t]), { frontMatter: false, html: true, rewriteUrl })).toEqual({
      markdown: '<table><tbody><tr><td colspan="2"><a href="https://new.test/x">x</a></td></tr><tr><td>a</td><td>b</td></tr></tbody></table>\n',
      warnings: [],
    });
    expect(toMarkdown(makeArticle([t]), { frontMatter: false, html: true, tables: 'gfm', rewriteUrl })).toBe('| | |\n| --- | --- |\n| [x](https://new.test/x) | |\n| a | b |\n');
  });

  it('warn where a header is made up: several header rows, or the first row promoted', () => {
    const two = table([[cell('H1', { header: true })], [cell('H2', { header: true })]], [[cell('a')]]);
    const r = renderMarkdown(makeArticle([{ type: 'details', summary: 'S', open: false, children: [two] }]), { frontMatter: false });
    expect(r.markdown).toBe('**S**\n\n| H1 |\n| --- |\n| H2 |\n| a |\n');
    expect(r.warnings).toEqual([{ code: 'table_header', message: expect.stringContaining('2 header rows'), path: 'body[0].children[0]' }]);
  });
});
