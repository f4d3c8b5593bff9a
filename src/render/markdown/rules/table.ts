import type { TableCell } from '../../../schema/block';
import type { MarkdownRule } from '../markdown-rule';
import type { MarkdownContext } from '../markdown-context';
import { inlineMarkdown } from '../inline-markdown';
import { captionLine } from '../caption-line';
import { htmlForMarkdown } from '../html-for-markdown';
import { rewriteHtmlUrls } from '../rewrite-html-urls';
import { MAX_GRID_CELLS, tableGrid } from '../table-grid';
import { renderHtml } from '../../to-html';

/**
 * A GFM pipe table. GFM needs a header row: a table without one (Gutenberg's default) gets an
 * empty header, so its first row stays a row (`tableHeader: 'first-row'` promotes it, with a
 * `table_header` warning). `|` in cells is escaped and line breaks become spaces (`<br>` with
 * HTML allowed). Merged cells are written once at their top-left position with empty cells
 * around them, with a `table_spans` warning; `tables: 'html'` (the default with `html: true`)
 * writes such tables as HTML instead. A table whose grid would be far larger than its cells
 * (see `tableGrid`) is written row by row without its spans, every cell kept, with a
 * `table_too_large` warning: a few kilobytes of spans must not become megabytes of empty cells.
 */
export const table: MarkdownRule<'table'> = (b, ctx) => {
  const all = [...b.head, ...b.body, ...b.foot];
  if (!all.length) return '';
  const spans = all.some((r) => r.some((c) => c.colspan > 1 || c.rowspan > 1));
  if (spans && ctx.tables === 'html') return htmlForMarkdown(rewriteHtmlUrls(renderHtml([b]), ctx), ctx);
  const grid = tableGrid([b.head, b.body, b.foot]);
  // Without spans, rows written as they are lose nothing: only huge ragged tables get here.
  if (!grid && spans) ctx.warn('table_too_large', `A table whose merged cells fill a grid far larger than its cells (over ${MAX_GRID_CELLS}, or 16 per cell) was written row by row, without its spans`);
  else if (spans) ctx.warn('table_spans', 'A table with merged cells was written as the closest GFM table');
  const rows = (grid ?? all).map((r) => r.map((c) => (c ? cell(c, ctx) : '')));
  const width = rows.reduce((w, r) => Math.max(w, r.length), 1);
  let header = Array<string>(width).fill('');
  if (b.head.length || ctx.tableHeader === 'first-row') header = [...rows.shift()!, ...header].slice(0, width);
  if (!b.head.length && ctx.tableHeader === 'first-row') ctx.warn('table_header', 'The first row of a table without a header was written as its header');
  if (b.head.length > 1) ctx.warn('table_header', `A table with ${b.head.length} header rows was written with the first as its header, the others as rows`);
  const line = (r: string[]) => `| ${r.join(' | ')} |`.replace(/ {2}\|/g, ' |');
  const out = [line(header), `|${' --- |'.repeat(width)}`, ...rows.map(line)].join('\n');
  return b.caption ? `${out}\n\n${captionLine(b.caption, ctx)}` : out;
};

function cell(c: TableCell, ctx: MarkdownContext): string {
  const br = ctx.mdx ? '<br />' : '<br>';
  // A `<br>` written after text's `{{` would open a Hugo shortcode: the brace is escaped.
  const md = inlineMarkdown(c.html, ctx).replace(/\\\n/g, ctx.html ? br : ' ').replace(/\n/g, ' ').replace(/(?<!\\)\{\{(?=<br)/g, '{\\{');
  // A pipe splits the row unless escaped, even inside a code span.
  return md.replace(/(\\*)\|/g, (m, slashes: string) => (slashes.length % 2 ? m : `${slashes}\\|`));
}
