/**
 * Array lifting the way Excel's own functions do it: each argument is a grid; a grid of one
 * row (or column) is repeated along that dimension; the result is as tall and as wide as the
 * largest argument; where an argument is too small to reach a cell, that cell is #N/A.
 */
import { toGrid } from "./args";
import { excelError } from "./excel-errors";

/**
 * Calls `cell` once per position of the broadcast grid with the arguments' values there.
 *
 * @example
 * broadcast([[["a"], ["b"]], [["x", "y"]]], ([r, c]) => `${r}${c}`)
 * //=> [["ax", "ay"], ["bx", "by"]]
 */
export function broadcast<T>(
  args: readonly unknown[],
  cell: (values: unknown[]) => T
): (T | CustomFunctions.Error)[][] {
  const grids = args.map(toGrid);
  const height = Math.max(...grids.map((g) => g.length));
  const width = Math.max(...grids.map((g) => g[0].length));
  const out: (T | CustomFunctions.Error)[][] = [];
  for (let i = 0; i < height; i++) {
    const row: (T | CustomFunctions.Error)[] = [];
    for (let j = 0; j < width; j++) {
      const values: unknown[] = [];
      let reachable = true;
      for (const grid of grids) {
        const r = grid.length === 1 ? 0 : i;
        const c = grid[0].length === 1 ? 0 : j;
        if (r >= grid.length || c >= grid[0].length) reachable = false;
        else values.push(grid[r][c]);
      }
      row.push(reachable ? cell(values) : excelError("#N/A"));
    }
    out.push(row);
  }
  return out;
}
