// An insert as the user and Excel see it: the blocks that just fit a sheet, what counts as an
// occupied cell, the note's look, where the chart goes, the selection left alone, rows over the
// 4 MB budget written in batches at their own rows, and the registry entry, field by field.
import "../support/dom-parser";
import { installFakeExcel } from "../support/fake-excel";
import { OccupiedTargetError } from "../../src/excel/errors";
import { insertTable, type InsertTableOptions } from "../../src/excel/insert-table";
import { loadRegistry } from "../../src/excel/registry";
import { emptyRegistry } from "../../src/excel/registry-format";

let fake: ReturnType<typeof installFakeExcel>;
beforeEach(() => {
  fake = installFakeExcel({ sheetNames: ["Sheet1", "Data"] });
});
afterEach(() => fake.uninstall());

const NOW = "2026-11-23T08:00:00.000Z";
const NOTE = "齐鲁产业集群 数据版本 2026.11.0";
function options(
  header: string[],
  rows: unknown[][],
  extra: Partial<InsertTableOptions> = {}
): InsertTableOptions {
  return {
    content: { header, rows: rows as InsertTableOptions["content"]["rows"] },
    request: { view: "clusters", query: "烟台", level: "", kind: "", fields: ["id", "name"] },
    lang: "zh-CN",
    version: "2026.11.0",
    note: NOTE,
    placement: { kind: "selection" },
    registry: { partId: null, registry: emptyRegistry() },
    now: NOW,
    ...extra,
  };
}
const small = (extra: Partial<InsertTableOptions> = {}) =>
  options(["编号", "名称"], [["c-1", "集群1"]], extra);

describe("a block exactly the size of a sheet is not too large", () => {
  // Excel is asked where it would go; the user's cell in A1 then stops it, before any write.
  test("1,048,576 rows: the note, the header and 1,048,574 rows", async () => {
    fake.workbook.setValues("Sheet1!A1", [["mine"]]);
    fake.workbook.select("Sheet1!A1");
    const content = { header: ["编号"], rows: new Array(1_048_574) as never[] };
    const error = await insertTable({ ...small(), content }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OccupiedTargetError);
    expect(error).toMatchObject({ target: "Sheet1!A:A", occupied: "Sheet1!A1" });
    expect(fake.log.syncCount).toBe(1);
  });

  test("16,384 columns", async () => {
    fake.workbook.setValues("Sheet1!A1", [["mine"]]);
    fake.workbook.select("Sheet1!A1");
    const header = Array.from({ length: 16_384 }, (_, i) => `h${i}`);
    const error = await insertTable(options(header, [])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OccupiedTargetError);
    expect(error).toMatchObject({ target: "Sheet1!1:2", occupied: "Sheet1!A1" });
    expect(fake.log.syncCount).toBe(1);
  });
});

describe("the target check", () => {
  test("a cell with only a format of the user's is empty: the insert goes ahead and keeps the fill", async () => {
    const { sheet } = fake.workbook.ref("Sheet1!B3");
    sheet.cells.ensure(2, 1).format = { fillColor: "#FFFF00" };
    fake.workbook.select("Sheet1!A1");
    await insertTable(small());
    expect(fake.workbook.values("Sheet1!A1:B3")).toStrictEqual([
      [NOTE, ""],
      ["编号", "名称"],
      ["c-1", "集群1"],
    ]);
    expect(fake.workbook.cell("Sheet1!B3")!.format).toStrictEqual({ fillColor: "#FFFF00" });
  });

  test("the first sync loads the names of sheets and tables, no more", async () => {
    fake.workbook.select("Sheet1!A1");
    await insertTable(small());
    const loads = fake.log.entries.filter((e) => e.kind === "load" && e.batch === 0);
    expect(loads.map((e) => [e.path, e.member])).toStrictEqual([
      ["workbook.worksheets", "items/name"],
      ["workbook.tables", "items/name"],
      ["workbook.worksheets.getActiveWorksheet()", "name"],
      ["workbook.getSelectedRange().getCell(0, 0)", "rowIndex,columnIndex"],
      ["workbook.getSelectedRange().getCell(0, 0).getResizedRange(2, 1)", "address"],
      [
        "workbook.getSelectedRange().getCell(0, 0).getResizedRange(2, 1).getUsedRangeOrNullObject(true)",
        "address",
      ],
    ]);
  });
});

