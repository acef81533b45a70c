/**
 * Excel refuses a write of a refresh although every check passed (the sheet protected, a cell
 * merged, a conflict, a payload too large, anything else while the refresh runs). The refusal is
 * reported in the add-in's own words, the tables are read again, and the registry records what
 * they now hold: the new version only where the new note was written, and as ours only the rows
 * that match a row we had or meant to write.
 */
import "../support/dom-parser";
import { FakeRichApiError } from "../support/fake-excel/errors";
import { preview } from "../support/fake-excel/recorder";
import { loadRegistry, type LoadedRegistry } from "../../src/excel/registry";
import { rowPrint } from "../../src/excel/ownership";
import {
  clusters,
  Dataset,
  empty,
  freshWorkbook,
  HEADER,
  INSERTED_AT,
  insertAt,
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

type Target = Parameters<Fake["workbook"]["write"]>[0];

/**
 * From now on, Excel refuses the add-in's cell writes where `refuse` says so, with `error`
 * (typing as the user, location "test", still works).
 */
function refuseWrites(error: () => unknown, refuse: (target: Target) => boolean = () => true) {
  const write = fake.workbook.write.bind(fake.workbook);
  fake.workbook.write = (target, input, kind, location) => {
    if (location !== "test" && refuse(target)) throw error();
    write(target, input, kind, location);
  };
}

const refusal = (code: string | undefined) => () =>
  new FakeRichApiError(code as string, "refused", "Range.values");

/** Prints of rows of our three columns, as the registry records them. */
const prints = (rows: (string | number)[][]) => rows.map(rowPrint).join("");

async function oneTable(): Promise<LoadedRegistry> {
  const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
  dataset.version = V2;
  return registry;
}

describe("Excel's refusal in the add-in's words", () => {
  test.each([
    ["AccessDenied", "protected"],
    ["InsertDeleteConflict", "conflict"],
    ["InvalidOperation", "merged"],
    ["MergedRangeConflict", "merged"],
    ["RequestPayloadSizeLimitExceeded", "size"],
    ["ResponsePayloadSizeLimitExceeded", "size"],
    ["PayloadSizeLimitExceededSoon", "other"],
    ["GeneralException", "other"],
    ["ItemNotFound", "other"],
    ["", "other"],
    [undefined, "other"],
  ])("%s: %s; nothing written, the registry as it was", async (code, reason) => {
    const registry = await oneTable();
    const [entry] = registry.registry.entries;
    const before = sheetContents(fake, "Sheet1");
    refuseWrites(refusal(code));
    const report = await refresh(registry, dataset);
    expect(report.outcomes).toStrictEqual([
      {
        status: "fault",
        entryId: "t-1",
        fault: { kind: "write-rejected", tableName: "SD_t1", reason },
      },
    ]);
    expect(sheetContents(fake, "Sheet1")).toBe(before);
    // Read again: the rows are still ours, the version and time are the insert's.
    expect(report.registry.registry.entries).toStrictEqual([entry]);
    expect(entry).toMatchObject({
      version: V1,
      refreshedAt: INSERTED_AT,
      rows: prints(clusters(1, 2)),
    });
    expect(await loadRegistry()).toStrictEqual(report.registry);
  });

  test("a refusal that is not an Excel error at all (null): other", async () => {
    const registry = await oneTable();
    refuseWrites(refusal("Marker"));
    const run = fake.Excel.run;
    // The host rejects the sync with null instead of an error object.
    (fake.Excel as { run: unknown }).run = (batch: (context: Excel.RequestContext) => unknown) =>
      (run as unknown as typeof Excel.run)(async (context) => {
        const sync = context.sync.bind(context);
        context.sync = (() =>
          sync().catch((error: { code?: string }) => {
            throw error?.code === "Marker" ? null : error;
          })) as unknown as typeof context.sync;
        return batch(context);
      });
    const report = await refresh(registry, dataset);
    expect(results(report)).toStrictEqual([
      { kind: "write-rejected", tableName: "SD_t1", reason: "other" },
    ]);
  });
});

describe("what the registry records after a refusal", () => {
  test("the dataset changed a row, nothing was written: the old row is still recorded as ours", async () => {
    const registry = await oneTable();
    dataset.rows["烟台"] = [
      ["c-1", "集群1（更名）", "烟台"],
      ["c-2", "集群2", "烟台"],
    ];
    refuseWrites(refusal("InvalidOperation"));
    const report = await refresh(registry, dataset);
    expect(results(report)).toStrictEqual([
      { kind: "write-rejected", tableName: "SD_t1", reason: "merged" },
    ]);
    expect(fake.workbook.values("Sheet1!B2:C5")).toEqual([
      [note(V1), ""],
      ["编号", "名称"],
      ["c-1", "集群1"],
      ["c-2", "集群2"],
    ]);
    expect(report.registry.registry.entries[0]).toMatchObject({
      version: V1,
      rows: prints(clusters(1, 2)),
    });
    // Once Excel takes writes again, the next refresh rewrites the row as its own.
    fake.workbook.write = Object.getPrototypeOf(fake.workbook).write.bind(fake.workbook);
    const again = await refresh(report.registry, dataset);
    expect(again.outcomes[0]).toMatchObject({ status: "refreshed", userRows: [] });
    expect(fake.workbook.values("Sheet1!C4")).toEqual([["集群1（更名）"]]);
  });

  test("one table written in full, the other refused: each entry and outcome says what its table holds", async () => {
    let registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    registry = await insertAt(fake, registry, dataset, "Sheet2!B2", "济南");
    const [first, second] = registry.registry.entries;
    dataset.version = V2;
    const renamed = [
      ["c-1", "集群1（更名）", "烟台"],
      ["c-2", "集群2", "烟台"],
    ];
    dataset.rows["烟台"] = renamed;
    dataset.rows["济南"] = [["c-7", "集群7（更名）", "烟台"]];
    const sheet2 = sheetContents(fake, "Sheet2");
    refuseWrites(refusal("InvalidOperation"), (target) => target.sheet.name === "Sheet2");
    const report = await refresh(registry, dataset);

    // The table written in full is refreshed; the refused one says so; the record says what was written.
    expect(results(report)).toStrictEqual([
      "refreshed",
      { kind: "write-rejected", tableName: "SD_t2", reason: "merged" },
    ]);
    expect(report.outcomes[0]).toMatchObject({ tableName: "SD_t1", added: 0, removed: 0 });
    expect(fake.workbook.values("Sheet1!B2:C5")).toEqual([
      [note(V2), ""],
      ["编号", "名称"],
      ["c-1", "集群1（更名）"],
      ["c-2", "集群2"],
    ]);
    expect(sheetContents(fake, "Sheet2")).toBe(sheet2);
    expect(report.registry.registry.entries).toStrictEqual([
      {
        ...first,
        version: V2,
        refreshedAt: REFRESHED_AT,
        note: note(V2),
        columns: HEADER,
        rows: prints(renamed),
      },
      { ...second, refreshedAt: INSERTED_AT, rows: prints(clusters(7)) },
    ]);
    expect(second).toMatchObject({ version: V1, note: note(V1) });
    expect(await loadRegistry()).toStrictEqual(report.registry);
  });

  test("rows inserted, their values refused: the blank rows are not recorded as ours", async () => {
    const registry = await oneTable();
    dataset.rows["烟台"] = clusters(1, 2, 3, 4);
    // Excel inserts the rows (same batch, earlier), then refuses the values.
    refuseWrites(refusal("GeneralException"));
    const report = await refresh(registry, dataset);
    expect(results(report)).toStrictEqual([
      { kind: "write-rejected", tableName: "SD_t1", reason: "other" },
    ]);
    expect(fake.workbook.values("Sheet1!B2:B7")).toEqual([
      [note(V1)],
      ["编号"],
      ["c-1"],
      ["c-2"],
      [""],
      [""],
    ]);
    expect(fake.workbook.table("SD_t1")!.rect.rowCount).toBe(5);
    expect(report.registry.registry.entries[0]).toMatchObject({
      version: V1,
      refreshedAt: INSERTED_AT,
      rows: prints(clusters(1, 2)),
    });
    expect(await loadRegistry()).toStrictEqual(report.registry);
  });

  test("an entry recorded without row prints: the rows written are recorded once the note is refused", async () => {
    const registry = await oneTable();
    const { rows: _, ...noPrints } = registry.registry.entries[0];
    dataset.rows["烟台"] = clusters(1, 2, 3);
    // Everything is written but the note (B2), written last.
    refuseWrites(refusal("InvalidOperation"), (t) => t.rect.row === 1 && t.rect.column === 1);
    const report = await refresh(withEntries(registry, [noPrints]), dataset);
    expect(results(report)).toStrictEqual([
      { kind: "write-rejected", tableName: "SD_t1", reason: "merged" },
    ]);
    // Without prints the rows there were the user's; the one the refresh added is ours.
    expect(fake.workbook.values("Sheet1!B2:B6")).toEqual([
      [note(V1)],
      ["编号"],
      ["c-1"],
      ["c-2"],
      ["c-3"],
    ]);
    expect(report.registry.registry.entries).toStrictEqual([
      { ...noPrints, rows: prints(clusters(3)) },
    ]);
  });

  test("without a time given, a table written before the refusal records the time it ran; the other keeps its own", async () => {
    let registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    registry = await insertAt(fake, registry, dataset, "Sheet2!B2", "济南");
    dataset.version = V2;
    refuseWrites(refusal("AccessDenied"), (target) => target.sheet.name === "Sheet2");
    const start = new Date().toISOString();
    const report = await refresh(registry, dataset, { now: undefined });
    const end = new Date().toISOString();
    const [first, second] = report.registry.registry.entries;
    expect(first.version).toBe(V2);
    expect(first.refreshedAt >= start && first.refreshedAt <= end).toBe(true);
    expect(first.refreshedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(second).toMatchObject({ version: V1, refreshedAt: INSERTED_AT });
  });

  test("a refused refresh takes four more syncs than a clean one: tables, cells, registry, scan", async () => {
    const syncs = async (refuse: boolean) => {
      fake.uninstall();
      ({ fake, dataset } = freshWorkbook(["Sheet1", "Sheet2"]));
      dataset.rows["烟台"] = clusters(1, 2);
      const registry = await oneTable();
      if (refuse) refuseWrites(refusal("AccessDenied"));
      fake.log.clear();
      await refresh(registry, dataset);
      return fake.log.syncCount;
    };
    expect((await syncs(true)) - (await syncs(false))).toBe(4);
  });
});

describe("syncs and batches of a refresh that Excel accepts", () => {
  test("nothing to add or remove: no sync for the row checks (5 syncs; 6 where a row is added)", async () => {
    const syncs = async (ids: number[]) => {
      fake.uninstall();
      ({ fake, dataset } = freshWorkbook(["Sheet1"]));
      dataset.rows["烟台"] = clusters(1, 2);
      const registry = await oneTable();
      dataset.rows["烟台"] = clusters(...ids);
      fake.log.clear();
      const report = await refresh(registry, dataset);
      expect(results(report)).toEqual(["refreshed"]);
      return fake.log.syncCount;
    };
    // 1 find + 1 read + [1 checks] + 1 write + 1 used ranges + 1 formula band
    expect(await syncs([1, 2])).toBe(5);
    expect(await syncs([1, 2, 3])).toBe(6);
  });

  test("our cells over the 4 MB budget: two write batches, the registry with the last, once", async () => {
    // 140 rows of about 30 kB: 4.2 MB of cells to write, read and write in parts.
    const long = (n: number, mark: string) =>
      Array.from({ length: 140 }, (_, i) => [`c-${i}`, mark.repeat(n), "烟台"]);
    dataset.rows["烟台"] = long(10_000, "甲");
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    dataset.version = V2;
    dataset.rows["烟台"] = long(10_000, "乙");
    fake.log.clear();
    const report = await refresh(registry, dataset);
    expect(results(report)).toEqual(["refreshed"]);
    expect(fake.workbook.values("Sheet1!C4")[0][0]).toBe("乙".repeat(10_000));
    expect(fake.workbook.values("Sheet1!B143:C143")).toEqual([["c-139", "乙".repeat(10_000)]]);
    expect(fake.workbook.values("Sheet1!B2")).toEqual([[note(V2)]]);
    const registryWrites = fake.log.of("setXml");
    expect(registryWrites).toHaveLength(1);
    const noteWrite = fake.log.entries.filter(
      (e) =>
        e.member === "values" &&
        e.kind === "set" &&
        preview(e.args[0]) === JSON.stringify([[note(V2)]])
    );
    expect(noteWrite).toHaveLength(1);
    expect(registryWrites[0].batch).toBe(noteWrite[0].batch);
    // 1 find + 2 reads (4.2 MB) + 2 writes + 1 used ranges + 1 formula band
    expect(fake.log.syncCount).toBe(7);
    expect(fake.log.largestRequest).toBeLessThan(5 * 1024 * 1024);
  });
});
