/**
 * Whole columns and rows (`=SD.COUNT(A:A)`): Excel passes all 1,048,576 rows (blank cells as
 * null on the web, 0 on desktop). The answer is the one for the filled part, as Excel's trim
 * reference A:.A gives; timings are in the bench, not here.
 */
import * as SD from "../../src/functions/functions";
import { SHEET_COLUMNS, SHEET_ROWS, toGrid } from "../../src/functions/args";
import { installCustomFunctions } from "./custom-functions-stub";

let restore: () => void;
beforeEach(() => {
  restore = installCustomFunctions();
});
afterEach(() => restore());

/** A whole column as Excel passes it: `filled` first, then blanks to the sheet's last row. */
function column(filled: unknown[], blank: unknown): any[][] {
  const rows: unknown[][] = new Array(SHEET_ROWS);
  for (let i = 0; i < SHEET_ROWS; i++) rows[i] = [i < filled.length ? filled[i] : blank];
  return rows as any[][];
}

describe.each([
  ["web (null)", null],
  ["desktop (0)", 0],
])("a whole column on %s", (_host, blank) => {
  const queries = ["烟台", "", "青岛", "ns1-jinan-it-services"];
  const filled = column(queries, blank);

  it("SD.COUNT(A:A) gives one count per row down to the last filled one", () => {
    const grid = SD.count(filled);
    // The oracle: each query counted on its own, blank for the blank cell.
    const expected = queries.map((q) => (q === "" ? [""] : SD.count([[q]])[0]));
    expect(grid).toEqual(expected);
  });

  it("SD.CLUSTERS(A:A) lists the clusters of the filled cells", () => {
    expect(SD.clusters(filled)).toEqual(
      SD.clusters([["烟台"], ["青岛"], ["ns1-jinan-it-services"]])
    );
  });

  it("SD.CLUSTER(A:A, field) and an empty column give one blank, never an error", () => {
    expect(SD.cluster(column(["ns1-jinan-it-services"], blank), [["city"]])).toEqual([["济南"]]);
    expect(SD.count(column([], blank))).toEqual([[""]]);
  });
});

describe("toGrid on sheet-sized arguments", () => {
  it("cuts a whole row after its last filled column", () => {
    const row = new Array<unknown>(SHEET_COLUMNS).fill(null);
    row[0] = "city";
    row[2] = "batch";
    expect(toGrid([row])).toEqual([["city", null, "batch"]]);
  });

  it("keeps a range one row short of a whole column as it is", () => {
    const rows = new Array(SHEET_ROWS - 1).fill(null).map(() => [null]);
    expect(toGrid(rows).length).toBe(SHEET_ROWS - 1);
  });

  it("never throws on a million ragged rows", () => {
    const rows: unknown[][] = new Array(SHEET_ROWS)
      .fill(null)
      .map((_, i) => (i === 5 ? ["a", "b"] : []));
    const grid = toGrid(rows);
    expect(grid.length).toBe(6);
    expect(grid[5]).toEqual(["a", "b"]);
    expect(grid[0]).toEqual([null, null]);
  });
});
