/**
 * Whole-column arguments (issue 12 item 5): `=SD.COUNT(A:A)`, `=SD.CLUSTERS(A:A)` and
 * `=SD.CLUSTER(A:A, "city")` with 1,048,576 rows as Excel passes them, 200 cells filled and the
 * rest blank (null on the web, 0 on desktop). Target: each call ≤ 100 ms.
 */
import * as SD from "../src/functions/functions";
import { SHEET_ROWS } from "../src/functions/args";
import type { Figure } from "./results";
import { time } from "./timing";

const SECTION = "6 whole columns";
const TARGET_MS = 100;
const FILLED = 200;

function column(values: readonly string[], blank: null | 0): any[][] {
  const rows: unknown[][] = new Array(SHEET_ROWS);
  for (let i = 0; i < SHEET_ROWS; i++) rows[i] = [i < FILLED ? values[i % values.length] : blank];
  return rows as any[][];
}

export function wholeColumnFigures(): Figure[] {
  const figures: Figure[] = [];
  for (const [host, blank] of [
    ["web", null],
    ["desktop", 0],
  ] as const) {
    const queries = column(["烟台", "青岛", "济南", "潍坊"], blank);
    const ids = column(["ns1-jinan-it-services"], blank);
    const calls: [string, () => unknown][] = [
      ["SD.COUNT(A:A)", () => SD.count(queries)],
      ["SD.CLUSTERS(A:A)", () => SD.clusters(queries)],
      ['SD.CLUSTER(A:A, "city")', () => SD.cluster(ids, [["city"]])],
    ];
    for (const [name, run] of calls) {
      const ms =
        time({ name, run }, { samples: 7, warmup: 1, warmupMs: 50, minSampleMs: 1 }) / 1000;
      figures.push({
        section: SECTION,
        name: `${name}, ${FILLED} of 1,048,576 rows filled (${host} blanks)`,
        value: ms,
        unit: "ms",
        target: { text: `≤ ${TARGET_MS} ms`, met: ms <= TARGET_MS },
      });
    }
  }
  return figures;
}
