import type { TableCell } from '../../../schema/block';
import type { MarkdownRule } from '../markdown-rule';
import { inlineMarkdown } from '../inline-markdown';
import { escapeMarkdown } from '../escape';
import { renderHtml } from '../../to-html';

/**
 * A GFM pipe table. Header-less tables get the first row (or an empty header, by option) as
 * header; `|` in cells is escaped and line breaks become spaces (`<br>` when HTML is allowed).
 * Spanning cells are written once, padded with empty cells, with a warning; `tables: 'html'`
 * writes such tables as clean HTML instead.
 */
export const table: MarkdownRule<'table'> = (b, ctx) => {
  const spans = [...b.head, ...b.body, ...b.foot].some((r) => r.some((c) => c.colspan > 1 || c.rowspan > 1));
  if (spans && ctx.tables === 'html' && ctx.html) return renderHtml([b]);
  if (spans) ctx.warnings.push({ code: 'table_spans', message: 'A table with merged cells was written as the closest GFM table', path: null });
  const cell = (c: TableCell) => {
    const md = inlineMarkdown(c.html, ctx).replace(/\\\n/g, ctx.html ? '<br>' : ' ').replace(/\n/g, ' ');
    return md.replace(/\|/g, '\\|');
  };
  const rows = [...b.head, ...b.body, ...b.foot].map((r) => r.flatMap((c) => [cell(c), ...Array<string>(c.colspan - 1).fill('')]));
  const width = Math.max(1, ...rows.map((r) => r.length));
  const pad = (r: string[]) => [...r, ...Array<string>(width - r.length).fill('')];
  const header = b.head.length ? rows.shift()! : ctx.tableHeader === 'first-row' && rows.length ? rows.shift()! : Array<string>(width).fill('');
  const line = (r: string[]) => `| ${pad(r).join(' | ')} |`;
  const out = [line(header), `| ${Array<string>(width).fill('---').join(' | ')} |`, ...rows.map(line)].join('\n');
  return b.caption ? `${out}\n\n*${escapeMarkdown(b.caption, ctx)}*` : out;
};
