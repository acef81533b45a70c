/**
 * Results larger than a sheet (1,048,576 rows × 16,384 columns): Excel could only show #SPILL!,
 * so the call stops before building the grid and says why.
 */
import * as SD from "../../src/functions/functions";
import { setLanguage } from "../../src/core/i18n";
import { spillTable } from "../../src/functions/adapter";
import { assertFitsSheet, SHEET_COLUMNS, SHEET_ROWS } from "../../src/functions/args";
import { installCustomFunctions, isError } from "./custom-functions-stub";

let restore: () => void;
beforeEach(() => {
  restore = installCustomFunctions();
});
afterEach(() => {
  restore();
  setLanguage(null);
});

const none = null as unknown as any[][];

describe("results larger than a sheet", () => {
  it("SD.CLUSTERS with 100,000 field names is one #VALUE! naming the sizes", () => {
    const fields = Array.from({ length: 100_000 }, () => ["name"]);
    const grid = SD.clusters(none, none, none, fields as any[][]);
    expect(grid).toHaveLength(1);
    expect(grid[0]).toHaveLength(1);
    const error = grid[0][0];
    expect(isError(error) && error.code).toBe("#VALUE!");
    expect(isError(error) && error.message).toBe(
      "结果将有 1 行 × 100,000 列，超出工作表的上限（1,048,576 行、16,384 列）。请减少字段或缩小查询范围。"
    );
  });

  it("counts the names inside comma lists too, and says so in English", () => {
    setLanguage("en");
    const cells = Array.from({ length: 9_000 }, () => ["name,city"]);
    const error = SD.clusters(none, none, none, cells as any[][])[0][0];
    expect(isError(error) && error.message).toMatch(
      /^The result would be 1 row × 18,000 columns, more than a sheet holds/
    );
  });

  it("still spills 16,384 columns, the most a sheet holds", () => {
    const fields = Array.from({ length: SHEET_COLUMNS }, () => ["id"]);
    const grid = SD.clusters([["ns1-jinan-it-services"]], none, none, fields as any[][]);
    expect(grid.map((row) => row.length)).toEqual([SHEET_COLUMNS, SHEET_COLUMNS]);
  });

  it("a table of a full sheet of rows plus its header row is refused; without the header it spills", () => {
    const rows = new Array(SHEET_ROWS).fill(["x"]);
    const withHeader = spillTable(null, "clusters", () => ({ header: ["h"], rows }));
    expect(withHeader).toHaveLength(1);
    expect(isError(withHeader[0][0]) && withHeader[0][0].code).toBe("#VALUE!");
    expect(spillTable(0, "clusters", () => ({ header: ["h"], rows }))).toHaveLength(SHEET_ROWS);
  });

  it("refuses one row or column past the limits and nothing within them", () => {
    expect(() => assertFitsSheet(SHEET_ROWS, SHEET_COLUMNS)).not.toThrow();
    expect(() => assertFitsSheet(SHEET_ROWS + 1, 1)).toThrow(/1,048,577 rows/);
    expect(() => assertFitsSheet(1, SHEET_COLUMNS + 1)).toThrow(/16,385 columns/);
  });
});
