import "../support/dom-parser";
// What a refresh's writes send Excel, pinned where a loose test let a change through: a filter
// reapplied only on a filtered table, and batches whose every piece writes rows.
import { jsonBytes } from "../../src/excel/payload";
import { valueBatches } from "../../src/excel/refresh-write";
import {
  clusters,
  Dataset,
  empty,
  freshWorkbook,
  insertAt,
  refresh,
  rowsWrite,
  V2,
  type Fake,
} from "./refresh-fixture";

let fake: Fake;
let dataset: Dataset;
beforeEach(() => {
  ({ fake, dataset } = freshWorkbook());
});
afterEach(() => fake.uninstall());

describe("the filter is reapplied only where the table is filtered", () => {
  test("an unfiltered table: Excel is never asked to reapply a filter", async () => {
    dataset.rows["烟台"] = clusters(1, 2);
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    dataset.version = V2;
    dataset.rows["烟台"] = clusters(1, 3);
    fake.log.clear();
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toMatchObject({ status: "refreshed", filterReapplied: false });
    expect(fake.log.of("reapplyFilters")).toStrictEqual([]);
  });

  test("a filtered table: reapplied once", async () => {
    dataset.rows["烟台"] = clusters(1, 2);
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    fake.workbook.filterTable("SD_t1", 0, (v) => v !== "c-2");
    dataset.version = V2;
    fake.log.clear();
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toMatchObject({ status: "refreshed", filterReapplied: true });
    expect(fake.log.of("reapplyFilters")).toHaveLength(1);
  });
});

describe("value batches", () => {
  test("a table whose first row does not fit what the batch has left: no piece without rows", () => {
    const a = rowsWrite([["aaaa"], ["aaaa"]]);
    const b = rowsWrite([["bbbb"], ["bbbb"]]);
    const row = jsonBytes(["aaaa"]) + jsonBytes(["@"]);
    const batches = valueBatches([a, b], row * 2.5);
    const pieces = batches.flat();
    for (const piece of pieces) expect(piece.end).toBeGreaterThan(piece.start);
    // Every row of each table is in exactly one piece, the table's last piece closing it.
    for (const w of [a, b]) {
      const own = pieces.filter((p) => p.write === w);
      expect(
        own.flatMap((p) => [...Array(p.end - p.start).keys()].map((k) => p.start + k))
      ).toStrictEqual([0, 1]);
      expect(own.map((p) => p.last)).toStrictEqual([...own.map(() => false).slice(1), true]);
    }
  });
});
