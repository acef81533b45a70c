import "../support/dom-parser";
import { installFakeExcel } from "../support/fake-excel";
import { loadRegistry, type LoadedRegistry } from "../../src/excel/registry";
import {
  REGISTRY_NAMESPACE,
  RegistryFormatError,
  serializeRegistry,
} from "../../src/excel/registry-format";
import {
  addUserColumn,
  clusters,
  Dataset,
  empty,
  insertAt,
  note,
  refresh,
  sheetContents,
  V1,
  V2,
  type Fake,
} from "./refresh-fixture";

let fake: Fake;
let dataset: Dataset;
beforeEach(() => {
  fake = installFakeExcel({ sheetNames: ["Sheet1", "Sheet2"] });
  dataset = new Dataset();
  dataset.rows["烟台"] = clusters(1, 2);
  dataset.rows["济南"] = clusters(7, 8);
});
afterEach(() => fake.uninstall());

/** Two tables, one per sheet, refreshed once so that their ids are recorded. */
async function twoTables(recordIds = true): Promise<LoadedRegistry> {
  let registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
  registry = await insertAt(fake, registry, dataset, "Sheet2!B2", "济南");
  if (recordIds) registry = (await refresh(registry, dataset)).registry;
  dataset.version = V2;
  dataset.rows["烟台"] = clusters(1, 2, 3);
  dataset.rows["济南"] = clusters(7, 8, 9);
  return registry;
}

const deleteTable = (name: string) => {
  const tables = fake.workbook.tables;
  tables.splice(tables.indexOf(fake.workbook.table(name)!), 1);
};

describe("a table that is gone or renamed", () => {
  test("deleted: the fault names it; the other table is still refreshed; nothing written on its sheet", async () => {
    const registry = await twoTables();
    deleteTable("SD_t1");
    const before = sheetContents(fake, "Sheet1");
    const report = await refresh(registry, dataset);
    expect(report.outcomes).toEqual([
      {
        status: "fault",
        entryId: "t-1",
        fault: { kind: "table-deleted", tableName: "SD_t1", sheetName: "Sheet1" },
      },
      expect.objectContaining({ status: "refreshed", tableName: "SD_t2", added: 1 }),
    ]);
    expect(sheetContents(fake, "Sheet1")).toBe(before);
    expect(fake.workbook.values("Sheet2!B6")).toEqual([["c-9"]]);
    expect(report.registry.registry.entries[0].version).toBe(V1);
  });

  test("renamed after its id was recorded: found by id, refreshed, the registry takes the new name", async () => {
    const registry = await twoTables();
    fake.workbook.table("SD_t1")!.name = "我的表";
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toMatchObject({
      status: "refreshed",
      tableName: "我的表",
      renamedFrom: "SD_t1",
    });
    expect(fake.workbook.values("Sheet1!B6")).toEqual([["c-3"]]);
    expect(report.registry.registry.entries[0].tableName).toBe("我的表");
    expect((await loadRegistry()).registry.entries[0].tableName).toBe("我的表");
  });

  test("renamed before any id was recorded: not found, and the message can name the name to restore", async () => {
    const registry = await twoTables(false);
    fake.workbook.table("SD_t1")!.name = "我的表";
    const before = sheetContents(fake, "Sheet1");
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toEqual({
      status: "fault",
      entryId: "t-1",
      fault: { kind: "table-not-found", tableName: "SD_t1", sheetName: "Sheet1" },
    });
    expect(sheetContents(fake, "Sheet1")).toBe(before);
    expect(report.outcomes[1]).toMatchObject({ status: "refreshed" });
  });

  test("moved (rows inserted above it): refreshed where it now is; the note, no longer above it, is left", async () => {
    const registry = await twoTables();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:Z3").insert("Down");
      await context.sync();
    });
    expect(fake.workbook.values("Sheet1!B6")).toEqual([["编号"]]);
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toMatchObject({
      status: "refreshed",
      address: "Sheet1!B6:D9",
      noteLeft: true,
    });
    expect(fake.workbook.values("Sheet1!B5:B9")).toEqual([
      [note(V1)],
      ["编号"],
      ["c-1"],
      ["c-2"],
      ["c-3"],
    ]);
  });
});

describe("its sheet", () => {
  test("renamed: the table is found through its id and the registry takes the sheet's new name", async () => {
    const registry = await twoTables();
    fake.workbook.sheetByName("Sheet1")!.name = "数据";
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toMatchObject({
      status: "refreshed",
      sheetName: "数据",
      sheetRenamedFrom: "Sheet1",
      address: "数据!B3:D6",
    });
    expect(report.registry.registry.entries[0]).toMatchObject({
      sheetName: "数据",
      noteAddress: "数据!B2",
    });
    expect(fake.workbook.values("数据!B2")).toEqual([[note(V2)]]);
  });

  test("deleted: the fault says the sheet is gone; the other sheet's table is refreshed", async () => {
    const registry = await twoTables();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").delete();
      await context.sync();
    });
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toEqual({
      status: "fault",
      entryId: "t-1",
      fault: { kind: "sheet-deleted", sheetName: "Sheet1", tableName: "SD_t1" },
    });
    expect(report.outcomes[1]).toMatchObject({ status: "refreshed", tableName: "SD_t2" });
  });
});

