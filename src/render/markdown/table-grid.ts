import type { TableCell } from '../../schema/block';

/** The most positions a table grid is laid out with (rows × columns); past it, `tableGrid` gives null. */
export const MAX_GRID_CELLS = 100_000;

/**
 * Positions allowed per cell of the table past a small grid: a real table's spans cover a few
 * positions each, while `rowspan="65534"` on every row covers rows × rows of them, which would
 * be written as empty cells (a few kilobytes of HTML → megabytes of Markdown).
 */
const POSITIONS_PER_CELL = 16;
const SMALL_GRID = 10_000;

/** A cell placed on the grid: its row, its first column, and its extent. */
interface Placed {
  cell: TableCell;
  row: number;
  col: number;
  colspan: number;
  rowspan: number;
}

/**
 * Lays rows out on a grid as a browser would: a cell spanning columns or rows is placed once,
 * at its top-left position; the positions it covers are `null`. Rows are padded to one width.
 * A row span ends with its row group (`sections`: head, body, foot), and columns in which no
 * cell begins are left out (a browser gives them no width), so `colspan="1000"` over three
 * columns spans three. A grid of more than `maxCells` positions, or past 10,000 more than 16
 * per cell, is not built: the answer is null, found in time proportional to the cells placed
 * and the limit, never to the grid asked for.
 *
 * @example tableGrid([[[{ …a, colspan: 2 }], [b, c]]]) // → [[a, null], [b, c]]
 */
export function tableGrid(sections: TableCell[][][], maxCells = MAX_GRID_CELLS): (TableCell | null)[][] | null {
  const cells = sections.reduce((n, rows) => rows.reduce((m, r) => m + r.length, n), 0);
  const limit = Math.min(maxCells, Math.max(SMALL_GRID, POSITIONS_PER_CELL * cells));
  const placed = place(sections, limit);
  if (!placed) return null;
  const height = sections.reduce((n, s) => n + s.length, 0);
  const starts = [...new Set(placed.map((p) => p.col))].sort((a, b) => a - b);
  if (height * starts.length > limit) return null;
  const grid: (TableCell | null)[][] = Array.from({ length: height }, () => Array<TableCell | null>(starts.length).fill(null));
  // Covered positions stay null; a cell never begins where one placed before it spans (placing
  // skips the ranges from above), so only top-left positions are written: one per cell.
  for (const p of placed) grid[p.row]![lowerBound(starts, p.col)] = p.cell;
  return grid;
}

// Each cell at its top-left column, skipping the columns row spans from above cover. Null when
// the spans from above alone would make more than `limit` grid positions.
function place(sections: TableCell[][][], limit: number): Placed[] | null {
  const placed: Placed[] = [];
  let row = 0;
  let work = 0;
  for (const rows of sections) {
    const end = row + rows.length;
    // Row spans reaching into this row: disjoint column ranges, kept sorted by column.
    let above: Placed[] = [];
    for (const cells of rows) {
      above = above.filter((p) => p.row + p.rowspan > row);
      // Every range above is a column of every row it covers: past maxCells, so is the grid.
      work += above.length;
      if (work > limit) return null;
      let col = 0;
      let k = 0;
      for (const cell of cells) {
        while (k < above.length && above[k]!.col + above[k]!.colspan <= col) k++;
        for (; k < above.length && above[k]!.col <= col; k++) col = Math.max(col, above[k]!.col + above[k]!.colspan);
        const p = { cell, row, col, colspan: cell.colspan, rowspan: Math.min(cell.rowspan, end - row) };
        placed.push(p);
        col += p.colspan;
      }
      above = [...above, ...placed.slice(placed.length - cells.length).filter((p) => p.rowspan > 1)].sort((a, b) => a.col - b.col);
      row++;
    }
  }
  return placed;
}

// The index of the first of the sorted numbers not below n.
function lowerBound(sorted: number[], n: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
