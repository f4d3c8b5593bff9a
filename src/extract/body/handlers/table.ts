import { isTag, textOf, type Element } from '../../../dom/dom';
import type { TableCell } from '../../../schema/block';
import { collapseWhitespace } from '../../../text/decode';
import type { BlockHandler, BodyContext } from '../block-handler';
import { flattenInline } from '../flatten-inline';
import { joinLines } from '../../../text/trim-space';

/**
 * `table` → table with head, body and foot rows. Rows outside any section go to the body;
 * without a `thead`, a first row made only of `th` cells is the head. Spans are read as a
 * browser reads them (`colspan` 1–1000; `rowspan` up to the end of its row group, `0` meaning
 * all of it), so `rowspan="65534"` says how many rows it really covers.
 */
export const table: BlockHandler = (el, ctx) => {
  const head: TableCell[][] = [];
  const body: TableCell[][] = [];
  const foot: TableCell[][] = [];
  let caption: string | null = null;
  // Rows straight in the table form one group until a section starts (as a browser's implied tbody).
  let loose: TableCell[][] = [];
  const endLoose = () => {
    append(body, clampRowspans(loose));
    loose = [];
  };
  for (const c of el.children) {
    if (!isTag(c)) continue;
    if (c.name === 'tr') {
      loose.push(row(c, ctx));
      continue;
    }
    endLoose();
    if (c.name === 'caption') caption = collapseWhitespace(textOf(c)) || null;
    else if (c.name === 'thead') append(head, rows(c, ctx));
    else if (c.name === 'tfoot') append(foot, rows(c, ctx));
    else if (c.name === 'tbody') append(body, rows(c, ctx));
  }
  endLoose();
  if (!head.length && body.length > 1 && body[0]!.every((cell) => cell.header) && body[0]!.every((cell) => cell.rowspan === 1)) head.push(body.shift()!);
  if (!head.length && !body.length && !foot.length) return [];
  return [{ type: 'table', caption, head, body, foot }];
};

// push(...rows) passes every row as an argument: past ~100,000 rows, past the stack.
function append(to: TableCell[][], rows: TableCell[][]): void {
  for (const r of rows) to.push(r);
}

function rows(section: Element, ctx: BodyContext): TableCell[][] {
  return clampRowspans(section.children.filter((r): r is Element => isTag(r) && r.name === 'tr').map((r) => row(r, ctx)));
}

// A row span ends with its row group; `rowspan="0"` (read as 0) reaches its end.
function clampRowspans(group: TableCell[][]): TableCell[][] {
  group.forEach((cells, r) => {
    for (const cell of cells) cell.rowspan = cell.rowspan === 0 ? group.length - r : Math.min(cell.rowspan, group.length - r);
  });
  return group;
}

function row(tr: Element, ctx: BodyContext): TableCell[] {
  return tr.children
    .filter((c): c is Element => isTag(c) && (c.name === 'td' || c.name === 'th'))
    .map((c) => {
      // Paragraphs or list items in a cell: one line each (GFM cells hold no blocks).
      const { html, text } = ctx.inline(flattenInline(c.children, 1));
      return { text: joinLines(text), html, header: c.name === 'th', colspan: span(c.attribs.colspan, 1, 1000), rowspan: span(c.attribs.rowspan, 0, 65534) };
    });
}

// HTML's limits: colspan 1–1000, rowspan 0–65534; a value out of range or not a number is 1.
function span(v: string | undefined, min: number, max: number): number {
  const n = v ? parseInt(v, 10) : 1;
  return Number.isFinite(n) && n >= min && n <= max ? n : n > max ? max : 1;
}
