import { installFakeExcel } from "../support/fake-excel";
import { loadRegistry } from "../../src/excel/registry";
import {
  cellsOutside,
  clusters,
  Dataset,
  empty,
  insertAt,
  note,
  refresh,
  REFRESHED_AT,
  V2,
  type Fake,
} from "./refresh-fixture";

let fake: Fake;
let dataset: Dataset;
beforeEach(() => {
  fake = installFakeExcel();
  dataset = new Dataset();
});
afterEach(() => fake.uninstall());

describe("refreshing a table from an updated dataset", () => {
  test("adds new rows at the end, deletes rows that left, updates the note and the registry", async () => {
    dataset.rows["烟台"] = clusters(1, 2, 3);
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    dataset.version = V2;
    dataset.rows["烟台"] = clusters(1, 3, 4, 5);
    const report = await refresh(registry, dataset);

    expect(report.outcomes).toEqual([
      expect.objectContaining({ status: "refreshed", tableName: "SD_t1", added: 2, removed: 1 }),
    ]);
    expect(fake.workbook.values("Sheet1!B2:D7")).toEqual([
      [note(V2), "", ""],
      ["编号", "名称", "城市"],
      ["c-1", "集群1", "烟台"],
      ["c-3", "集群3", "烟台"],
      ["c-4", "集群4", "烟台"],
      ["c-5", "集群5", "烟台"],
    ]);
    expect(fake.workbook.table("SD_t1")!.rect).toEqual({ row: 2, column: 1, rowCount: 5, columnCount: 3 });
    const [entry] = report.registry.registry.entries;
    expect(entry).toMatchObject({ version: V2, refreshedAt: REFRESHED_AT, tableName: "SD_t1" });
    expect(entry.tableId).toBe(fake.workbook.table("SD_t1")!.id);
    expect(entry.sheetId).toBe(fake.workbook.sheets[0].id);
    expect((await loadRegistry()).registry).toEqual(report.registry.registry);
    expect(cellsOutside(fake, "Sheet1", "B2:D7")).toEqual([]);
  });
});
