import "../support/dom-parser";
import { loadRegistry, type LoadedRegistry } from "../../src/excel/registry";
import { REGISTRY_NAMESPACE, RegistryFormatError } from "../../src/excel/registry-format";
import {
  addUserColumn,
  clusters,
  Dataset,
  empty,
  insertAt,
  note,
  refresh,
  results,
  sheetContents,
  twoCityWorkbook,
  V1,
  V2,
  type Fake,
} from "./refresh-fixture";

let fake: Fake;
let dataset: Dataset;
beforeEach(() => {
  ({ fake, dataset } = twoCityWorkbook(clusters(7, 8)));
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
});

describe("a table at the sheet's last row", () => {
  test("that must grow: no room for it, and the other tables are still refreshed", async () => {
    let registry = await insertAt(fake, empty(), dataset, "Sheet1!B1048573", "烟台");
    registry = await insertAt(fake, registry, dataset, "Sheet2!B2", "济南");
    registry = (await refresh(registry, dataset)).registry;
    dataset.version = V2;
    dataset.rows["烟台"] = clusters(1, 2, 3);
    dataset.rows["济南"] = clusters(7, 8, 9);
    const before = JSON.stringify(fake.workbook.formulasAt("Sheet1!A1048560:Z1048576"));
    const report = await refresh(registry, dataset);
    expect(report.outcomes).toEqual([
      {
        status: "fault",
        entryId: "t-1",
        fault: { kind: "no-room", tableName: "SD_t1", sheetName: "Sheet1" },
      },
      expect.objectContaining({ status: "refreshed", tableName: "SD_t2", added: 1 }),
    ]);
    expect(JSON.stringify(fake.workbook.formulasAt("Sheet1!A1048560:Z1048576"))).toBe(before);
    expect(fake.workbook.values("Sheet2!B6")).toEqual([["c-9"]]);
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
        rows: [{ row: 4, id: "" }],
      },
    });
    expect(sheetContents(fake, "Sheet1")).toBe(before);
    registry = report.registry;
    expect(registry.registry.entries[0].version).toBe(V1);
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
});

describe("Excel refuses a write although every check passed", () => {
  test("the workbook's registry and the pane's say what the tables now hold", async () => {
    const data = new Dataset();
    data.rows["烟台"] = clusters(1, 2);
    data.rows["青岛"] = clusters(7);
    let registry = await insertAt(fake, empty(), data, "Sheet1!B2", "烟台");
    registry = await insertAt(fake, registry, data, "Sheet1!H2", "青岛");
    data.version = V2;
    data.rows["烟台"] = clusters(1, 2, 3);
    // The sheet gets protected while the refresh runs (after its checks): the insert is refused.
    const shift = fake.workbook.shiftCells.bind(fake.workbook);
    fake.workbook.shiftCells = (...args: Parameters<typeof shift>) => {
      fake.workbook.protectSheet("Sheet1");
      shift(...args);
    };
    const report = await refresh(registry, data);
    fake.workbook.sheets[0].protected = false;
    expect(results(report)).toEqual([
      { kind: "write-rejected", tableName: "SD_t1", reason: "protected" },
      { kind: "write-rejected", tableName: "SD_t2", reason: "protected" },
    ]);
    const stored = await loadRegistry();
    expect(stored).toEqual(report.registry);
    // Nothing was written: both entries still say V1, with the rows they had.
    expect(stored.registry.entries.map((e) => [e.version, e.rows])).toEqual(
      registry.registry.entries.map((e) => [e.version, e.rows])
    );
    expect(fake.workbook.values("Sheet1!B2")[0][0]).toBe(note(V1));
  });
});
