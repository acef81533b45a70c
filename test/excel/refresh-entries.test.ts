/**
 * Registry entries that prove nothing, or that two entries claim one table or one sheet: the
 * refresh refuses them before it reads anything, writes nothing on their sheets and leaves the
 * registry part as it was. Comparison sheets: found by id or name, their note checked and only
 * then rewritten.
 */
import "../support/dom-parser";
import { loadRegistry, type LoadedRegistry } from "../../src/excel/registry";
import type { RefreshReport } from "../../src/excel/refresh";
import {
  clusters,
  Dataset,
  empty,
  insertAt,
  insertComparison,
  note,
  refresh,
  REFRESHED_AT,
  results,
  sheetContents,
  twoCityWorkbook,
  V1,
  V2,
  withEntries,
  type Fake,
} from "./refresh-fixture";

let fake: Fake;
let dataset: Dataset;
beforeEach(() => {
  ({ fake, dataset } = twoCityWorkbook());
});
afterEach(() => fake.uninstall());

/** The registry part's XML as the workbook holds it. */
const storedXml = () => fake.workbook.customXmlParts.map((p) => p.xml);

/** A table on Sheet1 (note B2, table B3:D5), and the dataset updated under it. */
async function oneTable(): Promise<LoadedRegistry> {
  const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
  dataset.version = V2;
  dataset.rows["烟台"] = clusters(1, 2, 3);
  return registry;
}

/** Refreshes `registry` and checks that nothing in the workbook changed: cells, registry part. */
async function refusedUntouched(registry: LoadedRegistry): Promise<RefreshReport> {
  const sheets = ["Sheet1", "Sheet2"].map((s) => sheetContents(fake, s));
  const xml = storedXml();
  const report = await refresh(registry, dataset);
  expect(["Sheet1", "Sheet2"].map((s) => sheetContents(fake, s))).toEqual(sheets);
  expect(storedXml()).toEqual(xml);
  expect(report.registry).toBe(registry);
  return report;
}

describe("entries that two claim", () => {
  test("two entries with one id: both refused, naming their tables; neither table is written", async () => {
    let registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    registry = await insertAt(fake, registry, dataset, "Sheet2!B2", "济南");
    dataset.version = V2;
    dataset.rows["烟台"] = clusters(1, 2, 3);
    dataset.rows["济南"] = clusters(7, 8);
    const [a, b] = registry.registry.entries;
    const report = await refusedUntouched(withEntries(registry, [a, { ...b, id: a.id }]));
    expect(report.outcomes).toStrictEqual([
      {
        status: "fault",
        entryId: "t-1",
        fault: { kind: "duplicate-entry", entryId: "t-1", tableName: "SD_t1", twin: false },
      },
      {
        status: "fault",
        entryId: "t-1",
        fault: { kind: "duplicate-entry", entryId: "t-1", tableName: "SD_t2", twin: false },
      },
    ]);
    expect(fake.workbook.values("Sheet1!B2")).toEqual([[note(V1)]]);
    expect(fake.workbook.values("Sheet2!B2")).toEqual([[note(V1)]]);
  });

  test("a duplicate id beside a sound entry: only the two are refused, the third is refreshed", async () => {
    let registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    registry = await insertAt(fake, registry, dataset, "Sheet2!B2", "济南");
    dataset.version = V2;
    dataset.rows["济南"] = clusters(7, 8);
    const [a, b] = registry.registry.entries;
    const copy = { ...a, tableName: "", tableId: "404" };
    const report = await refresh(withEntries(registry, [a, copy, b]), dataset);
    expect(results(report)).toStrictEqual([
      { kind: "duplicate-entry", entryId: "t-1", tableName: "SD_t1", twin: false },
      // An entry without a table name is named by its sheet.
      { kind: "duplicate-entry", entryId: "t-1", tableName: "Sheet1", twin: false },
      "refreshed",
    ]);
    expect(fake.workbook.values("Sheet1!B2")).toEqual([[note(V1)]]);
    expect(fake.workbook.values("Sheet2!B2:B5")).toEqual([[note(V2)], ["编号"], ["c-7"], ["c-8"]]);
  });

  test("two entries pointing at one table: both refused as twins; the table is not written", async () => {
    const registry = await oneTable();
    const [a] = registry.registry.entries;
    const report = await refusedUntouched(withEntries(registry, [a, { ...a, id: "t-5" }]));
    expect(results(report)).toStrictEqual([
      { kind: "duplicate-entry", entryId: "t-1", tableName: "SD_t1", twin: true },
      { kind: "duplicate-entry", entryId: "t-5", tableName: "SD_t1", twin: true },
    ]);
    expect(fake.workbook.values("Sheet1!B2:B6")).toEqual([
      [note(V1)],
      ["编号"],
      ["c-1"],
      ["c-2"],
      [""],
    ]);
  });

  test("one table twinned, another refreshed; the registry records only the refreshed one", async () => {
    let registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    registry = await insertAt(fake, registry, dataset, "Sheet2!B2", "济南");
    dataset.version = V2;
    const [a, b] = registry.registry.entries;
    const twin = { ...a, id: "t-9", tableName: "别名" };
    const report = await refresh(withEntries(registry, [a, b, twin]), dataset);
    expect(results(report)).toStrictEqual([
      { kind: "duplicate-entry", entryId: "t-1", tableName: "SD_t1", twin: true },
      "refreshed",
      { kind: "duplicate-entry", entryId: "t-9", tableName: "别名", twin: true },
    ]);
    expect(report.registry.registry.entries.map((e) => [e.id, e.version])).toEqual([
      ["t-1", V1],
      ["t-2", V2],
      ["t-9", V1],
    ]);
    expect((await loadRegistry()).registry).toEqual(report.registry.registry);
  });
});

