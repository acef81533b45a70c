import "../support/dom-parser";
// What the reads of a refresh prove before anything is written (the table is ours, on its
// sheet, with our chart and note), and our columns read back whole when Excel refuses a large read.
import type { LoadedRegistry } from "../../src/excel/registry";
import type { RegistryEntry } from "../../src/excel/registry-format";
import {
  expectedRowBytes,
  queueMeta,
  readCells,
  tableMeta,
  type TableMeta,
} from "../../src/excel/refresh-read";
import {
  clusters,
  Dataset,
  empty,
  freshWorkbook,
  insertAt,
  note,
  refresh,
  sheetContents,
  V1,
  withEntries,
  type Fake,
} from "./refresh-fixture";

let fake: Fake;
let dataset: Dataset;
beforeEach(() => {
  ({ fake, dataset } = freshWorkbook(["Sheet1", "Sheet2"]));
});
afterEach(() => fake.uninstall());

/** The registry with `change` made to its first entry. */
const withEntry = (registry: LoadedRegistry, change: Partial<RegistryEntry>): LoadedRegistry =>
  withEntries(
    registry,
    registry.registry.entries.map((e, i) => (i === 0 ? { ...e, ...change } : e))
  );

const snapshot = () => sheetContents(fake, "Sheet1") + sheetContents(fake, "Sheet2");

async function inserted(rows = clusters(1, 2)) {
  dataset.rows["烟台"] = rows;
  return insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
}

