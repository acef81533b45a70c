import "../support/dom-parser";
// The words of a refresh's outcome and the registry entry it records, from a plan whose facts
// are written out by hand: the address the pane names, the rows it says are the user's, renames.
import { comparisonRefreshed, tableRefreshed } from "../../src/excel/refresh-outcome";
import type { TableMeta } from "../../src/excel/refresh-read";
import type { TablePlan } from "../../src/excel/refresh-plan";
import type { PlannedWrite } from "../../src/excel/refresh-write";
import type { RegistryEntry } from "../../src/excel/registry-format";
import {
  clusters,
  Dataset,
  empty,
  freshWorkbook,
  INSERTED_AT,
  insertAt,
  insertComparison,
  note,
  refresh,
  REFRESHED_AT,
  request,
  V1,
  V2,
  type Fake,
} from "./refresh-fixture";

const ENTRY: RegistryEntry = {
  id: "t-4",
  type: "table",
  tableName: "SD_t4",
  tableId: "{T4}",
  sheetName: "Sheet1",
  sheetId: "{S1}",
  noteAddress: "Sheet1!C4",
  request: request("烟台"),
  lang: "zh-CN",
  version: V1,
  insertedAt: INSERTED_AT,
  refreshedAt: INSERTED_AT,
  columns: ["编号", "名称"],
  note: note(V1),
  rows: "old",
};

/** A table at C5 (zero-based row 4, column 2): our two columns, a user's column between them. */
function write(over: Partial<TableMeta> = {}, move: PlannedWrite["move"] = "cells", offset = 0) {
  const meta: TableMeta = {
    entry: ENTRY,
    name: "SD_t4",
    id: "{T4}",
    sheetName: "Sheet1",
    sheetId: "{S1}",
    top: 4,
    left: 2,
    width: 3,
    bodyRows: 3,
    totals: false,
    header: ["编号", "备注", "名称"],
    ours: [0, 2],
    filtered: false,
    chartFound: false,
    usedBottom: 7,
    ...over,
  };
  const plan = {
    meta,
    produced: { header: ["编号", "名称"], rows: [], note: note(V2) },
    removed: [1],
    rows: [
      { kind: "ours", old: 0, produced: 0 },
      { kind: "user", old: 2 },
      { kind: "ours", produced: 1 },
      { kind: "ours", produced: 2 },
    ],
    added: 2,
    headers: new Map(),
    formats: ["@", "@"],
    values: [],
    prints: "p0,p1,p2",
  } as unknown as TablePlan;
  return { plan, move, offset };
}

describe("a table's outcome and entry", () => {
  test("the address spans the table after the refresh; the user's row is named by its sheet row", () => {
    const done = tableRefreshed(write(), V2, REFRESHED_AT);
    expect(done.outcome).toStrictEqual({
      status: "refreshed",
      entryId: "t-4",
      type: "table",
      tableName: "SD_t4",
      sheetName: "Sheet1",
      address: "Sheet1!C5:E9",
      added: 2,
      removed: 1,
      userColumns: ["备注"],
      userRows: [7],
      moved: "cells",
      filterReapplied: false,
    });
    expect(done.entry).toStrictEqual({
      ...ENTRY,
      noteAddress: "Sheet1!C4",
      version: V2,
      refreshedAt: REFRESHED_AT,
      note: note(V2),
      rows: "p0,p1,p2",
    });
  });

  test("moved down by tables above, with a totals row: the address and the note move with it", () => {
    const done = tableRefreshed(write({ totals: true }, "rows", 3), V2, REFRESHED_AT);
    expect(done.outcome).toMatchObject({
      address: "Sheet1!C8:E13",
      userRows: [10],
      moved: "rows",
    });
    expect(done.entry.noteAddress).toBe("Sheet1!C7");
  });

  test("a chart's table, renamed, on a renamed sheet, filtered: each said", () => {
    const chartEntry = { ...ENTRY, type: "chart" as const, chartName: "SD_c4" };
    const done = tableRefreshed(
      write({ entry: chartEntry, name: "我的表", sheetName: "数据 2", filtered: true }, "none"),
      V2,
      REFRESHED_AT
    );
    expect(done.outcome).toMatchObject({
      type: "chart",
      tableName: "我的表",
      sheetName: "数据 2",
      address: "'数据 2'!C5:E9",
      renamedFrom: "SD_t4",
      sheetRenamedFrom: "Sheet1",
      filterReapplied: true,
      moved: "none",
    });
    expect(done.entry).toMatchObject({
      type: "chart",
      chartName: "SD_c4",
      tableName: "我的表",
      sheetName: "数据 2",
      noteAddress: "'数据 2'!C4",
    });
  });

  test("the recorded columns are a copy of the result's header; a non-finite note is blank", () => {
    const w = write();
    const infinite = {
      ...w,
      plan: { ...w.plan, produced: { ...w.plan.produced, note: Infinity as unknown as string } },
    };
    const done = tableRefreshed(infinite, V2, REFRESHED_AT);
    expect(done.entry.note).toBe("");
    expect(done.entry.columns).toStrictEqual(["编号", "名称"]);
    done.entry.columns.push("x");
    expect(w.plan.produced.header).toStrictEqual(["编号", "名称"]);
  });
});