describe("what the user sees after an insert at the selection", () => {
  test("the note alone is italic and grey", async () => {
    fake.workbook.select("Data!B2");
    await insertTable(small());
    const { sheet } = fake.workbook.ref("Data!A1");
    const look = sheet.cells.map({ row: 0, column: 0, rowCount: 4, columnCount: 4 }, (cell) =>
      cell?.format ? [cell.format.italic, cell.format.fontColor] : undefined
    );
    expect(look).toStrictEqual([
      [undefined, undefined, undefined, undefined],
      [undefined, [true, "#595959"], undefined, undefined],
      [undefined, undefined, undefined, undefined],
      [undefined, undefined, undefined, undefined],
    ]);
  });

  test("the chart's top left corner is one empty column right of the table, on the note's row", async () => {
    fake.workbook.select("Data!B2");
    await insertTable(small({ chart: { title: "各市集群数" } }));
    const [chart] = fake.workbook.sheetByName("Data")!.charts;
    // The table is B3:C4 with its note in B2: column D stays empty, the chart starts at E2.
    expect(chart.position).toStrictEqual({ startCell: "Data!E2", endCell: undefined });
  });

  test("the selection and the active sheet are left as they were", async () => {
    fake.workbook.select("Data!B2");
    await insertTable(small());
    expect(fake.workbook.activeSheet.name).toBe("Data");
    expect(fake.workbook.selection.sheet.name).toBe("Data");
    expect(fake.workbook.selection.rect).toStrictEqual({
      row: 1,
      column: 1,
      rowCount: 1,
      columnCount: 1,
    });
  });
});

describe("rows over the 4 MB budget", () => {
  // 20 columns of long Chinese text: each row is exactly 1,800,000 bytes of JSON, and with its
  // 20 "@" formats (81 bytes) two rows are just over the 3,600,000 bytes of cells a batch takes.
  const COLUMNS = 20;
  function bigRow(r: number): string[] {
    const row = Array.from({ length: COLUMNS }, (_, c) => `${r}:${c}:${"集".repeat(29_990)}`);
    const short = 1_800_000 - Buffer.byteLength(JSON.stringify(row));
    row[COLUMNS - 1] += "x".repeat(short);
    return row;
  }
  const header = Array.from({ length: COLUMNS }, (_, c) => `字段${c}`);

  test("go one row a batch, each at its own row, within Excel's 5 MB", async () => {
    const rows = [0, 1, 2].map(bigRow);
    for (const row of rows) expect(Buffer.byteLength(JSON.stringify(row))).toBe(1_800_000);
    fake.workbook.select("Sheet1!A1");
    const result = await insertTable(options(header, rows));
    // The read, one write per row, the registry.
    expect(fake.log.syncCount).toBe(5);
    expect(fake.log.largestRequest).toBeLessThan(4_000_000);
    expect(result.address).toBe("Sheet1!A2:T5");
    expect(fake.workbook.values("Sheet1!A1:A5")).toStrictEqual([
      [NOTE],
      ["字段0"],
      [rows[0][0]],
      [rows[1][0]],
      [rows[2][0]],
    ]);
    expect(fake.workbook.values("Sheet1!A4:T4")).toStrictEqual([rows[1]]);
    expect(fake.workbook.values("Sheet1!A6:T6")).toStrictEqual([Array(COLUMNS).fill("")]);
    expect(fake.workbook.numberFormats("Sheet1!A3:T5")).toStrictEqual(
      Array.from({ length: 3 }, () => Array(COLUMNS).fill("@"))
    );
  });
});

describe("the registry entry of an insert", () => {
  test("keeps the columns as inserted, whatever the caller does to its header later", async () => {
    fake.workbook.select("Sheet1!A1");
    const header = ["编号", "名称"];
    const result = await insertTable(options(header, [["c-1", "集群1"]]));
    header.push("备注");
    header[0] = "id";
    expect(result.entry.columns).toStrictEqual(["编号", "名称"]);
    expect((await loadRegistry()).registry.entries[0].columns).toStrictEqual(["编号", "名称"]);
  });

  test("of a chart insert names the chart and its id; of a table insert, neither", async () => {
    fake.workbook.select("Sheet1!A1");
    const charted = await insertTable(small({ chart: { title: "各市集群数" } }));
    const chartId = fake.workbook.sheetByName("Sheet1")!.charts[0].id;
    fake.workbook.select("Data!A1");
    const plain = await insertTable(small({ registry: charted.registry }));
    const common = {
      request: small().request,
      lang: "zh-CN",
      version: "2026.11.0",
      insertedAt: NOW,
      refreshedAt: NOW,
      columns: ["编号", "名称"],
      note: NOTE,
    };
    const [first, second] = (await loadRegistry()).registry.entries;
    expect(first).toStrictEqual({
      ...common,
      id: "t-1",
      type: "chart",
      tableName: "SD_t1",
      tableId: fake.workbook.table("SD_t1")!.id,
      sheetName: "Sheet1",
      noteAddress: "Sheet1!A1",
      chartName: "SD_t1_chart",
      chartId,
      rows: charted.entry.rows,
    });
    expect(second).toStrictEqual({
      ...common,
      id: "t-2",
      type: "table",
      tableName: "SD_t2",
      tableId: fake.workbook.table("SD_t2")!.id,
      sheetName: "Data",
      noteAddress: "Data!A1",
      rows: plain.entry.rows,
    });
    expect(plain.entry).toStrictEqual(second);
  });
});