describe("what proves a table is ours", () => {
  test("recorded on another sheet than the one the table is on: not ours, nothing written", async () => {
    const registry = await inserted();
    const before = snapshot();
    const report = await refresh(
      withEntry(registry, { sheetId: fake.workbook.sheets[1].id, sheetName: "Sheet2" }),
      dataset
    );
    expect(report.outcomes[0]).toStrictEqual({
      status: "fault",
      entryId: "t-1",
      fault: { kind: "not-ours", tableName: "SD_t1", sheetName: "Sheet1", reason: "sheet" },
    });
    expect(snapshot()).toBe(before);
  });

  test("a chart by the recorded name with another id: not ours, the table is not touched", async () => {
    dataset.rows["烟台"] = [["烟台", 3]];
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台", { chart: true });
    expect(registry.registry.entries[0].chartId).toEqual(expect.any(String));
    dataset.rows["烟台"] = [
      ["烟台", 4],
      ["青岛", 1],
    ];
    const before = snapshot();
    const report = await refresh(withEntry(registry, { chartId: "someone-else" }), dataset);
    expect(report.outcomes[0]).toStrictEqual({
      status: "fault",
      entryId: "t-1",
      fault: { kind: "not-ours", tableName: "SD_t1", sheetName: "Sheet1", reason: "chart" },
    });
    expect(snapshot()).toBe(before);
  });

  test("the chart, deleted by the user: the table is still refreshed", async () => {
    dataset.rows["烟台"] = [["烟台", 3]];
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台", { chart: true });
    fake.workbook.sheets[0].charts.splice(0, 1);
    dataset.rows["烟台"] = [["烟台", 4]];
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toMatchObject({ status: "refreshed", type: "chart" });
    expect(fake.workbook.values("Sheet1!B4:C4")).toStrictEqual([["烟台", 4]]);
  });

  test("a protected sheet: stopped before any write, the fault names the sheet", async () => {
    const registry = await inserted();
    fake.workbook.protectSheet("Sheet1");
    dataset.rows["烟台"] = clusters(1, 2, 3);
    const before = snapshot();
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toStrictEqual({
      status: "fault",
      entryId: "t-1",
      fault: { kind: "protected", tableName: "SD_t1", sheetName: "Sheet1" },
    });
    expect(snapshot()).toBe(before);
  });

  test("an entry that records no columns: columns missing, nothing written", async () => {
    const registry = await inserted();
    const before = snapshot();
    const report = await refresh(withEntry(registry, { columns: [] }), dataset);
    expect(report.outcomes[0]).toStrictEqual({
      status: "fault",
      entryId: "t-1",
      fault: { kind: "columns-missing", tableName: "SD_t1", missing: [] },
    });
    expect(snapshot()).toBe(before);
  });

  test("the table deleted on a sheet since renamed: the fault names the sheet as it is now", async () => {
    // The first refresh records the sheet's id, by which a renamed sheet is found.
    const { registry } = await refresh(await inserted(), dataset);
    await Excel.run(async (context) => {
      context.workbook.tables.getItem("SD_t1").delete();
      context.workbook.worksheets.getItem("Sheet1").name = "数据";
      await context.sync();
    });
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toStrictEqual({
      status: "fault",
      entryId: "t-1",
      fault: { kind: "table-deleted", tableName: "SD_t1", sheetName: "数据" },
    });
  });

  test("the table deleted and the entry names no sheet: the sheet is said to be gone", async () => {
    const registry = await inserted();
    await Excel.run(async (context) => {
      context.workbook.tables.getItem("SD_t1").delete();
      await context.sync();
    });
    const report = await refresh(withEntry(registry, { sheetId: "", sheetName: "" }), dataset);
    expect(report.outcomes[0]).toStrictEqual({
      status: "fault",
      entryId: "t-1",
      fault: { kind: "sheet-deleted", tableName: "SD_t1", sheetName: "" },
    });
  });

  test("the note replaced by a formula that shows the same text: not ours, the formula stays", async () => {
    const registry = await inserted();
    fake.workbook.registerFunction("MY.NOTE", () => note(V1));
    await Excel.run(async (context) => {
      // Our note cell is text-formatted: the user makes it General first, as Excel needs.
      const cell = context.workbook.worksheets.getItem("Sheet1").getRange("B2");
      cell.numberFormat = [["General"]];
      cell.formulas = [["=MY.NOTE()"]];
      await context.sync();
    });
    expect(fake.workbook.values("Sheet1!B2")).toStrictEqual([[note(V1)]]);
    dataset.rows["烟台"] = clusters(1, 2, 3);
    const before = snapshot();
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toStrictEqual({
      status: "fault",
      entryId: "t-1",
      fault: { kind: "not-ours", tableName: "SD_t1", sheetName: "Sheet1", reason: "note" },
    });
    expect(snapshot()).toBe(before);
    expect(fake.workbook.formulasAt("Sheet1!B2")).toStrictEqual([["=MY.NOTE()"]]);
  });

  test("a totals row: kept below the body, its cells as the user typed them", async () => {
    const registry = await inserted(clusters(1, 2));
    fake.workbook.table("SD_t1")!.showTotals = true;
    fake.workbook.table("SD_t1")!.rect.rowCount += 1;
    fake.workbook.setValues("Sheet1!B6:C6", [["合计", "=COUNTA(C4:C5)"]]);
    dataset.rows["烟台"] = clusters(1, 2, 3);
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toMatchObject({ status: "refreshed", added: 1, removed: 0 });
    expect(fake.workbook.formulasAt("Sheet1!B4:D7")).toStrictEqual([
      ["c-1", "集群1", "烟台"],
      ["c-2", "集群2", "烟台"],
      ["c-3", "集群3", "烟台"],
      // A row inserted just below a reference's range does not widen it, in Excel as here.
      ["合计", "=COUNTA(C4:C5)", ""],
    ]);
    expect(fake.workbook.table("SD_t1")!.rect).toStrictEqual({
      row: 2,
      column: 1,
      rowCount: 5,
      columnCount: 3,
    });
    expect(fake.workbook.table("SD_t1")!.showTotals).toBe(true);
  });

  test("the note's row deleted, the table now in row 1: no note, not ours, nothing written", async () => {
    dataset.rows["烟台"] = clusters(1, 2);
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B1", "烟台");
    await Excel.run(async (context) => {
      context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("1:1")
        .delete(Excel.DeleteShiftDirection.up);
      await context.sync();
    });
    expect(fake.workbook.table("SD_t1")!.rect.row).toBe(0);
    dataset.rows["烟台"] = clusters(1, 2, 3);
    const before = snapshot();
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toStrictEqual({
      status: "fault",
      entryId: "t-1",
      fault: { kind: "not-ours", tableName: "SD_t1", sheetName: "Sheet1", reason: "note" },
    });
    expect(snapshot()).toBe(before);
  });
});

/** Sync 1 and the cell reads, as a refresh makes them, on the first entry. */
async function readFirst(
  registry: LoadedRegistry,
  rowBytes: number,
  budget?: number,
  limit?: number
) {
  return Excel.run(async (context) => {
    const read = queueMeta(context, registry.registry.entries[0]);
    await context.sync();
    if (limit !== undefined) fake.host.responsePayloadLimit = limit;
    const meta = tableMeta(read) as TableMeta;
    const cells = await readCells(context, [meta], () => rowBytes, budget);
    return { meta, cells: cells.get(meta)! };
  });
}

