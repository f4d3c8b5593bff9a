import { isTag, textOf, type Element } from '../../../dom/dom';
import type { TableCell } from '../../../schema/block';
import { collapseWhitespace, decodeEntities } from '../../../text/decode';
import type { BlockHandler, BodyContext } from '../block-handler';
import { flattenInline } from '../flatten-inline';
import { joinLines } from '../../../text/trim-space';

/**
 * `table` → table with head, body and foot rows. Rows outside any section go to the body;
 * without a `thead`, a first row made only of `th` cells is the head.
 */
export const table: BlockHandler = (el, ctx) => {
  const head: TableCell[][] = [];
  const body: TableCell[][] = [];
  const foot: TableCell[][] = [];
  let caption: string | null = null;
  for (const c of el.children) {
    if (!isTag(c)) continue;
    if (c.name === 'caption') caption = collapseWhitespace(decodeEntities(textOf(c))) || null;
    else if (c.name === 'thead') head.push(...rows(c, ctx));
    else if (c.name === 'tfoot') foot.push(...rows(c, ctx));
    else if (c.name === 'tbody') body.push(...rows(c, ctx));
    else if (c.name === 'tr') body.push(row(c, ctx));
  }
  if (!head.length && body.length > 1 && body[0]!.every((cell) => cell.header)) head.push(body.shift()!);
  if (!head.length && !body.length && !foot.length) return [];
  return [{ type: 'table', caption, head, body, foot }];
};

function rows(section: Element, ctx: BodyContext): TableCell[][] {
  return section.children.filter((r): r is Element => isTag(r) && r.name === 'tr').map((r) => row(r, ctx));
}

function row(tr: Element, ctx: BodyContext): TableCell[] {
  return tr.children
    .filter((c): c is Element => isTag(c) && (c.name === 'td' || c.name === 'th'))
    .map((c) => {
      // Paragraphs or list items in a cell: one line each (GFM cells hold no blocks).
      const { html, text } = ctx.inline(flattenInline(c.children, 1));
      return { text: joinLines(text), html, header: c.name === 'th', colspan: span(c.attribs.colspan), rowspan: span(c.attribs.rowspan) };
    });
}

function span(v: string | undefined): number {
  const n = v ? parseInt(v, 10) : 1;
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
}