describe("a comparison sheet's outcome and entry", () => {
  const sheetEntry: RegistryEntry = { ...ENTRY, type: "comparison", sheetName: "集群对比" };

  test("renamed: the outcome says from what; the note given is recorded", () => {
    const done = comparisonRefreshed(
      sheetEntry,
      { name: "对比 2", id: "{S9}" },
      V2,
      REFRESHED_AT,
      "新的说明"
    );
    expect(done.outcome).toStrictEqual({
      status: "refreshed",
      entryId: "t-4",
      type: "comparison",
      sheetName: "对比 2",
      sheetRenamedFrom: "集群对比",
    });
    expect(done.entry).toStrictEqual({
      ...sheetEntry,
      sheetName: "对比 2",
      sheetId: "{S9}",
      noteAddress: "'对比 2'!A1",
      version: V2,
      refreshedAt: REFRESHED_AT,
      note: "新的说明",
    });
  });

  test("same name, no note given: no rename is said and the recorded note stays", () => {
    const done = comparisonRefreshed(
      sheetEntry,
      { name: "集群对比", id: "{S1}" },
      V2,
      REFRESHED_AT,
      undefined
    );
    expect(done.outcome).toStrictEqual({
      status: "refreshed",
      entryId: "t-4",
      type: "comparison",
      sheetName: "集群对比",
    });
    expect(done.entry.note).toBe(note(V1));
    expect("note" in done.entry).toBe(true);
  });
});

describe("through a refresh", () => {
  let fake: Fake;
  let dataset: Dataset;
  beforeEach(() => {
    ({ fake, dataset } = freshWorkbook());
  });
  afterEach(() => fake.uninstall());

  test("a table below another that grew: its outcome names where it now is", async () => {
    dataset.rows["烟台"] = clusters(1);
    dataset.rows["青岛"] = clusters(5);
    let registry = await insertAt(fake, empty(), dataset, "Sheet1!A1", "烟台");
    registry = await insertAt(fake, registry, dataset, "Sheet1!A6", "青岛");
    dataset.rows["烟台"] = clusters(1, 2, 3);
    const report = await refresh(registry, dataset);
    expect(report.outcomes.map((o) => (o as { address?: string }).address)).toStrictEqual([
      "Sheet1!A2:C5",
      "Sheet1!A9:C10",
    ]);
    expect(report.registry.registry.entries.map((e) => e.noteAddress)).toStrictEqual([
      "Sheet1!A1",
      "Sheet1!A8",
    ]);
    expect(fake.workbook.values("Sheet1!A8:A10")).toStrictEqual([[note(V1)], ["编号"], ["c-5"]]);
  });

  test("a renamed comparison sheet without a new note: refreshed, the old note kept", async () => {
    const inserted = await insertComparison();
    // The first refresh records the sheet's id, by which a renamed sheet is found.
    const first = await refresh(inserted, dataset);
    const entry = first.registry.registry.entries[0];
    expect(entry.sheetId).toBe(fake.workbook.sheetByName("集群对比")!.id);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(entry.sheetName).name = "我的对比";
      await context.sync();
    });
    const report = await refresh(first.registry, dataset);
    expect(report.outcomes[0]).toStrictEqual({
      status: "refreshed",
      entryId: "t-1",
      type: "comparison",
      sheetName: "我的对比",
      sheetRenamedFrom: entry.sheetName,
    });
    expect(report.registry.registry.entries[0]).toMatchObject({
      note: note(V1),
      sheetName: "我的对比",
      noteAddress: "我的对比!A1",
    });
    expect(fake.workbook.values("我的对比!A1")).toStrictEqual([[note(V1)]]);
  });
});
