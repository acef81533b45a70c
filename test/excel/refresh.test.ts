import "../support/dom-parser";
import { insertComparisonSheet } from "../../src/excel/comparison-sheet";
import { loadRegistry } from "../../src/excel/registry";
import {
  addUserColumn,
  cellsOutside,
  clusters,
  COMPARISON_LAYOUT,
  Dataset,
  empty,
  freshWorkbook,
  insertAt,
  insertComparison,
  note,
  refresh,
  REFRESHED_AT,
  V2,
  type Fake,
} from "./refresh-fixture";

let fake: Fake;
let dataset: Dataset;
beforeEach(() => {
  ({ fake, dataset } = freshWorkbook());
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
    expect(fake.workbook.table("SD_t1")!.rect).toEqual({
      row: 2,
      column: 1,
      rowCount: 5,
      columnCount: 3,
    });
    const [entry] = report.registry.registry.entries;
    expect(entry).toMatchObject({ version: V2, refreshedAt: REFRESHED_AT, tableName: "SD_t1" });
    expect(entry.tableId).toBe(fake.workbook.table("SD_t1")!.id);
    expect(entry.sheetId).toBe(fake.workbook.sheets[0].id);
    expect((await loadRegistry()).registry).toEqual(report.registry.registry);
    expect(cellsOutside(fake, "Sheet1", "B2:D7")).toEqual([]);
  });
});

describe("what the user did to the table is kept", () => {
  test("a user column keeps its values with their rows; a removed row without user content goes", async () => {
    dataset.rows["烟台"] = clusters(1, 2, 3);
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    await addUserColumn("SD_t1", "备注", ["一", "", "三"]);
    dataset.version = V2;
    dataset.rows["烟台"] = clusters(1, 3, 4);
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toMatchObject({ status: "refreshed", userColumns: ["备注"] });
    expect(fake.workbook.values("Sheet1!B3:E6")).toEqual([
      ["编号", "名称", "城市", "备注"],
      ["c-1", "集群1", "烟台", "一"],
      ["c-3", "集群3", "烟台", "三"],
      ["c-4", "集群4", "烟台", ""],
    ]);
    expect(report.registry.registry.entries[0].columns).toEqual(["编号", "名称", "城市"]);
  });

  test("a user's formula in a user column stays a formula", async () => {
    dataset.rows["烟台"] = clusters(1, 2);
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    await addUserColumn("SD_t1", "备注", ["=1+1", "x"]);
    dataset.version = V2;
    await refresh(registry, dataset);
    expect(fake.workbook.formulasAt("Sheet1!E4:E5")).toEqual([["=1+1"], ["x"]]);
  });

  test("the user's sort order is kept: rows stay in place, new ids go at the end", async () => {
    dataset.rows["烟台"] = clusters(1, 2, 3);
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    await addUserColumn("SD_t1", "备注", ["一", "二", "三"]);
    fake.workbook.sortTable("SD_t1", 0, false);
    dataset.version = V2;
    dataset.rows["烟台"] = clusters(1, 2, 3, 4);
    await refresh(registry, dataset);
    expect(fake.workbook.values("Sheet1!B4:E7")).toEqual([
      ["c-3", "集群3", "烟台", "三"],
      ["c-2", "集群2", "烟台", "二"],
      ["c-1", "集群1", "烟台", "一"],
      ["c-4", "集群4", "烟台", ""],
    ]);
  });

  test("a user's filter is applied again to the rows as they now are; rows the table leaves are not left hidden", async () => {
    dataset.rows["烟台"] = clusters(1, 2, 3);
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    fake.workbook.filterTable("SD_t1", 0, (v) => v !== "c-3");
    expect([...fake.workbook.sheets[0].hiddenRows]).toEqual([5]);
    dataset.version = V2;
    dataset.rows["烟台"] = clusters(2, 3);
    const report = await refresh(registry, dataset);
    expect(fake.workbook.values("Sheet1!B4:B5")).toEqual([["c-2"], ["c-3"]]);
    expect([...fake.workbook.sheets[0].hiddenRows]).toEqual([4]);
    expect(report.outcomes[0]).toMatchObject({ filterReapplied: true, removed: 1 });
  });
});

describe("cells around the table", () => {});

describe("comparison sheets and one table at a time", () => {
  test("a comparison sheet's SD.COUNT formulas run again and its note takes the new version", async () => {
    const count = jest.fn((city: unknown) => dataset.rows[String(city)]?.length ?? 0);
    fake.workbook.registerFunction("SD.COUNT", count);
    dataset.rows["烟台"] = clusters(1, 2);
    const inserted = await insertComparison();
    expect(fake.workbook.values("集群对比!B5")).toEqual([[2]]);
    dataset.version = V2;
    dataset.rows["烟台"] = clusters(1, 2, 3);
    const report = await refresh(inserted, dataset, { comparisonNote: () => note(V2) });
    expect(report.outcomes).toEqual([
      { status: "refreshed", entryId: "t-1", type: "comparison", sheetName: "集群对比" },
    ]);
    expect(fake.workbook.values("集群对比!A1:B5")).toEqual([
      [note(V2), ""],
      ["级别", "国家级"],
      ["类别", "先进制造业集群"],
      ["城市", "国家级"],
      ["烟台", 3],
    ]);
    expect(report.registry.registry.entries[0]).toMatchObject({
      version: V2,
      sheetId: expect.any(String),
    });
  });

  test("a deleted comparison sheet is a fault", async () => {
    const inserted = await insertComparisonSheet({
      layout: COMPARISON_LAYOUT,
      lang: "zh-CN",
      version: "2026.11.0",
      registry: empty(),
    });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("集群对比").delete();
      await context.sync();
    });
    const report = await refresh(inserted.registry, dataset);
    expect(report.outcomes[0]).toEqual({
      status: "fault",
      entryId: "t-1",
      fault: { kind: "sheet-deleted", sheetName: "集群对比", tableName: "" },
    });
  });

  test("refresh this table: the others are neither read nor written", async () => {
    dataset.rows["烟台"] = clusters(1);
    dataset.rows["济南"] = clusters(5);
    let registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    registry = await insertAt(fake, registry, dataset, "Sheet1!G2", "济南");
    dataset.version = V2;
    dataset.rows["烟台"] = clusters(1, 2);
    dataset.rows["济南"] = clusters(5, 6);
    const report = await refresh(registry, dataset, { only: "t-2" });
    expect(report.outcomes.map((o) => o.entryId)).toEqual(["t-2"]);
    expect(fake.workbook.values("Sheet1!B5")).toEqual([[""]]);
    expect(fake.workbook.values("Sheet1!G5")).toEqual([["c-6"]]);
    expect(report.registry.registry.entries.map((e) => e.version)).toEqual(["2026.11.0", V2]);
  });

  test("a chart's table: the chart is pointed at the grown table", async () => {
    dataset.rows["烟台"] = [["烟台", 2]];
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台", { chart: true });
    dataset.rows["烟台"] = [
      ["烟台", 2],
      ["济南", 1],
    ];
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toMatchObject({ status: "refreshed", type: "chart", added: 1 });
    expect(fake.workbook.sheets[0].charts[0].sourceAddress).toBe("Sheet1!B3:C5");
  });
});