describe("content the refresh must not lose", () => {
  test("a row that would go but holds a user's note: stops, naming the rows and the column", async () => {
    let registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    await addUserColumn("SD_t1", "备注", ["keep me", ""]);
    dataset.version = V2;
    dataset.rows["烟台"] = clusters(2, 3);
    const before = sheetContents(fake, "Sheet1");
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toEqual({
      status: "fault",
      entryId: "t-1",
      fault: {
        kind: "user-content-in-removed-rows",
        tableName: "SD_t1",
        column: "备注",
        rows: [{ row: 4, id: "c-1" }],
      },
    });
    expect(sheetContents(fake, "Sheet1")).toBe(before);
    registry = report.registry;
    expect(registry.registry.entries[0].version).toBe(V1);
  });

  test("content under the table that cannot shift (a wider table across it): stops, naming the table", async () => {
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    fake.workbook.setValues("Sheet1!A7:F8", [
      ["a", "b", "c", "d", "e", "f"],
      [1, 2, 3, 4, 5, 6],
    ]);
    fake.workbook.addTable("Sheet1!A7:F8", { name: "UserWide" });
    dataset.rows["烟台"] = clusters(1, 2, 3, 4, 5);
    const before = sheetContents(fake, "Sheet1");
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toEqual({
      status: "fault",
      entryId: "t-1",
      fault: {
        kind: "blocked-below",
        tableName: "SD_t1",
        blockers: ["UserWide"],
        address: "Sheet1!B7:D8",
      },
    });
    expect(sheetContents(fake, "Sheet1")).toBe(before);
  });

  test("a table without its id column and with a user column: stops (rows could not be matched)", async () => {
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台", {
      fields: ["name", "city"],
    });
    await addUserColumn("SD_t1", "备注", ["x", "y"]);
    const before = sheetContents(fake, "Sheet1");
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toMatchObject({
      status: "fault",
      fault: { kind: "no-key", tableName: "SD_t1", userColumns: ["备注"] },
    });
    expect(sheetContents(fake, "Sheet1")).toBe(before);
  });

  test("a header of ours renamed by the user: stops, naming the missing column", async () => {
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    fake.workbook.setValues("Sheet1!C3", [["集群名"]]);
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toMatchObject({
      status: "fault",
      fault: { kind: "columns-missing", missing: ["名称"] },
    });
  });

  test("a query the dataset no longer answers: a fault with the builder's message", async () => {
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    delete dataset.rows["烟台"];
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toMatchObject({
      status: "fault",
      fault: { kind: "produce-failed", tableName: "SD_t1", message: "unknown query 烟台" },
    });
  });
});

describe("the registry", () => {
  const writePart = (xml: string) =>
    fake.workbook.customXmlParts.push({ id: "{P}", xml, namespaceUri: REGISTRY_NAMESPACE });

  test("written by a newer add-in: loading it refuses, so no refresh runs", async () => {
    writePart('<registry xmlns="urn:qilu-clusters:registry" format="9">[]</registry>');
    await expect(loadRegistry()).rejects.toEqual(new RegistryFormatError("newer", 9));
  });

  test("an older entry without the fields added since: defaults, and it refreshes", async () => {
    await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    fake.workbook.customXmlParts.splice(0);
    const old = {
      id: "t-1",
      type: "table",
      tableName: "SD_t1",
      sheetName: "Sheet1",
      request: { query: "烟台" },
    };
    writePart(
      serializeRegistry({ format: 1, entries: [] }).replace(
        "[]",
        JSON.stringify([old]).replace(/&/g, "&amp;")
      )
    );
    const loaded = await loadRegistry();
    expect(loaded.registry.entries[0]).toMatchObject({ columns: [], lang: "zh-CN", version: "" });
    dataset.version = V2;
    dataset.rows["烟台"] = clusters(1, 2, 3);
    const report = await refresh(loaded, dataset);
    expect(report.outcomes[0]).toMatchObject({ status: "refreshed", added: 1 });
    expect(report.registry.registry.entries[0]).toMatchObject({
      version: V2,
      columns: ["编号", "名称", "城市"],
    });
  });

  test("an entry that points at nothing is reported, not guessed at", async () => {
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    const broken = {
      ...registry,
      registry: {
        ...registry.registry,
        entries: [{ ...registry.registry.entries[0], id: "t-9", tableName: "", sheetName: "" }],
      },
    };
    const report = await refresh(broken, dataset);
    expect(report.outcomes).toEqual([
      { status: "fault", entryId: "t-9", fault: { kind: "entry-empty", entryId: "t-9" } },
    ]);
  });
});
