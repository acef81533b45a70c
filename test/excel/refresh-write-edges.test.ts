import "../support/dom-parser";
// The writes of a refresh at their edges: a header the dataset renamed, our cells cut into
// batches, where each table's header ends up when tables above it grow, a filtered table that
// shrinks.
import type { TableQuery } from "../../src/excel/registry-format";
import type { TableMeta } from "../../src/excel/refresh-read";
import type { TablePlan } from "../../src/excel/refresh-plan";
import type { Move } from "../../src/excel/refresh-checks";
import { queueMeta, readCells, tableMeta } from "../../src/excel/refresh-read";
import { planTable } from "../../src/excel/refresh-plan";
import { offsets, queuePiece, valueBatches } from "../../src/excel/refresh-write";
import {
  addUserColumn,
  cellsOutside,
  clusters,
  Dataset,
  empty,
  freshWorkbook,
  insertAt,
  note,
  refresh,
  request,
  V2,
  type Fake,
  rowsWrite,
} from "./refresh-fixture";

let fake: Fake;
let dataset: Dataset;
beforeEach(() => {
  ({ fake, dataset } = freshWorkbook());
});
afterEach(() => fake.uninstall());

describe("rows moved with Excel's row operations", () => {
  test("rows that left, apart from each other: each deleted where it is, the user's column with them", async () => {
    dataset.rows["烟台"] = clusters(1, 2, 3, 4, 5);
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    await addUserColumn("SD_t1", "备注", ["", "", "三", "", "五"]);
    dataset.rows["烟台"] = clusters(1, 3, 5);
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toMatchObject({ status: "refreshed", removed: 2 });
    expect(fake.workbook.values("Sheet1!B4:E7")).toStrictEqual([
      ["c-1", "集群1", "烟台", ""],
      ["c-3", "集群3", "烟台", "三"],
      ["c-5", "集群5", "烟台", "五"],
      ["", "", "", ""],
    ]);
  });

  test("two tables on a sheet that both shrink: each loses its own rows", async () => {
    dataset.rows["烟台"] = clusters(1, 2, 3);
    dataset.rows["青岛"] = clusters(5, 6, 7);
    let registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    registry = await insertAt(fake, registry, dataset, "Sheet1!B9", "青岛");
    dataset.rows["烟台"] = clusters(3);
    dataset.rows["青岛"] = clusters(5);
    const report = await refresh(registry, dataset);
    expect(report.outcomes).toMatchObject([
      { status: "refreshed", removed: 2 },
      { status: "refreshed", removed: 2 },
    ]);
    expect(fake.workbook.values("Sheet1!B2:B10")).toStrictEqual([
      [note("2026.11.0")],
      ["编号"],
      ["c-3"],
      [""],
      [""],
      [note("2026.11.0")],
      ["编号"],
      ["c-5"],
      [""],
    ]);
  });

  test("a user's row below, wider than the table: whole rows move, the row stays whole", async () => {
    dataset.rows["烟台"] = clusters(1);
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    fake.workbook.setValues("Sheet1!B8:F8", [["a", "b", "c", "d", "e"]]);
    dataset.rows["烟台"] = clusters(1, 2, 3);
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toMatchObject({ status: "refreshed", added: 2, moved: "rows" });
    expect(fake.workbook.values("Sheet1!B10:F10")).toStrictEqual([["a", "b", "c", "d", "e"]]);
    expect(cellsOutside(fake, "Sheet1", "B2:D6")).toStrictEqual([
      "B10=a",
      "C10=b",
      "D10=c",
      "E10=d",
      "F10=e",
    ]);
  });
});

