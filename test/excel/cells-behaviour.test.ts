// What lands in the user's cells and names: values and number formats of our columns, sheet
// and table names Excel accepts, addresses as Excel writes them, and the Workbook tab's list.
import {
  columnFormats,
  formatGrid,
  NUMBER_FORMAT,
  TEXT_FORMAT,
  toCellValue,
  toLabelFormula,
  toValueGrid,
} from "../../src/excel/cell-values";
import { columnLetter, qualifiedAddress, uniqueName, uniqueSheetName } from "../../src/excel/names";
import { tableStatuses } from "../../src/excel/table-status";
import { emptyRegistry, type RegistryEntry } from "../../src/excel/registry-format";

describe("cell values and formats", () => {
  test("a number that Excel cannot hold is written as a blank; other values as they are", () => {
    expect([NaN, Infinity, -Infinity, 0, -1.5, "", "烟台"].map(toCellValue)).toStrictEqual([
      "",
      "",
      "",
      0,
      -1.5,
      "",
      "烟台",
    ]);
    expect(
      toValueGrid(
        ["a", "b"],
        [
          [NaN, "x"],
          [2, ""],
        ]
      )
    ).toStrictEqual([
      ["a", "b"],
      ["", "x"],
      [2, ""],
    ]);
  });

  test.each(["=SUM(A1)", "+86", "-3", "@name"])("%s is kept as text, not a formula", (text) => {
    expect(toLabelFormula(text)).toBe(`'${text}`);
  });

  test("text that only contains a formula sign is left alone", () => {
    expect(["a=b", "1+1", "", "烟台-青岛"].map(toLabelFormula)).toStrictEqual([
      "a=b",
      "1+1",
      "",
      "烟台-青岛",
    ]);
  });

  test("a column is a number column only when it has a number and nothing but blanks besides", () => {
    const rows = [
      [1, "", "x", "", 3],
      ["", "", 2, "", "y"],
      [4, "", "", "", 5],
    ];
    expect(NUMBER_FORMAT).toBe("General");
    expect(TEXT_FORMAT).toBe("@");
    expect(columnFormats(rows, 5)).toStrictEqual(["General", "@", "@", "@", "@"]);
    expect(columnFormats([], 2)).toStrictEqual(["@", "@"]);
  });

  test("every row gets its own copy of the formats", () => {
    const grid = formatGrid(["General", "@"], 3);
    expect(grid).toStrictEqual([
      ["General", "@"],
      ["General", "@"],
      ["General", "@"],
    ]);
    grid[0][0] = "changed";
    expect(grid[1][0]).toBe("General");
    expect(formatGrid(["@"], 0)).toStrictEqual([]);
  });
});

describe("names and addresses", () => {
  test.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i is %s", (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
  });

  test.each([
    ["Sheet1", "Sheet1!B2"],
    ["数据", "数据!B2"],
    ["_a.b", "_a.b!B2"],
    ["My Sheet", "'My Sheet'!B2"],
    ["it's", "'it''s'!B2"],
    ["1st", "'1st'!B2"],
    ["AB12", "'AB12'!B2"],
    ["R", "'R'!B2"],
    ["C3", "'C3'!B2"],
    ["R1C1", "'R1C1'!B2"],
    ["rc", "'rc'!B2"],
    ["ABCD12", "ABCD12!B2"],
    ["Rx", "Rx!B2"],
  ])("a cell of sheet %s is %s", (sheet, address) => {
    expect(qualifiedAddress(sheet, "B2")).toBe(address);
  });

  test("a sheet name loses the characters Excel forbids, its end apostrophes and its length", () => {
    expect(uniqueSheetName("a/b\\c?d*e:f[g]h", [])).toBe("a b c d e f g h");
    expect(uniqueSheetName("'quoted'", [])).toBe("quoted");
    expect(uniqueSheetName("  ", [])).toBe("Sheet");
    expect(uniqueSheetName("x".repeat(40), [])).toBe("x".repeat(31));
    expect(uniqueSheetName("x".repeat(40), ["x".repeat(31)])).toBe(`${"x".repeat(27)} (2)`);
    expect(uniqueSheetName("Sheet", ["SHEET", "sheet (2)"])).toBe("Sheet (3)");
  });

  test("a table name is numbered after an underscore until free, ignoring case", () => {
    expect(uniqueName("SD_t1", [])).toBe("SD_t1");
    expect(uniqueName("SD_t1", ["sd_T1", "SD_T1_2"])).toBe("SD_t1_3");
  });
});

describe("the Workbook tab's list", () => {
  const entry = (change: Partial<RegistryEntry>): RegistryEntry => ({
    id: "t-1",
    type: "table",
    tableName: "SD_t1",
    sheetName: "产业集群",
    noteAddress: "产业集群!A1",
    request: { view: "clusters", query: "", level: "", kind: "", fields: [] },
    lang: "zh-CN",
    version: "2026.11.0",
    insertedAt: "2026-11-01",
    refreshedAt: "2026-11-02",
    columns: [],
    ...change,
  });

  test("names a table by its table and a comparison by its sheet; current means this dataset", () => {
    const registry = {
      ...emptyRegistry(),
      entries: [
        entry({}),
        entry({ id: "t-2", type: "comparison", sheetName: "集群对比", version: "2026.10.0" }),
      ],
    };
    expect(tableStatuses({ partId: "p", registry }, "2026.11.0")).toStrictEqual([
      {
        entryId: "t-1",
        type: "table",
        name: "SD_t1",
        sheetName: "产业集群",
        version: "2026.11.0",
        refreshedAt: "2026-11-02",
        current: true,
      },
      {
        entryId: "t-2",
        type: "comparison",
        name: "集群对比",
        sheetName: "集群对比",
        version: "2026.10.0",
        refreshedAt: "2026-11-02",
        current: false,
      },
    ]);
  });
});