describe("entries that prove nothing", () => {
  test("no table name and no table id: an empty entry; nothing is read or written", async () => {
    const registry = await oneTable();
    const [a] = registry.registry.entries;
    const { tableId: _, ...noId } = a;
    const report = await refusedUntouched(withEntries(registry, [{ ...noId, tableName: "" }]));
    expect(report.outcomes).toStrictEqual([
      { status: "fault", entryId: "t-1", fault: { kind: "entry-empty", entryId: "t-1" } },
    ]);
    expect(dataset.calls).toBe(1); // the insert's; the refresh produced nothing
  });

  test("a table name without a table id: not ours (no id), by its name and sheet", async () => {
    const registry = await oneTable();
    const { tableId: _, ...noId } = registry.registry.entries[0];
    const report = await refusedUntouched(withEntries(registry, [noId]));
    expect(results(report)).toStrictEqual([
      { kind: "not-ours", tableName: "SD_t1", sheetName: "Sheet1", reason: "no-id" },
    ]);
  });

  test("an id but no note recorded: not ours (no id); an entry without a name is named by its sheet", async () => {
    const registry = await oneTable();
    const { note: _, ...noNote } = registry.registry.entries[0];
    const report = await refusedUntouched(withEntries(registry, [{ ...noNote, tableName: "" }]));
    expect(results(report)).toStrictEqual([
      { kind: "not-ours", tableName: "Sheet1", sheetName: "Sheet1", reason: "no-id" },
    ]);
  });

  test("an empty note recorded is still a note: the table is checked against it, not refused for its lack", async () => {
    const registry = await oneTable();
    const [a] = registry.registry.entries;
    const report = await refusedUntouched(withEntries(registry, [{ ...a, note: "" }]));
    expect(results(report)).toStrictEqual([
      { kind: "not-ours", tableName: "SD_t1", sheetName: "Sheet1", reason: "note" },
    ]);
  });

  test("a table id without a name: found by its id and refreshed, its name recorded", async () => {
    const registry = await oneTable();
    const [a] = registry.registry.entries;
    const report = await refresh(withEntries(registry, [{ ...a, tableName: "" }]), dataset);
    expect(report.outcomes[0]).toMatchObject({ status: "refreshed", tableName: "SD_t1", added: 1 });
    expect(fake.workbook.values("Sheet1!B6")).toEqual([["c-3"]]);
    expect(report.registry.registry.entries[0]).toMatchObject({ tableName: "SD_t1", version: V2 });
  });
});