describe("reading our columns", () => {
  const ten = clusters(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

  test("where the table is and what it holds: header, offsets, body rows, sheet's last row", async () => {
    const registry = await inserted(ten);
    fake.workbook.setValues("Sheet2!A30", [["far"]]);
    fake.workbook.setValues("Sheet1!F20", [["below"]]);
    const { meta, cells } = await readFirst(registry, 100);
    expect(meta).toMatchObject({
      name: "SD_t1",
      sheetName: "Sheet1",
      top: 2,
      left: 1,
      width: 3,
      bodyRows: 10,
      totals: false,
      header: ["编号", "名称", "城市"],
      ours: [0, 1, 2],
      filtered: false,
      chartFound: false,
      usedBottom: 19,
    });
    expect(cells).toStrictEqual({ rows: ten, note: note(V1) });
  });

  test("several pieces by the budget: every row in place, one sync per piece", async () => {
    const registry = await inserted(ten);
    const syncs = fake.log.syncCount;
    const { cells } = await readFirst(registry, 10, 30);
    expect(cells).toStrictEqual({ rows: ten, note: note(V1) });
    expect(fake.log.syncCount - syncs).toBe(1 + 4);
  });

  test("pieces are as many rows as fit the budget, rounded down", async () => {
    const registry = await inserted(ten);
    const syncs = fake.log.syncCount;
    const { cells } = await readFirst(registry, 10, 35);
    expect(cells.rows).toStrictEqual(ten);
    expect(fake.log.syncCount - syncs).toBe(1 + 4);
  });

  test("two tables whose reads together are exactly the budget: one sync", async () => {
    dataset.rows["烟台"] = clusters(1);
    dataset.rows["青岛"] = clusters(2);
    let registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    registry = await insertAt(fake, registry, dataset, "Sheet1!B8", "青岛");
    const syncs = fake.log.syncCount;
    const read = await Excel.run(async (context) => {
      const reads = registry.registry.entries.map((e) => queueMeta(context, e));
      await context.sync();
      const metas = reads.map((r) => tableMeta(r) as TableMeta);
      const cells = await readCells(context, metas, () => 10, 20);
      return metas.map((m) => cells.get(m)!.rows);
    });
    expect(read).toStrictEqual([clusters(1), clusters(2)]);
    expect(fake.log.syncCount - syncs).toBe(2);
  });

  test("the expected size of a row: the largest row's JSON, a quarter more, and 16 bytes", () => {
    expect(expectedRowBytes([])).toBe(16);
    expect(expectedRowBytes([["a"], ["abcd"], [1]])).toBe(Math.ceil(8 * 1.25) + 16);
    expect(expectedRowBytes([["济南"]])).toBe(Math.ceil(10 * 1.25) + 16);
  });

  test("a single row Excel still refuses: the refusal is not swallowed", async () => {
    const registry = await inserted(clusters(1));
    const syncs = fake.log.syncCount;
    await expect(readFirst(registry, 1, undefined, 5)).rejects.toMatchObject({
      code: "ResponsePayloadSizeLimitExceeded",
    });
    expect(fake.log.syncCount - syncs).toBe(2);
  });

  /** Fails the test instead of hanging when reads are refused over and over. */
  function countRefusals(limit: number, most: number) {
    let asked = 0;
    Object.defineProperty(fake.host, "responsePayloadLimit", {
      configurable: true,
      get: () => {
        if (++asked > most) throw new Error(`still reading after ${most} syncs`);
        return limit;
      },
    });
  }

  test("rows larger than expected: refused reads are retried in smaller syncs until all are read", async () => {
    const registry = await inserted(ten);
    // Estimated at 10 bytes a row, all ten fit one sync; Excel refuses more than about three.
    const syncs = fake.log.syncCount;
    const read = Excel.run(async (context) => {
      const queued = queueMeta(context, registry.registry.entries[0]);
      await context.sync();
      countRefusals(200, 40);
      const meta = tableMeta(queued) as TableMeta;
      return (await readCells(context, [meta], () => 10, 1000)).get(meta)!;
    });
    expect(await read).toStrictEqual({ rows: ten, note: note(V1) });
    expect(fake.log.syncCount - syncs).toBeLessThan(40);
  });

  test("the user's long texts in our columns, 5.4 MB in all: the refresh reads them and ends", async () => {
    const ids = Array.from({ length: 200 }, (_, i) => i + 1);
    const registry = await inserted(clusters(...ids));
    fake.workbook.setValues(
      "Sheet1!C4:C203",
      ids.map(() => ["字".repeat(9000)])
    );
    countRefusals(5 * 1024 * 1024, 200);
    const report = await refresh(registry, dataset);
    // Every row the user changed is theirs now: kept as typed, and said so.
    expect(report.outcomes[0]).toMatchObject({ status: "refreshed", added: 0, removed: 0 });
    expect(fake.workbook.values("Sheet1!C4")).toEqual([["字".repeat(9000)]]);
  }, 30_000);

  test("an error other than size is not retried", async () => {
    const registry = await inserted(ten);
    const syncs = fake.log.syncCount;
    await expect(
      Excel.run(async (context) => {
        const read = queueMeta(context, registry.registry.entries[0]);
        await context.sync();
        const meta = tableMeta(read) as TableMeta;
        await readCells(context, [{ ...meta, sheetId: "{no-such-sheet}" }], () => 1);
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(fake.log.syncCount - syncs).toBe(2);
  });
});
