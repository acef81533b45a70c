/**
 * The scenario matrix of issue 11: every case a user's real workbook can present to Refresh all,
 * each checked cell by cell. Every cell the user typed is remembered as Excel's cell object; after
 * the refresh each must still exist, with the same value, the same quote prefix, and formulas that
 * point at the same cells as before (Excel rebases a reference when it moves cells, so the text
 * may change, never its target). Every fault must name its table and say why, in zh-CN and en.
 */
import "../support/dom-parser";
import { loadRegistry, type LoadedRegistry } from "../../src/excel/registry";
import type { RefreshReport } from "../../src/excel/refresh";
import { workbookStrings } from "../../src/taskpane/workbook-strings";
import {
  clusters,
  Dataset,
  empty,
  freshWorkbook,
  insertAt,
  refresh,
  V2,
  withEntries,
  type Fake,
} from "./refresh-fixture";

type CellObject = NonNullable<ReturnType<Fake["workbook"]["cell"]>>;
interface Typed {
  sheet: string;
  cell: CellObject;
  value: unknown;
  formula?: string;
  quotePrefix?: boolean;
  refs: (CellObject | undefined)[];
}

const REF = /(?<![A-Za-z0-9_.!$])\$?([A-Z]{1,3})\$?(\d+)(?![\w(])/g;
const column = (letters: string) =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

let fake: Fake;
let dataset: Dataset;
let typed: Typed[];

function targets(sheet: string, formula: string | undefined) {
  const model = fake.workbook.sheets.find((s) => s.name === sheet)!;
  return [...(formula ?? "").replace(/"[^"]*"/g, "").matchAll(REF)].map((m) =>
    model.cells.get(Number(m[2]) - 1, column(m[1]))
  );
}

/** The user types into cells; each non-empty one is remembered. */
function type(address: string, grid: (string | number)[][]) {
  fake.workbook.setValues(address, grid);
  remember(address);
}

/** Remembers the user's cells in `address` as they are now. */
function remember(address: string) {
  const { sheet, rect } = fake.workbook.ref(address);
  for (let r = 0; r < rect.rowCount; r++)
    for (let c = 0; c < rect.columnCount; c++) {
      const cell = sheet.cells.get(rect.row + r, rect.column + c);
      if (!cell || (cell.value === "" && !cell.formula)) continue;
      typed.push({
        sheet: sheet.name,
        cell,
        value: cell.value,
        formula: cell.formula,
        quotePrefix: cell.quotePrefix,
        refs: [],
      });
    }
  for (const t of typed) t.refs = targets(t.sheet, t.formula);
}

/** Every typed cell as it was: present, same value, prefix, and formula targets. */
function damaged(): string[] {
  const out: string[] = [];
  for (const t of typed) {
    const model = fake.workbook.sheets.find((s) => s.name === t.sheet);
    const present = model && [...model.cells.entries()].some((e) => e.cell === t.cell);
    const label = `${t.sheet}:${String(t.formula ?? t.value)}`;
    if (!present) out.push(`${label} gone`);
    else if (t.cell.value !== t.value && !t.formula)
      out.push(`${label} now ${String(t.cell.value)}`);
    else if (Boolean(t.cell.quotePrefix) !== Boolean(t.quotePrefix))
      out.push(`${label} lost its '`);
    else if (t.formula !== undefined) {
      const now = targets(t.sheet, t.cell.formula);
      if (now.length !== t.refs.length || now.some((c, i) => c !== t.refs[i]))
        out.push(`${label} now ${String(t.cell.formula)} points elsewhere`);
    }
  }
  return out;
}

/** Each fault names its table and a reason, in both languages, without Excel's own words. */
function faultTexts(report: RefreshReport): string[] {
  return report.outcomes.flatMap((o) =>
    o.status === "fault"
      ? ["zh-CN", "en"].map((lang) => workbookStrings(lang as "zh-CN" | "en").outcome(o))
      : []
  );
}

async function base(extra: { fields?: string[] } = {}): Promise<LoadedRegistry> {
  dataset.rows["烟台"] = clusters(1, 2, 3);
  return insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台", extra); // note B2, table B3:D6
}

function update(...ids: number[]) {
  dataset.version = V2;
  dataset.rows["烟台"] = clusters(...ids);
}

const entry0 = (r: LoadedRegistry) => r.registry.entries[0];

/** The user adds a column E "备注" to the table (Excel extends the table over it). */
async function userColumn(values: (string | number)[]) {
  fake.workbook.table("SD_t1")!.rect.columnCount += 1;
  type("Sheet1!E3", [["备注"]]);
  type(
    `Sheet1!E4:E${3 + values.length}`,
    values.map((v) => [v])
  );
}

interface Case {
  name: string;
  setup: (registry: LoadedRegistry) => Promise<LoadedRegistry | void> | LoadedRegistry | void;
  change: number[];
  expect: string[]; // per entry: "refreshed" or a fault kind
  moved?: string;
  check?: (report: RefreshReport) => void;
}

const prefixes = async () => userColumn(["'00123", "'=1+1", "'+86 531 8888"]);

const cases: Case[] = [
  {
    name: "user text with quote prefixes, table grows",
    setup: prefixes,
    change: [1, 2, 3, 4],
    expect: ["refreshed"],
  },
  {
    name: "user text with quote prefixes, table shrinks",
    setup: async () => userColumn(["'00123", "", "'=1+1"]),
    change: [1, 3],
    expect: ["refreshed"],
  },
  {
    name: "relative formula in the user's column, a row removed above it",
    setup: async () => userColumn(["", "", '=B6&"!"']),
    change: [1, 3],
    expect: ["refreshed"],
  },
  {
    name: "relative formula in the user's column, table grows",
    setup: async () => userColumn(['=B4&"!"', "=C5", "x"]),
    change: [1, 2, 3, 4, 5],
    expect: ["refreshed"],
  },
  {
    name: "removed row holds the user's content",
    setup: async () => userColumn(["", "note", ""]),
    change: [1, 3],
    expect: ["user-content-in-removed-rows"],
  },
  {
    name: "a row the user typed inside the table, id-like value",
    setup: () => {
      fake.workbook.table("SD_t1")!.rect.rowCount += 1;
      type("Sheet1!B7:D7", [["c-9", "我的", "济南"]]);
    },
    change: [1, 2, 3],
    expect: ["refreshed"],
    check: (r) => expect(r.outcomes[0]).toMatchObject({ userRows: [7], removed: 0 }),
  },
  {
    name: "a row the user typed inside the table, its id left the dataset",
    setup: () => {
      fake.workbook.table("SD_t1")!.rect.rowCount += 1;
      type("Sheet1!B7:D7", [["c-9", "我的", "济南"]]);
    },
    change: [1],
    expect: ["refreshed"],
  },
  {
    name: "the user's correction in our column is kept",
    setup: () => type("Sheet1!C4", [["改过的名称"]]),
    change: [1, 2, 3, 4],
    expect: ["refreshed"],
    check: (r) => expect(r.outcomes[0]).toMatchObject({ userRows: [4] }),
  },
  {
    name: "the user corrected the id of a row",
    setup: () => type("Sheet1!B5", [["c-2-修"]]),
    change: [1, 3],
    expect: ["refreshed"],
  },
  {
    name: "growth next to a wide row below: whole rows move",
    setup: () => type("Sheet1!B8:H8", [["合计", 1, 2, 3, 4, 5, 6]]),
    change: [1, 2, 3, 4, 5],
    expect: ["refreshed"],
    moved: "rows",
  },
  {
    name: "shrink next to a wide row below: whole rows move",
    setup: () => type("Sheet1!B8:H8", [["合计", 1, 2, 3, 4, 5, 6]]),
    change: [1],
    expect: ["refreshed"],
    moved: "rows",
  },
  {
    name: "growth next to a block beside spanning the end: cells move",
    setup: () => type("Sheet1!F5:F8", [["a"], ["b"], ["c"], ["d"]]),
    change: [1, 2, 3, 4, 5],
    expect: ["refreshed"],
    moved: "cells",
  },
  {
    name: "growth with a wide row below and a block beside spanning the end",
    setup: () => {
      type("Sheet1!B9:H9", [["合计", 1, 2, 3, 4, 5, 6]]);
      type("Sheet1!F6:F7", [["a"], ["b"]]);
    },
    change: [1, 2, 3, 4],
    expect: ["no-safe-move"],
  },
  {
    name: "shrink with a wide row below and the user's cell beside a removed row",
    setup: () => {
      type("Sheet1!B9:H9", [["合计", 1, 2, 3, 4, 5, 6]]);
      type("Sheet1!G5", [["旁注"]]);
    },
    change: [1, 3],
    expect: ["no-safe-move"],
  },
  {
    name: "content below within the table's columns moves down with the table",
    setup: () => type("Sheet1!B8:D8", [["合计", 2, 3]]),
    change: [1, 2, 3, 4, 5],
    expect: ["refreshed"],
    moved: "cells",
  },
  {
    name: "a user table below across the columns: whole rows move",
    setup: () => {
      type("Sheet1!A9:E10", [
        ["a", "b", "c", "d", "e"],
        [1, 2, 3, 4, 5],
      ]);
      fake.workbook.addTable("Sheet1!A9:E10", { name: "Mine" });
    },
    change: [1, 2, 3, 4],
    expect: ["refreshed"],
    moved: "rows",
  },
  {
    name: "a user table below across the columns and a block beside",
    setup: () => {
      type("Sheet1!A9:E10", [
        ["a", "b", "c", "d", "e"],
        [1, 2, 3, 4, 5],
      ]);
      fake.workbook.addTable("Sheet1!A9:E10", { name: "Mine" });
      type("Sheet1!G6:G7", [["x"], ["y"]]);
    },
    change: [1, 2, 3, 4],
    expect: ["no-safe-move"],
  },
  {
    name: "a user table beside: cells move",
    setup: () => {
      type("Sheet1!G3:H6", [
        ["k", "v"],
        [1, 2],
        [3, 4],
        [5, 6],
      ]);
      fake.workbook.addTable("Sheet1!G3:H6", { name: "Beside" });
    },
    change: [1, 2, 3, 4, 5, 6],
    expect: ["refreshed"],
    moved: "cells",
  },
  {
    name: "merged cells below crossing the columns: whole rows move",
    setup: () => {
      type("Sheet1!A9", [["合并"]]);
      fake.workbook.merge("Sheet1!A9:C9");
    },
    change: [1, 2, 3, 4],
    expect: ["refreshed"],
    moved: "rows",
  },
  {
    name: "merged cells below and a block beside",
    setup: () => {
      type("Sheet1!A9", [["合并"]]);
      fake.workbook.merge("Sheet1!A9:C9");
      type("Sheet1!G6:G7", [["x"], ["y"]]);
    },
    change: [1, 2, 3, 4],
    expect: ["no-safe-move"],
  },
  {
    name: "protected sheet",
    setup: () => {
      type("Sheet1!F3", [["mine"]]);
      fake.workbook.protectSheet("Sheet1");
    },
    change: [1, 2, 3, 4],
    expect: ["protected"],
  },
  {
    name: "note edited by the user",
    setup: () => {
      fake.workbook.setValues("Sheet1!B2", [["我的说明"]]);
      typed.length = 0;
      type("Sheet1!B2", [["我的说明"]]);
    },
    change: [1, 2, 3, 4],
    expect: ["not-ours"],
  },
  {
    name: "version string that occurs in ordinary text",
    setup: (r) => {
      fake.workbook.setValues("Sheet1!B2", [["see e"]]);
      typed.length = 0;
      type("Sheet1!B2", [["see e"]]);
      return withEntries(r, [{ ...entry0(r), version: "e" }]);
    },
    change: [1, 2],
    expect: ["not-ours"],
  },
  {
    name: "an entry without a table id (older or crafted)",
    setup: (r) => {
      const { tableId: _, ...rest } = entry0(r);
      return withEntries(r, [rest]);
    },
    change: [1, 2, 3, 4],
    expect: ["not-ours"],
  },
  {
    name: "a foreign table with matching headers",
    setup: (r) => {
      type("Sheet2!B3:D4", [
        ["编号", "名称", "城市"],
        ["x-1", "别人的", "青岛"],
      ]);
      const t = fake.workbook.addTable("Sheet2!B3:D4", { name: "Theirs" });
      return withEntries(r, [
        ...r.registry.entries,
        {
          ...entry0(r),
          id: "t-9",
          tableName: "Theirs",
          tableId: t.id,
          sheetName: "Sheet2",
          sheetId: undefined,
        },
      ]);
    },
    change: [1, 2, 3, 4],
    expect: ["refreshed", "not-ours"],
  },
  {
    name: "a crafted entry naming a user's chart",
    setup: (r) => {
      type("Sheet2!A1:B2", [
        ["k", "v"],
        ["a", 1],
      ]);
      fake.workbook.sheets[1].charts.push({
        id: "user-chart",
        name: "Mine",
        chartType: "Pie",
        seriesBy: "Auto",
        sourceAddress: "Sheet2!A1:B2",
        title: "",
      });
      return withEntries(r, [{ ...entry0(r), chartName: "Mine", chartId: "other" }]);
    },
    change: [1, 2],
    expect: ["refreshed"],
  },
  {
    name: "another sheet's cell recorded as the note",
    setup: (r) => {
      type("Sheet2!A1", [["我的 A1"]]);
      return withEntries(r, [{ ...entry0(r), noteAddress: "Sheet2!A1" }]);
    },
    change: [1, 2, 3, 4],
    expect: ["refreshed"],
  },
  {
    name: "a same-named table on another sheet",
    setup: (r) => {
      type("Sheet2!B3:D4", [
        ["编号", "名称", "城市"],
        ["c-1", "x", "y"],
      ]);
      fake.workbook.addTable("Sheet2!B3:D4", { name: "Other" });
      return withEntries(r, [
        ...r.registry.entries,
        { ...entry0(r), id: "t-7", tableName: "Other", tableId: undefined, sheetName: "Sheet2" },
      ]);
    },
    change: [1, 2],
    expect: ["refreshed", "not-ours"],
  },
  {
    name: "duplicate entry ids",
    setup: (r) => withEntries(r, [entry0(r), { ...entry0(r), tableId: "999" }]),
    change: [1, 2, 3, 4],
    expect: ["duplicate-entry", "duplicate-entry"],
  },
  {
    name: "twin entries pointing at one table",
    setup: (r) => withEntries(r, [entry0(r), { ...entry0(r), id: "t-8" }]),
    change: [1, 2, 3, 4],
    expect: ["duplicate-entry", "duplicate-entry"],
  },
  {
    name: "our column's header renamed",
    setup: () => fake.workbook.setValues("Sheet1!C3", [["我的名称"]]),
    change: [1, 2],
    expect: ["columns-missing"],
  },
  {
    name: "the table was deleted",
    setup: () => {
      fake.workbook.tables.splice(0, 1);
    },
    change: [1, 2],
    expect: ["table-deleted"],
  },
  {
    name: "the sheet was deleted",
    setup: (r) =>
      withEntries(r, [{ ...entry0(r), tableId: "404", sheetId: "gone", sheetName: "Gone" }]),
    change: [1, 2],
    expect: ["sheet-deleted"],
  },
  {
    name: "the query no longer resolves",
    setup: (r) =>
      withEntries(r, [{ ...entry0(r), request: { ...entry0(r).request, query: "改名了" } }]),
    change: [1, 2],
    expect: ["produce-failed"],
  },
  {
    name: "totals row with the user's formula",
    setup: () => {
      fake.workbook.table("SD_t1")!.showTotals = true;
      fake.workbook.table("SD_t1")!.rect.rowCount += 1;
      type("Sheet1!B7:C7", [["合计", "=COUNTA(C4:C6)"]]);
    },
    change: [1, 2, 3, 4],
    expect: ["refreshed"],
  },
  {
    name: "a filtered table",
    setup: () => fake.workbook.filterTable("SD_t1", 0, (v) => v !== "c-2"),
    change: [1, 3, 4],
    expect: ["refreshed"],
    check: (r) => expect(r.outcomes[0]).toMatchObject({ filterReapplied: true }),
  },
  {
    name: "a sorted table keeps its order",
    setup: async () => {
      await userColumn(["a", "b", "c"]);
      fake.workbook.sortTable("SD_t1", 0, false);
      typed.length = 0;
      remember("Sheet1!E3:E6");
    },
    change: [1, 2, 3, 4],
    expect: ["refreshed"],
  },
  {
    name: "another sheet's formula pointing into the table, row removed above",
    setup: () => type("Sheet2!A1", [["=Sheet1!C6"]]),
    change: [1, 3],
    expect: ["refreshed"],
  },
  {
    name: "nothing changed in the dataset",
    setup: prefixes,
    change: [1, 2, 3],
    expect: ["refreshed"],
    moved: "none",
  },
  {
    name: "every record left the dataset: one blank row stays",
    setup: () => type("Sheet1!F10", [["远处"]]),
    change: [],
    expect: ["refreshed"],
  },
  {
    name: "every record left, the user's content in them",
    setup: async () => userColumn(["a", "", ""]),
    change: [],
    expect: ["user-content-in-removed-rows"],
  },
  {
    name: "quote-prefixed cell below a removed row",
    setup: async () => userColumn(["", "", "'007"]),
    change: [1, 3],
    expect: ["refreshed"],
  },
  {
    name: "an ordinary formula beside the table referring to a removed row's neighbour",
    setup: () => type("Sheet1!G2", [["=B6"]]),
    change: [1, 3],
    expect: ["refreshed"],
  },
  {
    name: "every row replaced: new rows in, old out; prefixed text and a formula below kept",
    setup: () => type("Sheet1!B9:C9", [["'00123", '=J1&"!"']]),
    change: [4, 5, 6],
    expect: ["refreshed"],
    check: () => expect(fake.workbook.values("Sheet1!B4:D6")).toStrictEqual(clusters(4, 5, 6)),
  },
  {
    name: "every row replaced, the user's empty column kept, a block beside with a prefix",
    setup: async () => {
      await userColumn(["", "", ""]);
      type("Sheet1!G4:G6", [["'007"], ["=G4"], ["x"]]);
    },
    change: [4, 5],
    expect: ["refreshed"],
    check: () => expect(fake.workbook.values("Sheet1!B4:D5")).toStrictEqual(clusters(4, 5)),
  },
  {
    name: "every row replaced, growing past a user's table below: whole rows move",
    setup: () => {
      type("Sheet1!A9:E10", [
        ["a", "b", "c", "d", "e"],
        ["'01", 2, 3, 4, "=B10"],
      ]);
      fake.workbook.addTable("Sheet1!A9:E10", { name: "Mine" });
    },
    change: [4, 5, 6, 7],
    expect: ["refreshed"],
    moved: "rows",
  },
  {
    name: "every row replaced, the user's note in one of them",
    setup: async () => userColumn(["", "note", ""]),
    change: [4, 5, 6],
    expect: ["user-content-in-removed-rows"],
  },
  {
    name: "a registry part another program re-serialised (&quot;, numeric references)",
    setup: async () => {
      const part = fake.workbook.customXmlParts[0];
      const open = part.xml.indexOf(">") + 1;
      const close = part.xml.lastIndexOf("<");
      const body = part.xml
        .slice(open, close)
        .replace(/"/g, "&quot;")
        .replace(/[\u4e00-\u9fff]/g, (ch) => `&#x${ch.codePointAt(0)!.toString(16)};`);
      part.xml = part.xml.slice(0, open) + body + part.xml.slice(close);
      expect(part.xml).toContain("&#x70df;");
      return loadRegistry();
    },
    change: [1, 2, 3, 4],
    expect: ["refreshed"],
  },
];

describe("refresh never damages a workbook", () => {
  beforeEach(() => {
    ({ fake, dataset } = freshWorkbook(["Sheet1", "Sheet2"]));
    typed = [];
  });
  afterEach(() => fake.uninstall());

  test.each(cases.map((c) => [c.name, c] as const))("%s", async (_, c) => {
    let registry = await base();
    registry = (await c.setup(registry)) ?? registry;
    // The user's cells around the table, typed after insert, in every case.
    type("Sheet1!J1:J2", [["'=0"], ["=J1"]]);
    update(...c.change);
    const report = await refresh(registry, dataset);
    expect(damaged()).toEqual([]);
    expect(report.outcomes.map((o) => (o.status === "fault" ? o.fault.kind : o.status))).toEqual(
      c.expect
    );
    if (c.moved) expect(report.outcomes[0]).toMatchObject({ moved: c.moved });
    for (const text of faultTexts(report)) {
      expect(text).toMatch(/SD_t1|Theirs|Other|Gone/);
      expect(text).not.toMatch(/InvalidArgument|InvalidOperation|AccessDenied|RichApi/);
    }
    c.check?.(report);
  });

  test("the matrix has at least 40 cases", () => expect(cases.length).toBeGreaterThanOrEqual(40));
});
