/**
 * The last read before rows move: whether a removed row holds the user's content, and which of
 * Excel's two ways of moving rows (cells in the table's columns, or whole sheet rows) harms
 * nothing. Each case is a workbook the user could have, with the plan the refresh would make.
 */
import { installFakeExcel } from "../support/fake-excel";
import { chooseMove, queueChecks } from "../../src/excel/refresh-checks";
import type { TablePlan } from "../../src/excel/refresh-plan";
import type { TableMeta } from "../../src/excel/refresh-read";

type Fake = ReturnType<typeof installFakeExcel>;
let fake: Fake;
beforeEach(() => {
  fake = installFakeExcel();
});
afterEach(() => fake.uninstall());

const LAST_ROW = 1_048_576;

/**
 * Our table at B3:E6 of Sheet1: header 编号/名称/城市/备注, three body rows (sheet rows 4–6), the
 * user's column 备注 at E.
 */
function tableMeta(extra: Partial<TableMeta> = {}): TableMeta {
  return {
    name: "集群表",
    id: "1",
    sheetName: "Sheet1",
    sheetId: "Sheet1",
    top: 2,
    left: 1,
    width: 4,
    bodyRows: 3,
    totals: false,
    header: ["编号", "名称", "城市", "备注"],
    ours: [0, 1, 2],
    filtered: false,
    chartFound: false,
    usedBottom: 5,
    ...extra,
  } as TableMeta;
}

const plan = (removed: number[], added: number, meta = tableMeta()) =>
  ({ meta, removed, added }) as unknown as TablePlan;

function decide(p: TablePlan) {
  return Excel.run(async (context) => {
    const checks = queueChecks(context, p);
    await context.sync();
    return chooseMove(checks);
  });
}

/** The table's own cells as the insert wrote them, the user's notes in E. */
function ourTable(notes: string[] = ["", "", ""]) {
  fake.workbook.setValues("Sheet1!B3:E6", [
    ["编号", "名称", "城市", "备注"],
    ...notes.map((n, i) => [`c-${i + 1}`, `集群${i + 1}`, "烟台", n]),
  ]);
}

const put = (address: string, value: string) =>
  fake.workbook.setValues(`Sheet1!${address}`, [[value]]);

describe("the user's content in removed rows", () => {
  test("a note in a removed row stops the table, naming the column and the sheet row", async () => {
    ourTable(["", "核对过", ""]);
    expect(await decide(plan([1], 0))).toStrictEqual({
      kind: "user-content-in-removed-rows",
      tableName: "集群表",
      column: "备注",
      rows: [{ row: 5, id: "" }],
    });
  });

  test("every removed row with a note is named once, in sheet order, across runs of rows", async () => {
    ourTable(["甲", "", "丙"]);
    expect(await decide(plan([0, 2], 1))).toStrictEqual({
      kind: "user-content-in-removed-rows",
      tableName: "集群表",
      column: "备注",
      rows: [
        { row: 4, id: "" },
        { row: 6, id: "" },
      ],
    });
  });

  test("two removed rows of one run, both with notes, are both named", async () => {
    ourTable(["甲", "乙", ""]);
    expect(await decide(plan([0, 1], 0))).toStrictEqual({
      kind: "user-content-in-removed-rows",
      tableName: "集群表",
      column: "备注",
      rows: [
        { row: 4, id: "" },
        { row: 5, id: "" },
      ],
    });
  });

  test("a user column between ours is checked at its own place and named", async () => {
    ourTable();
    put("C5", "用户写的");
    // Ours are 编号, 城市, 备注 (offsets 0, 2, 3); the user's column is 名称 (offset 1, column C).
    const meta = tableMeta({ ours: [0, 2, 3] });
    expect(await decide(plan([1], 0, meta))).toStrictEqual({
      kind: "user-content-in-removed-rows",
      tableName: "集群表",
      column: "名称",
      rows: [{ row: 5, id: "" }],
    });
  });

  test("of two user columns apart, the one holding the note is named", async () => {
    ourTable(["", "", ""]);
    put("C5", "");
    put("E5", "注");
    const meta = tableMeta({ ours: [0, 2] });
    expect(await decide(plan([1], 0, meta))).toMatchObject({ column: "备注" });
  });

  test("a row with notes in two user columns apart is named once, by the first column", async () => {
    ourTable(["", "注", ""]);
    put("C5", "改过");
    const meta = tableMeta({ ours: [0, 2] });
    expect(await decide(plan([1], 0, meta))).toStrictEqual({
      kind: "user-content-in-removed-rows",
      tableName: "集群表",
      column: "名称",
      rows: [{ row: 5, id: "" }],
    });
  });

  test("a removed row whose user cells are empty moves; our cells in it do not count", async () => {
    ourTable(["甲", "", "丙"]);
    expect(await decide(plan([1], 0))).toBe("cells");
  });
});

