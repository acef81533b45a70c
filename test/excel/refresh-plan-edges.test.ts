import "../support/dom-parser";
// What the plan of a refresh decides at its edges, seen on the sheet: a table without an id
// column, a changed column count, an empty result, number formats of our columns.
import type { TableQuery } from "../../src/excel/registry-format";
import {
  cellsOutside,
  clusters,
  Dataset,
  empty,
  freshWorkbook,
  HEADER,
  insertAt,
  note,
  refresh,
  sheetContents,
  V2,
  type Fake,
} from "./refresh-fixture";

let fake: Fake;
let dataset: Dataset;
beforeEach(() => {
  ({ fake, dataset } = freshWorkbook());
});
afterEach(() => fake.uninstall());

/** The user types over one of our cells (a row that is then theirs). */
async function typeInto(address: string, text: string) {
  await Excel.run(async (context) => {
    const [sheet, cell] = address.split("!");
    context.workbook.worksheets.getItem(sheet).getRange(cell).values = [[text]];
    await context.sync();
  });
}

const NO_ID = ["name", "city"];

describe("a table without its id column and without user columns: rows taken in order", () => {
  test("fewer rows: our rows take the new rows in order, the last of ours is deleted", async () => {
    dataset.rows["烟台"] = clusters(1, 2, 3);
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台", {
      fields: NO_ID,
    });
    dataset.version = V2;
    dataset.rows["烟台"] = clusters(7, 8);
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toMatchObject({ status: "refreshed", added: 0, removed: 1 });
    expect(fake.workbook.values("Sheet1!B2:D6")).toStrictEqual([
      [note(V2), "", ""],
      HEADER,
      ["c-7", "集群7", "烟台"],
      ["c-8", "集群8", "烟台"],
      ["", "", ""],
    ]);
    expect(fake.workbook.table("SD_t1")!.rect.rowCount).toBe(3);
    expect(cellsOutside(fake, "Sheet1", "B2:D5")).toStrictEqual([]);
  });

  test("more rows: the old rows are overwritten in order and the rest added at the end", async () => {
    dataset.rows["烟台"] = clusters(1, 2);
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台", {
      fields: NO_ID,
    });
    dataset.rows["烟台"] = clusters(5, 6, 7, 8);
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toMatchObject({ status: "refreshed", added: 2, removed: 0 });
    expect(fake.workbook.values("Sheet1!B4:D8")).toStrictEqual([
      ["c-5", "集群5", "烟台"],
      ["c-6", "集群6", "烟台"],
      ["c-7", "集群7", "烟台"],
      ["c-8", "集群8", "烟台"],
      ["", "", ""],
    ]);
    expect(fake.workbook.table("SD_t1")!.rect.rowCount).toBe(5);
  });

  test("a row the user changed stays as typed; our rows around it take the new rows in order", async () => {
    dataset.rows["烟台"] = clusters(1, 2, 3);
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台", {
      fields: NO_ID,
    });
    await typeInto("Sheet1!C5", "我的集群");
    dataset.rows["烟台"] = clusters(4, 5, 6);
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toMatchObject({
      status: "refreshed",
      added: 1,
      removed: 0,
      userRows: [5],
    });
    expect(fake.workbook.values("Sheet1!B4:D8")).toStrictEqual([
      ["c-4", "集群4", "烟台"],
      ["c-2", "我的集群", "烟台"],
      ["c-5", "集群5", "烟台"],
      ["c-6", "集群6", "烟台"],
      ["", "", ""],
    ]);
  });

  test("the same rows again: nothing moves, every cell as before", async () => {
    dataset.rows["烟台"] = clusters(1, 2);
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台", {
      fields: NO_ID,
    });
    const before = sheetContents(fake, "Sheet1");
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toMatchObject({ added: 0, removed: 0, moved: "none" });
    expect(sheetContents(fake, "Sheet1")).toBe(before);
  });
});