describe("comparison sheets", () => {
  /** The comparison sheet inserted, and the dataset updated to V2. */
  async function comparison(registry = empty(), lang: "zh-CN" | "en" = "zh-CN") {
    const inserted = await insertComparison(registry, lang);
    dataset.version = V2;
    return inserted;
  }

  const newNote = () => note(V2);

  test("refreshed once, its id is recorded: renamed and without its name, it is still found", async () => {
    const first = await refresh(await comparison(), dataset, { comparisonNote: newNote });
    fake.workbook.sheetByName("集群对比")!.name = "对比表";
    const [entry] = first.registry.registry.entries;
    expect(entry.sheetId).toBe(fake.workbook.sheetByName("对比表")!.id);
    const report = await refresh(
      withEntries(first.registry, [{ ...entry, sheetName: "" }]),
      dataset
    );
    expect(report.outcomes).toStrictEqual([
      {
        status: "refreshed",
        entryId: "t-1",
        type: "comparison",
        sheetName: "对比表",
        sheetRenamedFrom: "",
      },
    ]);
    expect(report.registry.registry.entries[0]).toMatchObject({
      sheetName: "对比表",
      noteAddress: "对比表!A1",
    });
  });

  test("an entry naming no sheet and no sheet id: empty; the sheet is left alone", async () => {
    const registry = await comparison();
    const [entry] = registry.registry.entries;
    const before = sheetContents(fake, "集群对比");
    const report = await refresh(withEntries(registry, [{ ...entry, sheetName: "" }]), dataset, {
      comparisonNote: newNote,
    });
    expect(report.outcomes).toStrictEqual([
      { status: "fault", entryId: "t-1", fault: { kind: "entry-empty", entryId: "t-1" } },
    ]);
    expect(sheetContents(fake, "集群对比")).toBe(before);
    expect(report.registry).toStrictEqual(withEntries(registry, [{ ...entry, sheetName: "" }]));
  });

  test("two entries for one sheet by name: both refused as twins, named by the sheet", async () => {
    const registry = await comparison();
    const [entry] = registry.registry.entries;
    const before = sheetContents(fake, "集群对比");
    const report = await refresh(withEntries(registry, [entry, { ...entry, id: "t-4" }]), dataset, {
      comparisonNote: newNote,
    });
    expect(results(report)).toStrictEqual([
      { kind: "duplicate-entry", entryId: "t-1", tableName: "集群对比", twin: true },
      { kind: "duplicate-entry", entryId: "t-4", tableName: "集群对比", twin: true },
    ]);
    expect(sheetContents(fake, "集群对比")).toBe(before);
  });

  test("two entries for one sheet by id, under different names: twins", async () => {
    const first = await refresh(await comparison(), dataset);
    const [entry] = first.registry.registry.entries;
    const report = await refresh(
      withEntries(first.registry, [entry, { ...entry, id: "t-4", sheetName: "旧名" }]),
      dataset,
      { comparisonNote: newNote }
    );
    expect(results(report)).toStrictEqual([
      { kind: "duplicate-entry", entryId: "t-1", tableName: "集群对比", twin: true },
      { kind: "duplicate-entry", entryId: "t-4", tableName: "旧名", twin: true },
    ]);
    expect(fake.workbook.values("集群对比!A1")).toEqual([[note(V1)]]);
  });

  test("two comparison sheets, and a table on one of them: each is refreshed", async () => {
    let registry = await comparison();
    registry = await comparison(registry); // 集群对比 (2)
    registry = await insertAt(fake, registry, dataset, "集群对比!E2", "烟台");
    // A first refresh records the ids: the table's entry then carries the comparison sheet's id.
    registry = (await refresh(registry, dataset)).registry;
    const ids = registry.registry.entries.map((e) => e.sheetId);
    expect(ids[2]).toBe(ids[0]);
    const report = await refresh(registry, dataset, { comparisonNote: newNote });
    expect(report.outcomes.map((o) => [o.status, o.status === "refreshed" && o.sheetName])).toEqual(
      [
        ["refreshed", "集群对比"],
        ["refreshed", "集群对比 (2)"],
        ["refreshed", "集群对比"],
      ]
    );
    expect(fake.workbook.values("集群对比 (2)!A1")).toEqual([[note(V2)]]);
  });

  test("its note changed by the user: not ours, under the sheet's current name; A1 is kept", async () => {
    const first = await refresh(await comparison(), dataset);
    fake.workbook.sheetByName("集群对比")!.name = "我的对比";
    fake.workbook.setValues("我的对比!A1", [["我的说明"]]);
    const before = sheetContents(fake, "我的对比");
    const report = await refresh(first.registry, dataset, { comparisonNote: newNote });
    expect(report.outcomes).toStrictEqual([
      {
        status: "fault",
        entryId: "t-1",
        fault: { kind: "not-ours", tableName: "我的对比", sheetName: "我的对比", reason: "note" },
      },
    ]);
    expect(sheetContents(fake, "我的对比")).toBe(before);
    expect(report.registry.registry.entries[0]).toStrictEqual(first.registry.registry.entries[0]);
  });

  test("its note emptied: not ours; nothing is written into A1", async () => {
    const registry = await comparison();
    fake.workbook.setValues("集群对比!A1", [[""]]);
    const report = await refresh(registry, dataset, { comparisonNote: newNote });
    expect(results(report)).toStrictEqual([
      { kind: "not-ours", tableName: "集群对比", sheetName: "集群对比", reason: "note" },
    ]);
    expect(fake.workbook.values("集群对比!A1")).toEqual([[""]]);
  });

  test("a protected comparison sheet: refused as protected before any write; the sheet is kept", async () => {
    const registry = await comparison();
    fake.workbook.protectSheet("集群对比");
    const before = sheetContents(fake, "集群对比");
    const xml = storedXml();
    const report = await refresh(registry, dataset, { comparisonNote: newNote });
    expect(report.outcomes).toStrictEqual([
      {
        status: "fault",
        entryId: "t-1",
        fault: { kind: "protected", tableName: "集群对比", sheetName: "集群对比" },
      },
    ]);
    expect(sheetContents(fake, "集群对比")).toBe(before);
    expect(storedXml()).toEqual(xml);
  });

  test("without a note to write: A1 is left as it is, the registry keeps the old note and takes the version", async () => {
    const registry = await comparison();
    const report = await refresh(registry, dataset);
    expect(results(report)).toEqual(["refreshed"]);
    expect(fake.workbook.values("集群对比!A1")).toEqual([[note(V1)]]);
    expect(report.registry.registry.entries[0]).toMatchObject({
      note: note(V1),
      version: V2,
      refreshedAt: REFRESHED_AT,
    });
  });

  test("the note is asked for in the entry's language, and a note starting with = is written as text", async () => {
    const registry = await comparison(empty(), "en");
    const asked: string[] = [];
    const report = await refresh(registry, dataset, {
      comparisonNote: (lang) => {
        asked.push(lang);
        return `=${lang} ${V2}`;
      },
    });
    expect(asked).toEqual(["en"]);
    expect(fake.workbook.formulasAt("集群对比!A1")).toEqual([[`=en ${V2}`]]);
    expect(fake.workbook.cell("集群对比!A1")).toMatchObject({ quotePrefix: true });
    expect(report.registry.registry.entries[0].note).toBe(`=en ${V2}`);
  });
});