describe("no rows move", () => {
  test("nothing to add or remove needs no move, whatever surrounds the table", async () => {
    ourTable();
    put("A7", "旁边");
    put("B7", "下面");
    put("A4", "左边");
    expect(await decide(plan([], 0))).toBe("none");
  });
});

describe("cells in the table's columns", () => {
  test("content below only in the table's columns moves with them", async () => {
    ourTable();
    put("C10", "下面");
    expect(await decide(plan([], 2))).toBe("cells");
  });

  test("a row below with content inside and outside the columns would shear: whole rows instead", async () => {
    ourTable();
    put("C10", "下面");
    put("A10", "旁边");
    expect(await decide(plan([], 2))).toBe("rows");
  });

  test("content beside, on rows the content below does not reach, shears nothing", async () => {
    ourTable();
    put("C11", "下面");
    put("A10", "上一行");
    put("G12", "下一行");
    expect(await decide(plan([], 2))).toBe("cells");
  });

  test("content beside on the last row of the block below shears it", async () => {
    ourTable();
    fake.workbook.setValues("Sheet1!C10:C12", [["a"], ["b"], ["c"]]);
    put("G12", "同一行");
    expect(await decide(plan([], 2))).toBe("rows");
  });

  test("content beside on the first row of the block below shears it", async () => {
    ourTable();
    fake.workbook.setValues("Sheet1!C10:C12", [["a"], ["b"], ["c"]]);
    put("A10", "同一行");
    expect(await decide(plan([], 2))).toBe("rows");
  });

  test("a table below that crosses the columns' edge is named when neither way is safe", async () => {
    ourTable(["", "", ""]);
    fake.workbook.setValues("Sheet1!A10:C11", [
      ["甲", "乙", "丙"],
      ["1", "2", "3"],
    ]);
    fake.workbook.addTable("Sheet1!A10:C11", { name: "用户表" });
    fake.workbook.setValues("Sheet1!E13:G14", [
      ["丁", "戊", "己"],
      ["4", "5", "6"],
    ]);
    fake.workbook.addTable("Sheet1!E13:G14", { name: "另一表" });
    put("A5", "旁边");
    expect(await decide(plan([1], 0))).toStrictEqual({
      kind: "no-safe-move",
      tableName: "集群表",
      below: "用户表、另一表",
      beside: "Sheet1!A5",
    });
  });

  test("a table below wholly inside the columns moves with them", async () => {
    ourTable();
    fake.workbook.setValues("Sheet1!C10:D11", [
      ["甲", "乙"],
      ["1", "2"],
    ]);
    fake.workbook.addTable("Sheet1!C10:D11", { name: "用户表" });
    expect(await decide(plan([], 1))).toBe("cells");
  });

  test.each([
    ["A10:B10", "Sheet1!A10:B10"],
    ["E10:F10", "Sheet1!E10:F10"],
  ])("a merged area below across an edge (%s) is named when neither way is safe", async (m, at) => {
    ourTable();
    put(m.slice(0, m.indexOf(":")), "合并");
    fake.workbook.merge(`Sheet1!${m}`);
    put("A5", "旁边");
    expect(await decide(plan([1], 0))).toStrictEqual({
      kind: "no-safe-move",
      tableName: "集群表",
      below: at,
      beside: "Sheet1!A5",
    });
  });

  test("with a crossing table and a crossing merged area below, the table is named", async () => {
    ourTable();
    fake.workbook.setValues("Sheet1!A10:C11", [
      ["甲", "乙", "丙"],
      ["1", "2", "3"],
    ]);
    fake.workbook.addTable("Sheet1!A10:C11", { name: "用户表" });
    put("A13", "合并");
    fake.workbook.merge("Sheet1!A13:B13");
    put("A5", "旁边");
    expect(await decide(plan([1], 0))).toMatchObject({ below: "用户表", beside: "Sheet1!A5" });
  });

  test("a merged area below exactly over the table's columns moves with them", async () => {
    ourTable();
    put("B10", "合并");
    fake.workbook.merge("Sheet1!B10:E10");
    expect(await decide(plan([], 1))).toBe("cells");
  });

  test("a block below that reaches the sheet's last row leaves no room for cells", async () => {
    ourTable();
    put(`C${LAST_ROW - 1}`, "倒数第二行");
    const meta = tableMeta({ usedBottom: LAST_ROW - 2 });
    expect(await decide(plan([], 1, meta))).toBe("cells");
    expect(await decide(plan([], 2, meta))).toStrictEqual({
      kind: "no-room",
      tableName: "集群表",
      sheetName: "Sheet1",
    });
  });

  test("under a totals row, the check starts below it", async () => {
    fake.workbook.setValues("Sheet1!B3:E7", [
      ["编号", "名称", "城市", "备注"],
      ["c-1", "集群1", "烟台", ""],
      ["c-2", "集群2", "烟台", ""],
      ["c-3", "集群3", "烟台", ""],
      ["合计", "", "", ""],
    ]);
    put("A7", "旁边");
    const meta = tableMeta({ totals: true, usedBottom: 6 });
    expect(await decide(plan([], 1, meta))).toBe("cells");
  });
});

