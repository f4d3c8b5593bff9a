import type { TableCell } from '../../../schema/block';
import type { MarkdownRule } from '../markdown-rule';
import type { MarkdownContext } from '../markdown-context';
import { inlineMarkdown } from '../inline-markdown';
import { captionLine } from '../caption-line';
import { htmlForMarkdown } from '../html-for-markdown';
import { tableGrid } from '../table-grid';
import { renderHtml } from '../../to-html';

/**
 * A GFM pipe table. Header-less tables (Gutenberg's default) get the first row, or an empty
 * header with `tableHeader: 'empty'`. `|` in cells is escaped and line breaks become spaces
 * (`<br>` with HTML allowed). Merged cells are written once at their top-left position with
 * empty cells around them, with a `table_spans` warning; `tables: 'html'` writes such tables
 * as clean HTML instead.
 */
export const table: MarkdownRule<'table'> = (b, ctx) => {
  const all = [...b.head, ...b.body, ...b.foot];
  if (!all.length) return '';
  if (all.some((r) => r.some((c) => c.colspan > 1 || c.rowspan > 1))) {
    if (ctx.tables === 'html') return htmlForMarkdown(renderHtml([b]), ctx);
    ctx.warnings.push({ code: 'table_spans', message: 'A table with merged cells was written as the closest GFM table', path: null });
  }
  const rows = tableGrid(all).map((r) => r.map((c) => (c ? cell(c, ctx) : '')));
  const width = Math.max(1, rows[0]!.length);
  const header = b.head.length || ctx.tableHeader === 'first-row' ? rows.shift()! : Array<string>(width).fill('');
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