describe("a table the dataset cannot produce again", () => {
  class Unresolved extends Error {
    constructor(private readonly words: Record<string, string>) {
      super("raw text");
    }
    describe(lang: string) {
      return this.words[lang];
    }
  }

  async function failing(thrown: unknown) {
    const registry = await oneTable();
    const produce = () => {
      throw thrown;
    };
    const before = sheetContents(fake, "Sheet1");
    const report = await refresh(registry, dataset, { produce });
    expect(sheetContents(fake, "Sheet1")).toBe(before);
    return results(report);
  }

  test("a query error: its own words in English and in Chinese, not its raw message", async () => {
    const thrown = new Unresolved({ en: "烟台 is no longer a city", "zh-CN": "烟台 已不是城市" });
    expect(await failing(thrown)).toStrictEqual([
      {
        kind: "produce-failed",
        tableName: "SD_t1",
        message: "烟台 is no longer a city",
        zh: "烟台 已不是城市",
      },
    ]);
  });

  test("something thrown that is not an Error: its text, and no Chinese", async () => {
    expect(await failing("builder gone")).toStrictEqual([
      { kind: "produce-failed", tableName: "SD_t1", message: "builder gone" },
    ]);
  });
});

test("without a time given, the refresh records the time it ran", async () => {
  const registry = await oneTable();
  const start = new Date().toISOString();
  const report = await refresh(registry, dataset, { now: undefined });
  const end = new Date().toISOString();
  const { refreshedAt } = report.registry.registry.entries[0];
  expect(refreshedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  expect(refreshedAt >= start && refreshedAt <= end).toBe(true);
});