describe("whole sheet rows", () => {
  /** A table below crossing the left edge, so that cells would harm and rows are tried. */
  function shearBelow() {
    fake.workbook.setValues("Sheet1!A10:C11", [
      ["甲", "乙", "丙"],
      ["1", "2", "3"],
    ]);
    fake.workbook.addTable("Sheet1!A10:C11", { name: "用户表" });
  }

  test("content beside a removed row would be deleted with it", async () => {
    ourTable();
    shearBelow();
    put("H6", "旁边");
    expect(await decide(plan([2], 0))).toStrictEqual({
      kind: "no-safe-move",
      tableName: "集群表",
      below: "用户表",
      beside: "Sheet1!H6",
    });
  });

  test("a block beside that spans the insertion point would be split", async () => {
    ourTable();
    shearBelow();
    fake.workbook.setValues("Sheet1!A6:A7", [["上"], ["下"]]);
    expect(await decide(plan([], 1))).toStrictEqual({
      kind: "no-safe-move",
      tableName: "集群表",
      below: "用户表",
      beside: "Sheet1!A7",
    });
  });

  test("a block right of the table that spans the insertion point is named where it is split", async () => {
    ourTable();
    shearBelow();
    fake.workbook.setValues("Sheet1!H6:H7", [["上"], ["下"]]);
    expect(await decide(plan([], 1))).toMatchObject({ below: "用户表", beside: "Sheet1!H7" });
  });

  test.each([["A6"], ["A7"]])(
    "content beside on one side of the insertion point only (%s) is kept whole",
    async (at) => {
      ourTable();
      shearBelow();
      put(at, "一边");
      expect(await decide(plan([], 1))).toBe("rows");
    }
  );

  test("the insertion point is after the last kept row: a block beside it and the new rows is split", async () => {
    ourTable();
    shearBelow();
    // Row 6 (the last body row) is removed, so new rows go in after row 5.
    put("A5", "上");
    put("A7", "下");
    expect(await decide(plan([2], 1))).toStrictEqual({
      kind: "no-safe-move",
      tableName: "集群表",
      below: "用户表",
      beside: "Sheet1!A7",
    });
  });

  test("content beside a removed row is named before a block spanning the insertion point", async () => {
    ourTable();
    shearBelow();
    put("A5", "上");
    put("H6", "旁边");
    put("A7", "下");
    expect(await decide(plan([2], 1))).toMatchObject({ below: "用户表", beside: "Sheet1!H6" });
  });

  test("with no rows added, a block beside the table's end is not split", async () => {
    ourTable();
    shearBelow();
    fake.workbook.setValues("Sheet1!A6:A7", [["上"], ["下"]]);
    expect(await decide(plan([0], 0))).toBe("rows");
  });

  test("when every body row is removed, the header row is the last kept", async () => {
    ourTable();
    shearBelow();
    put("A3", "上");
    put("A7", "下");
    expect(await decide(plan([0, 1, 2], 1))).toMatchObject({ beside: "Sheet1!A7" });
  });

  test("with no room for whole rows either, the table stops naming what is below", async () => {
    ourTable();
    shearBelow();
    put(`B${LAST_ROW}`, "最后一行");
    const meta = tableMeta({ usedBottom: LAST_ROW - 1 });
    expect(await decide(plan([], 1, meta))).toStrictEqual({
      kind: "no-safe-move",
      tableName: "集群表",
      below: "用户表",
      beside: "",
    });
  });
});

