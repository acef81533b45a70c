// What a comparison sheet looks like once inserted (which rows are italic, grey, bold, filled)
// and the registry entry it leaves, field by field, in the returned value and in the part.
import "../support/dom-parser";
import { installFakeExcel } from "../support/fake-excel";
import type { CellFormat } from "../support/fake-excel/cells";
import { insertComparisonSheet, type ComparisonLayout } from "../../src/excel/comparison-sheet";
import { loadRegistry } from "../../src/excel/registry";
import { emptyRegistry, parseRegistry } from "../../src/excel/registry-format";

const layout: ComparisonLayout = {
  sheetName: "对比",
  note: "齐鲁产业集群 · 2026.11.0 · 来源：山东省工业和信息化厅等公开名单",
  levelLabel: "级别",
  kindLabel: "类型",
  rowHeader: "城市",
  totalLabel: "合计",
  rows: [{ label: "济南" }, { label: "青岛" }, { label: "烟台" }],
  columns: [
    { label: "国家级战新", level: "national", kind: "strategic-emerging" },
    { label: "省级先进制造业", level: "provincial", kind: "advanced-manufacturing" },
  ],
};
const NOW = "2026-11-23T08:00:00.000Z";

let fake: ReturnType<typeof installFakeExcel>;
beforeEach(() => {
  fake = installFakeExcel({ functions: { "SD.COUNT": () => 1 } });
});
afterEach(() => fake.uninstall());

const insert = () =>
  insertComparisonSheet({
    layout,
    lang: "en",
    version: "2026.11.0",
    registry: { partId: null, registry: emptyRegistry() },
    now: NOW,
  });

/** One format of each cell of rows `first`..`last` (1-based), columns A to D. */
function formats<K extends keyof CellFormat>(key: K, first: number, last: number) {
  const { sheet } = fake.workbook.ref("对比!A1");
  return sheet.cells.map(
    { row: first - 1, column: 0, rowCount: last - first + 1, columnCount: 4 },
    (cell) => cell?.format?.[key]
  );
}
const row = <T>(value: T, width = 3) => [...Array<T>(width).fill(value), undefined];

describe("the formats of a comparison sheet (3 cities, 2 programmes: rows 1 to 8)", () => {
  test("the note in A1 is italic, nothing else is", async () => {
    await insert();
    expect(formats("italic", 1, 9)).toStrictEqual([
      [true, undefined, undefined, undefined],
      ...Array.from({ length: 8 }, () => row(undefined)),
    ]);
  });

  test("the level and kind rows (2 and 3) are grey, and only they", async () => {
    await insert();
    expect(formats("fontColor", 1, 9)).toStrictEqual([
      row(undefined),
      row("#7f7f7f"),
      row("#7f7f7f"),
      ...Array.from({ length: 6 }, () => row(undefined)),
    ]);
  });

  test("the header (row 4) and the total row (row 8) are bold; the header alone is filled", async () => {
    await insert();
    const boldRows = [4, 8];
    expect(formats("bold", 1, 10)).toStrictEqual(
      Array.from({ length: 10 }, (_, i) => row(boldRows.includes(i + 1) ? true : undefined))
    );
    expect(formats("fillColor", 1, 10)).toStrictEqual(
      Array.from({ length: 10 }, (_, i) => row(i + 1 === 4 ? "#e2efda" : undefined))
    );
  });

  test("columns are fitted to the cities and labels, not to the long note in A1", async () => {
    await insert();
    const widths = fake.workbook.sheetByName("对比")!.columnWidths;
    // The fake fits 7 points a character plus 5: "省级先进制造业" is 7, "国家级战新" and
    // "advanced-manufacturing" (row 3) are longer in B and C; column A holds "级别" … "合计".
    expect(widths.get(0)).toBe(2 * 7 + 5);
    expect(widths.get(1)).toBe("strategic-emerging".length * 7 + 5);
    expect(widths.get(2)).toBe("advanced-manufacturing".length * 7 + 5);
  });
});

describe("what the insert asks Excel and records", () => {
  test("the first sync loads the sheets' names only", async () => {
    await insert();
    const loads = fake.log.entries.filter((e) => e.kind === "load" && e.batch === 0);
    expect(loads.map((e) => [e.path, e.member])).toStrictEqual([
      ["workbook.worksheets", "items/name"],
    ]);
  });

  test("the entry names the sheet and its note, with the given time, in the return and the part", async () => {
    const result = await insert();
    const entry = {
      id: "t-1",
      type: "comparison",
      tableName: "",
      sheetName: "对比",
      noteAddress: "对比!A1",
      request: { view: "summary-by-city", query: "", level: "", kind: "", fields: [] },
      lang: "en",
      version: "2026.11.0",
      insertedAt: NOW,
      refreshedAt: NOW,
      columns: ["国家级战新", "省级先进制造业"],
      note: layout.note,
    };
    expect(result.entry).toStrictEqual(entry);
    expect(result.registry.registry).toStrictEqual({ format: 1, entries: [entry] });
    expect(fake.workbook.customXmlParts).toHaveLength(1);
    expect(parseRegistry(fake.workbook.customXmlParts[0].xml)).toStrictEqual({
      format: 1,
      entries: [entry],
    });
    expect((await loadRegistry()).registry.entries).toStrictEqual([entry]);
  });
});
