import type { TableCell } from '../../schema/block';

/**
 * Lays rows out on a grid as a browser would: a cell spanning columns or rows is placed once,
 * at its top-left position; the positions it covers are `null`. Rows are padded to one width.
 *
 * @example tableGrid([[{ …a, colspan: 2 }], [b, c]]) // → [[a, null], [b, c]]
 */
export function tableGrid(rows: TableCell[][]): (TableCell | null)[][] {
  const grid: (TableCell | null | undefined)[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row) {
      while (grid[r]![col] !== undefined) col++;
      const height = Math.min(cell.rowspan, rows.length - r);
      for (let dr = 0; dr < height; dr++) {
        for (let dc = 0; dc < cell.colspan; dc++) grid[r + dr]![col + dc] = dr === 0 && dc === 0 ? cell : null;
      }
      col += cell.colspan;
    }
  });
  const width = Math.max(0, ...grid.map((r) => r.length));
  return grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
}