describe("tables at the sheet's edges", () => {
  test("a table whose last row is the sheet's last row has nothing below it", async () => {
    const top = LAST_ROW - 4;
    fake.workbook.setValues(`Sheet1!B${top + 1}:E${LAST_ROW}`, [
      ["编号", "名称", "城市", "备注"],
      ["c-1", "集群1", "烟台", ""],
      ["c-2", "集群2", "烟台", ""],
      ["c-3", "集群3", "烟台", ""],
    ]);
    const meta = tableMeta({ top, usedBottom: LAST_ROW - 1 });
    expect(await decide(plan([1], 0, meta))).toBe("cells");
    // It cannot grow: no room, rather than a write Excel refuses.
    expect(await decide(plan([], 1, meta))).toStrictEqual({
      kind: "no-room",
      tableName: "集群表",
      sheetName: "Sheet1",
    });
  });

  test("a table one row above the sheet's end can grow by one row, and not by two", async () => {
    const top = LAST_ROW - 5;
    fake.workbook.setValues(`Sheet1!B${top + 1}:E${LAST_ROW - 1}`, [
      ["编号", "名称", "城市", "备注"],
      ["c-1", "集群1", "烟台", ""],
      ["c-2", "集群2", "烟台", ""],
      ["c-3", "集群3", "烟台", ""],
    ]);
    const meta = tableMeta({ top, usedBottom: LAST_ROW - 2 });
    expect(await decide(plan([], 1, meta))).toBe("cells");
    expect(await decide(plan([], 2, meta))).toStrictEqual({
      kind: "no-room",
      tableName: "集群表",
      sheetName: "Sheet1",
    });
  });

  test("with a totals row, the totals row is the table's last row", async () => {
    const top = LAST_ROW - 5;
    fake.workbook.setValues(`Sheet1!B${top + 1}:E${LAST_ROW}`, [
      ["编号", "名称", "城市", "备注"],
      ["c-1", "集群1", "烟台", ""],
      ["c-2", "集群2", "烟台", ""],
      ["c-3", "集群3", "烟台", ""],
      ["合计", "", "", ""],
    ]);
    const meta = tableMeta({ top, totals: true, usedBottom: LAST_ROW - 1 });
    expect(await decide(plan([], 1, meta))).toStrictEqual({
      kind: "no-room",
      tableName: "集群表",
      sheetName: "Sheet1",
    });
  });

  test("a table in column A has nothing to its left", async () => {
    fake.workbook.setValues("Sheet1!A3:C5", [
      ["编号", "名称", "城市"],
      ["c-1", "集群1", "烟台"],
      ["c-2", "集群2", "烟台"],
    ]);
    put("E5", "旁边");
    const meta = tableMeta({
      left: 0,
      width: 3,
      bodyRows: 2,
      header: ["编号", "名称", "城市"],
      usedBottom: 4,
    });
    expect(await decide(plan([1], 0, meta))).toBe("cells");
    put("B8", "下面");
    put("E8", "旁边");
    expect(await decide(plan([1], 1, meta))).toStrictEqual({
      kind: "no-safe-move",
      tableName: "集群表",
      below: "Sheet1!B8",
      beside: "Sheet1!E5",
    });
  });

  test("a table in the sheet's last columns has nothing to its right", async () => {
    fake.workbook.setValues("Sheet1!XFC3:XFD5", [
      ["编号", "名称"],
      ["c-1", "集群1"],
      ["c-2", "集群2"],
    ]);
    put("XFA5", "旁边");
    const meta = tableMeta({
      left: 16_382,
      width: 2,
      bodyRows: 2,
      header: ["编号", "名称"],
      ours: [0, 1],
      usedBottom: 4,
    });
    expect(await decide(plan([1], 0, meta))).toBe("cells");
  });
});