describe("a result that changed shape", () => {
  test("a different number of columns: a fault naming both counts, nothing written", async () => {
    dataset.rows["烟台"] = clusters(1, 2);
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    const before = sheetContents(fake, "Sheet1");
    const wider = (req: TableQuery) => {
      const produced = dataset.produce(req);
      return { ...produced, header: [...produced.header, "人数"] };
    };
    const report = await refresh(registry, dataset, { produce: wider });
    expect(report.outcomes).toStrictEqual([
      {
        status: "fault",
        entryId: "t-1",
        fault: { kind: "produce-failed", tableName: "SD_t1", message: "3 ≠ 4" },
      },
    ]);
    expect(sheetContents(fake, "Sheet1")).toBe(before);
    expect(report.registry.registry.entries).toStrictEqual(registry.registry.entries);
  });

  test("an empty result: one blank row stays (a table keeps a body row), the rest deleted", async () => {
    dataset.rows["烟台"] = clusters(1, 2, 3);
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    fake.workbook.setValues("Sheet1!F4", [["旁边"]]);
    dataset.rows["烟台"] = [];
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toMatchObject({ status: "refreshed", added: 0, removed: 2 });
    expect(fake.workbook.values("Sheet1!B3:D6")).toStrictEqual([
      HEADER,
      ["", "", ""],
      ["", "", ""],
      ["", "", ""],
    ]);
    expect(fake.workbook.table("SD_t1")!.rect.rowCount).toBe(2);
    expect(fake.workbook.values("Sheet1!F4")).toStrictEqual([["旁边"]]);
  });

  test("an emptied table filled again: the new rows go in, the blank one goes", async () => {
    dataset.rows["烟台"] = clusters(1, 2);
    let registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    dataset.rows["烟台"] = [];
    registry = (await refresh(registry, dataset)).registry;
    fake.workbook.setValues("Sheet1!B9", [["下面"]]);
    dataset.rows["烟台"] = clusters(5, 6, 7);
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toMatchObject({ status: "refreshed", added: 3, removed: 1 });
    expect(fake.workbook.values("Sheet1!B3:D7")).toStrictEqual([
      HEADER,
      ...clusters(5, 6, 7),
      ["", "", ""],
    ]);
    expect(fake.workbook.table("SD_t1")!.rect.rowCount).toBe(4);
    // The user's cell below moved down by the two rows the table grew.
    expect(fake.workbook.values("Sheet1!B11")).toStrictEqual([["下面"]]);
  });

  test("every row replaced by new ones: refreshed (the old rows go after the new ones are in)", async () => {
    dataset.rows["烟台"] = clusters(1, 2);
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    dataset.rows["烟台"] = clusters(3, 4, 5);
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toMatchObject({ status: "refreshed", added: 3, removed: 2 });
    expect(fake.workbook.values("Sheet1!B3:D7")).toStrictEqual([
      HEADER,
      ...clusters(3, 4, 5),
      ["", "", ""],
    ]);
    expect(fake.workbook.table("SD_t1")!.rect.rowCount).toBe(4);
  });

  test("every row replaced, moved as whole rows: the user's table below moves down whole", async () => {
    dataset.rows["烟台"] = clusters(1, 2);
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    // A table of the user's below that crosses our left edge: moving cells would shear it.
    fake.workbook.setValues("Sheet1!A10:C11", [
      ["甲", "乙", "丙"],
      ["1", "2", "3"],
    ]);
    fake.workbook.addTable("Sheet1!A10:C11", { name: "用户表" });
    dataset.rows["烟台"] = clusters(3, 4, 5);
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toMatchObject({ status: "refreshed", moved: "rows", added: 3 });
    expect(fake.workbook.values("Sheet1!B4:D6")).toStrictEqual(clusters(3, 4, 5));
    expect(fake.workbook.values("Sheet1!A11:C12")).toStrictEqual([
      ["甲", "乙", "丙"],
      [1, 2, 3],
    ]);
  });
});

describe("keys", () => {
  test("an id the result gives twice: the first of them is written, once", async () => {
    dataset.rows["烟台"] = clusters(1, 2);
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    dataset.rows["烟台"] = [...clusters(1), ["c-3", "集群3", "烟台"], ["c-3", "重复", "威海"]];
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toMatchObject({ status: "refreshed", added: 1, removed: 1 });
    expect(fake.workbook.values("Sheet1!B4:D6")).toStrictEqual([
      ["c-1", "集群1", "烟台"],
      ["c-3", "集群3", "烟台"],
      ["", "", ""],
    ]);
  });

  test("two rows of ours with one id: the first keeps it, the second is deleted", async () => {
    dataset.rows["烟台"] = [...clusters(1), ["c-1", "重复", "烟台"], ...clusters(2)];
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    dataset.rows["烟台"] = clusters(1, 2);
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toMatchObject({ status: "refreshed", added: 0, removed: 1 });
    expect(fake.workbook.values("Sheet1!B4:D6")).toStrictEqual([
      ["c-1", "集群1", "烟台"],
      ["c-2", "集群2", "烟台"],
      ["", "", ""],
    ]);
  });

  test("an id with spaces around it in our cell still matches its row", async () => {
    dataset.rows["烟台"] = [[" c-1 ", "集群1", "烟台"], ...clusters(2)];
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    dataset.rows["烟台"] = [...clusters(2), ["c-1", "集群1", "烟台"]];
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toMatchObject({ status: "refreshed", added: 0, removed: 0 });
    expect(fake.workbook.values("Sheet1!B4:D5")).toStrictEqual([
      ["c-1", "集群1", "烟台"],
      ["c-2", "集群2", "烟台"],
    ]);
  });
});

describe("number formats of our columns", () => {
  test("a summary: the count column General, the city column text, on kept and added rows", async () => {
    dataset.rows["烟台"] = [
      ["烟台", 3],
      ["青岛", 2],
    ];
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台", { chart: true });
    dataset.rows["烟台"] = [
      ["烟台", 4],
      ["青岛", 2],
      ["济南", 1],
    ];
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0]).toMatchObject({ status: "refreshed", added: 1 });
    expect(fake.workbook.values("Sheet1!B4:C6")).toStrictEqual([
      ["烟台", 4],
      ["青岛", 2],
      ["济南", 1],
    ]);
    expect(fake.workbook.numberFormats("Sheet1!B3:C6")).toStrictEqual([
      ["@", "@"],
      ["@", "General"],
      ["@", "General"],
      ["@", "General"],
    ]);
  });

  test("a date format the result gives reaches its column; a user's row keeps its own format", async () => {
    dataset.rows["烟台"] = [
      ["烟台", 3],
      ["青岛", 2],
    ];
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台", { chart: true });
    await Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Sheet1").getRange("C5");
      cell.numberFormat = [["0.00"]];
      cell.values = [[7]];
      await context.sync();
    });
    const dated = (req: TableQuery) => ({
      ...dataset.produce(req),
      formats: [undefined, "yyyy-mm-dd"],
    });
    dataset.rows["烟台"] = [
      ["烟台", 46000],
      ["青岛", 2],
    ];
    const report = await refresh(registry, dataset, { produce: dated });
    expect(report.outcomes[0]).toMatchObject({ status: "refreshed", userRows: [5] });
    expect(fake.workbook.values("Sheet1!B4:C5")).toStrictEqual([
      ["烟台", 46000],
      ["青岛", 7],
    ]);
    expect(fake.workbook.numberFormats("Sheet1!B4:C5")).toStrictEqual([
      ["@", "yyyy-mm-dd"],
      ["@", "0.00"],
    ]);
  });
});