describe("a header the dataset renamed", () => {
  test("only that header cell is written, as text; the registry records the new name", async () => {
    dataset.rows["烟台"] = clusters(1, 2);
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    const renamed = (req: TableQuery) => ({
      ...dataset.produce(req),
      header: ["编号", "名称", "=所在城市"],
    });
    const report = await refresh(registry, dataset, { produce: renamed });
    expect(report.outcomes[0]).toMatchObject({ status: "refreshed", userColumns: [] });
    expect(fake.workbook.formulasAt("Sheet1!B3:D3")).toStrictEqual([["编号", "名称", "=所在城市"]]);
    expect(fake.workbook.values("Sheet1!B3:D3")).toStrictEqual([["编号", "名称", "=所在城市"]]);
    expect(fake.workbook.numberFormats("Sheet1!D3")).toStrictEqual([["@"]]);
    expect(fake.workbook.table("SD_t1")!.rect.columnCount).toBe(3);
    expect(report.registry.registry.entries[0].columns).toStrictEqual([
      "编号",
      "名称",
      "=所在城市",
    ]);
    // Of the header row (sheet row index 2), only the renamed cell is written.
    const writes = fake.log
      .lines()
      .filter((l) => /getItem\(".*getRangeByIndexes\(2, \d+, /.test(l))
      .map((l) => l.slice(l.indexOf("getRangeByIndexes")));
    expect(writes).toStrictEqual([
      'getRangeByIndexes(2, 3, 1, 1).numberFormat = [["@"]]',
      'getRangeByIndexes(2, 3, 1, 1).values = [["=所在城市"]]',
    ]);
  });
});

const meta = (over: Partial<TableMeta>) => ({ sheetId: "s1", top: 0, left: 0, width: 3, ...over });

function planned(m: Partial<TableMeta>, move: Move, added = 0, removed = 0) {
  const plan = {
    meta: meta(m),
    added,
    removed: Array.from({ length: removed }, (_, i) => i),
  } as unknown as TablePlan;
  return { plan, move };
}

describe("where each table's header ends up", () => {
  test("cells moved: only tables below within the grown table's columns move, by its net rows", () => {
    const grew = planned({ top: 2, left: 1, width: 3 }, "cells", 3, 1);
    const below = [
      planned({ top: 10, left: 1, width: 3 }, "none"), // the same columns
      planned({ top: 10, left: 2, width: 1 }, "none"), // inside them
      planned({ top: 10, left: 0, width: 3 }, "none"), // starts left of them
      planned({ top: 10, left: 2, width: 3 }, "none"), // ends right of them
      planned({ top: 10, left: 1, width: 3, sheetId: "s2" }, "none"), // another sheet
      planned({ top: 2, left: 8, width: 2 }, "none"), // beside it, same row
      planned({ top: 0, left: 1, width: 3 }, "none"), // above it
    ];
    expect(offsets([grew, ...below])).toStrictEqual([0, 2, 2, 0, 0, 0, 0, 0]);
  });

  test("whole rows moved: every table below on the sheet moves; shrinking moves them up", () => {
    const grew = planned({ top: 2, left: 1, width: 3 }, "rows", 1, 0);
    const shrank = planned({ top: 20, left: 0, width: 2 }, "rows", 0, 3);
    const far = planned({ top: 30, left: 9, width: 1 }, "none");
    const between = planned({ top: 10, left: 6, width: 1 }, "none");
    const beside = planned({ top: 2, left: 8, width: 1 }, "none");
    expect(offsets([grew, shrank, far, between, beside])).toStrictEqual([0, 1, -2, 1, 0]);
  });
});

const cut = (batches: ReturnType<typeof valueBatches>) =>
  batches.map((b) => b.map((p) => [p.write, p.start, p.end, p.last]));

describe("our cells cut into batches", () => {
  test("a batch closes before the row that would exceed the budget; the table's last piece says so", () => {
    const one = rowsWrite([["a"], ["b"], ["c"]]);
    const two = rowsWrite([["d"], ["e"]]);
    expect(cut(valueBatches([one, two], 25))).toStrictEqual([
      [[one, 0, 2, false]],
      [
        [one, 2, 3, true],
        [two, 0, 1, false],
      ],
      [[two, 1, 2, true]],
    ]);
  });

  test("exactly at the budget: one batch; a row larger than the budget goes alone", () => {
    const fits = rowsWrite([["a"], ["b"]]);
    expect(cut(valueBatches([fits], 20))).toStrictEqual([[[fits, 0, 2, true]]]);
    const big = rowsWrite([["a"], ["x".repeat(40)], ["b"]]);
    expect(cut(valueBatches([big], 20))).toStrictEqual([
      [[big, 0, 1, false]],
      [[big, 1, 2, false]],
      [[big, 2, 3, true]],
    ]);
  });

  test("a table whose first row does not fit what the batch has left starts the next batch", () => {
    // 25 bytes: two rows of 10 and a third would be 30, whichever table the third belongs to.
    const one = rowsWrite([["a"], ["b"]]);
    const two = rowsWrite([["c"], ["d"]]);
    expect(cut(valueBatches([one, two], 25))).toStrictEqual([
      [[one, 0, 2, true]],
      [[two, 0, 2, true]],
    ]);
  });

  test("a table of no rows to write still gets its last piece (note, header, filter)", () => {
    const none = rowsWrite([]);
    expect(cut(valueBatches([none], 20))).toStrictEqual([[[none, 0, 0, true]]]);
  });
});

describe("our cells written in several batches", () => {
  test("every batch writes its rows in place; the note and header only with the last", async () => {
    dataset.rows["烟台"] = clusters(1, 2, 3, 4, 5);
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    dataset.version = V2;
    dataset.rows["烟台"] = clusters(1, 2, 3, 4, 5).map(([id, name]) => [id, `${name}新`, "烟台"]);
    const produced = {
      ...dataset.produce(request("烟台")),
      header: ["编号", "名称", "所在城市"],
    };
    const before = fake.log.lines().length;
    const batches = await Excel.run(async (context) => {
      const read = queueMeta(context, registry.registry.entries[0]);
      await context.sync();
      const meta = tableMeta(read) as TableMeta;
      const cells = (await readCells(context, [meta], () => 100)).get(meta)!;
      const plan = planTable(meta, cells, produced) as TablePlan;
      const cutUp = valueBatches([{ plan, move: "none", offset: 0 }], 100);
      for (const batch of cutUp) {
        batch.forEach((piece) => queuePiece(context, piece));
        // One sync per batch, as the refresh makes them.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
      return cutUp.length;
    });
    expect(batches).toBe(3);
    expect(fake.workbook.values("Sheet1!B2:D9")).toStrictEqual([
      [note(V2), "", ""],
      ["编号", "名称", "所在城市"],
      ...clusters(1, 2, 3, 4, 5).map(([id, name]) => [id, `${name}新`, "烟台"]),
      ["", "", ""],
    ]);
    const lines = fake.log.lines().slice(before);
    const batchOf = (l: string) => l.slice(0, l.indexOf(" "));
    const last = batchOf(lines.filter((l) => l.endsWith(" sync")).pop()!);
    const headerAndNote = lines.filter((l) =>
      /getRangeByIndexes\([12], \d+, 1, 1\)\.values/.test(l)
    );
    expect(headerAndNote.map(batchOf)).toStrictEqual([last, last]);
  });
});

describe("a filtered table", () => {
  test("refreshed: the filter is applied again, hiding a row whose new values it excludes", async () => {
    dataset.rows["烟台"] = clusters(1, 2, 3);
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    fake.workbook.filterTable("SD_t1", 2, (v) => v === "烟台");
    const sheet = fake.workbook.sheets[0];
    expect([...sheet.hiddenRows]).toStrictEqual([]);
    dataset.rows["烟台"] = [...clusters(1), ["c-2", "集群2", "威海"], ...clusters(3)];
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toMatchObject({ status: "refreshed", filterReapplied: true });
    expect(fake.workbook.values("Sheet1!D5")).toStrictEqual([["威海"]]);
    expect([...sheet.hiddenRows]).toStrictEqual([4]);
  });

  test("that grows: nothing outside it is shown or hidden", async () => {
    dataset.rows["烟台"] = clusters(1, 2);
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    fake.workbook.filterTable("SD_t1", 0, (v) => v !== "c-2");
    dataset.rows["烟台"] = clusters(1, 2, 3);
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toMatchObject({ status: "refreshed", added: 1 });
    expect([...fake.workbook.sheets[0].hiddenRows]).toStrictEqual([4]);
    expect(fake.log.lines().filter((l) => l.includes("rowHidden"))).toStrictEqual([]);
  });
});

describe("a chart's table", () => {
  test("the same number of rows: the chart's data range is not set again", async () => {
    dataset.rows["烟台"] = [["烟台", 3]];
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台", { chart: true });
    dataset.rows["烟台"] = [["烟台", 4]];
    const before = fake.log.lines().length;
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toMatchObject({ status: "refreshed", type: "chart" });
    expect(
      fake.log
        .lines()
        .slice(before)
        .filter((l) => l.includes("setData"))
    ).toStrictEqual([]);
  });

  test("one more row: the chart takes the table's new range", async () => {
    dataset.rows["烟台"] = [["烟台", 3]];
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台", { chart: true });
    dataset.rows["烟台"] = [
      ["烟台", 4],
      ["青岛", 1],
    ];
    await refresh(registry, dataset);
    expect(fake.workbook.sheets[0].charts[0].sourceAddress).toBe("Sheet1!B3:C5");
  });
});

describe("a filtered table that shrinks", () => {
  test("the sheet rows it left are shown again; the filter is applied again to what stays", async () => {
    dataset.rows["烟台"] = clusters(1, 2, 3, 4);
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    fake.workbook.filterTable("SD_t1", 0, (v) => v !== "c-4" && v !== "c-2");
    const sheet = fake.workbook.sheets[0];
    expect([...sheet.hiddenRows].sort()).toStrictEqual([4, 6]);
    dataset.rows["烟台"] = clusters(1, 2);
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toMatchObject({ status: "refreshed", removed: 2 });
    expect(fake.workbook.values("Sheet1!B4:B7")).toStrictEqual([["c-1"], ["c-2"], [""], [""]]);
    expect([...sheet.hiddenRows].sort()).toStrictEqual([4]);
    expect(cellsOutside(fake, "Sheet1", "B2:D5")).toStrictEqual([]);
  });
});
