import "../support/dom-parser";
import { installFakeExcel } from "../support/fake-excel";
import { OccupiedTargetError, TooLargeError } from "../../src/excel/errors";
import { insertTable, type InsertTableOptions } from "../../src/excel/insert-table";
import { loadRegistry } from "../../src/excel/registry";
import {
  emptyRegistry,
  REGISTRY_NAMESPACE,
  serializeRegistry,
} from "../../src/excel/registry-format";

type Fake = ReturnType<typeof installFakeExcel>;
let fake: Fake;
beforeEach(() => {
  fake = installFakeExcel();
});
afterEach(() => fake.uninstall());

const header = ["编号", "名称", "城市", "公布日期", "数值"];
function rows(n: number): (string | number)[][] {
  return Array.from({ length: n }, (_, i) => [
    `c-${i + 1}`,
    `集群${i + 1}`,
    "烟台",
    "2021-02",
    i * 1.5,
  ]);
}
function options(n: number, extra: Partial<InsertTableOptions> = {}): InsertTableOptions {
  return {
    content: { header, rows: rows(n) },
    request: {
      view: "clusters",
      query: "烟台",
      level: "",
      kind: "",
      fields: ["id", "name", "city", "announced"],
    },
    lang: "zh-CN",
    version: "2026.11.0",
    note: "齐鲁产业集群 · 数据版本 2026.11.0",
    placement: { kind: "selection" },
    registry: { partId: null, registry: emptyRegistry() },
    now: "2026-11-23T08:00:00.000Z",
    ...extra,
  };
}
const select = (address: string) => {
  fake.workbook.selection = fake.workbook.ref(address);
};

describe("insertTable at the selected cell", () => {
  test("writes the note, then a native table with the header and every row, in 2 syncs", async () => {
    select("Sheet1!B2");
    const result = await insertTable(options(25));
    expect(result.address).toBe("Sheet1!B3:F28");
    expect(fake.workbook.values("Sheet1!B2:B2")).toEqual([["齐鲁产业集群 · 数据版本 2026.11.0"]]);
    expect(fake.workbook.values("Sheet1!B3:F4")).toEqual([
      header,
      ["c-1", "集群1", "烟台", "2021-02", 0],
    ]);
    expect(fake.workbook.values("Sheet1!B28:F28")).toEqual([
      ["c-25", "集群25", "烟台", "2021-02", 36],
    ]);
    const table = fake.workbook.table("SD_t1")!;
    expect(table.style).toBe("TableStyleMedium2");
    expect(table.rect).toEqual({ row: 2, column: 1, rowCount: 26, columnCount: 5 });
    expect(fake.log.syncCount).toBe(3);
  });

  test("still takes 3 syncs for 10,000 rows of 5 fields (one batch under 4 MB)", async () => {
    select("Sheet1!A1");
    await insertTable(options(10_000));
    expect(fake.log.syncCount).toBe(3);
    expect(fake.log.of("values").length).toBe(3); // header, note, the rows as one block
    expect(fake.workbook.values("Sheet1!A10002:A10002")).toEqual([["c-10000"]]);
  });

  test("keeps text as text: dates stay as written, a leading = does not become a formula", async () => {
    select("Sheet1!A1");
    const content = { header, rows: [['=HYPERLINK("x")', "+86 集群", "-", "2021-02-20", 1]] };
    await insertTable(options(0, { content }));
    const cell = fake.workbook.cell("Sheet1!A3")!;
    expect(cell.formula).toBeUndefined();
    expect(fake.workbook.values("Sheet1!A3:E3")).toEqual([
      ['=HYPERLINK("x")', "+86 集群", "-", "2021-02-20", 1],
    ]);
    expect(fake.workbook.numberFormats("Sheet1!D3:E3")).toEqual([["@", "General"]]);
  });

  test("refuses a target that holds the user's data, writes nothing, and says where", async () => {
    select("Sheet1!B2");
    fake.workbook.setValues("Sheet1!D10:D10", [["my note"]]);
    const error = await insertTable(options(25)).catch((e) => e);
    expect(error).toBeInstanceOf(OccupiedTargetError);
    expect(error).toMatchObject({ target: "Sheet1!B2:F28", occupied: "Sheet1!D10" });
    expect(fake.workbook.values("Sheet1!B2:F3")).toEqual([Array(5).fill(""), Array(5).fill("")]);
    expect(fake.workbook.table("SD_t1")).toBeUndefined();
    expect(fake.log.syncCount).toBe(1);
  });

  test("refuses to overlap an empty table of the user's before writing any cell", async () => {
    fake.workbook.addTable("Sheet1!E5:F8", { name: "UserTable" });
    fake.workbook.setValues("Sheet1!E5:F5", [["", ""]]);
    select("Sheet1!A1");
    const before = fake.workbook.values("Sheet1!A1:F12");
    await expect(insertTable(options(10))).rejects.toBeTruthy();
    expect(fake.workbook.values("Sheet1!A1:F12")).toEqual(before);
    expect(fake.workbook.table("SD_t1")).toBeUndefined();
  });

  test("a block that would run past the last row fails as too large, writing nothing", async () => {
    select("Sheet1!A1048570");
    await expect(insertTable(options(25))).rejects.toBeInstanceOf(TooLargeError);
    expect(fake.workbook.table("SD_t1")).toBeUndefined();
  });
});

describe("insertTable on a new sheet", () => {
  test("picks a free sheet name, writes from A1, activates it", async () => {
    fake.workbook.createSheet("产业集群");
    const result = await insertTable(
      options(3, { placement: { kind: "new-sheet", sheetName: "产业集群" } })
    );
    expect(result.entry.sheetName).toBe("产业集群 (2)");
    expect(result.address).toBe("'产业集群 (2)'!A2:E5");
    expect(fake.workbook.values("'产业集群 (2)'!A2:B3")).toEqual([
      header.slice(0, 2),
      ["c-1", "集群1"],
    ]);
    expect(fake.log.syncCount).toBe(3);
  });

  test("adds a chart on the table when asked", async () => {
    await insertTable(
      options(3, {
        placement: { kind: "new-sheet", sheetName: "图表" },
        chart: { title: "各市集群数" },
      })
    );
    const sheet = fake.workbook.sheetByName("图表")!;
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]).toMatchObject({
      chartType: "ColumnClustered",
      title: "各市集群数",
      sourceAddress: "图表!A2:E5",
    });
  });
});

describe("insertTable with a chart at the selected cell", () => {
  test("refuses an occupied target like a table insert: no table, no chart, no registry part", async () => {
    select("Sheet1!A1");
    fake.workbook.setValues("Sheet1!C3:C3", [["user data"]]);
    await expect(
      insertTable(options(5, { chart: { title: "各市集群数" } }))
    ).rejects.toBeInstanceOf(OccupiedTargetError);
    expect(fake.workbook.sheetByName("Sheet1")!.charts).toHaveLength(0);
    expect(fake.workbook.table("SD_t1")).toBeUndefined();
    expect(fake.workbook.customXmlParts).toHaveLength(0);
    expect(fake.workbook.values("Sheet1!C3:C3")).toEqual([["user data"]]);
  });

  test("writes table and chart in the same 2 syncs", async () => {
    select("Sheet1!A1");
    await insertTable(options(16, { chart: { title: "各市集群数" } }));
    expect(fake.log.syncCount).toBe(3);
    expect(fake.workbook.sheetByName("Sheet1")!.charts[0].sourceAddress).toBe("Sheet1!A2:E18");
  });
});

describe("the registry entry an insert records", () => {
  test("is stored in the workbook and read back with its query, fields, language, version and time", async () => {
    select("Sheet1!C3");
    const first = await insertTable(options(2));
    expect(
      fake.workbook.customXmlParts.filter((p) => p.namespaceUri === REGISTRY_NAMESPACE)
    ).toHaveLength(1);
    const loaded = await loadRegistry();
    expect(loaded.registry.entries).toEqual([first.entry]);
    expect(first.entry).toMatchObject({
      id: "t-1",
      type: "table",
      tableName: "SD_t1",
      sheetName: "Sheet1",
      noteAddress: "Sheet1!C3",
      version: "2026.11.0",
      lang: "zh-CN",
      insertedAt: "2026-11-23T08:00:00.000Z",
      columns: header,
      request: { query: "烟台", fields: ["id", "name", "city", "announced"] },
    });
  });

  test("a second insert appends to the same part", async () => {
    select("Sheet1!A1");
    const first = await insertTable(options(2));
    select("Sheet1!H1");
    const second = await insertTable(options(2, { registry: first.registry }));
    expect(second.entry.id).toBe("t-2");
    expect(second.entry.tableName).toBe("SD_t2");
    expect(fake.workbook.customXmlParts).toHaveLength(1);
    expect((await loadRegistry()).registry.entries.map((e) => e.id)).toEqual(["t-1", "t-2"]);
  });
});

describe("loadRegistry", () => {
  test("gives an empty registry for a workbook the add-in never wrote to", async () => {
    expect(await loadRegistry()).toEqual({ partId: null, registry: emptyRegistry() });
  });

  test("refuses to guess when the workbook holds several registry parts", async () => {
    fake.workbook.customXmlParts.push(
      { id: "a", xml: serializeRegistry(emptyRegistry()), namespaceUri: REGISTRY_NAMESPACE },
      { id: "b", xml: serializeRegistry(emptyRegistry()), namespaceUri: REGISTRY_NAMESPACE }
    );
    await expect(loadRegistry()).rejects.toMatchObject({ reason: "unreadable" });
  });
});

describe("insertTable of 100,000 rows × 20 fields (about 40 MB)", () => {
  const wide = (n: number) => ({
    header: Array.from({ length: 20 }, (_, c) => `字段${c}`),
    rows: Array.from({ length: n }, (_, r) =>
      Array.from({ length: 20 }, (_, c) => (c === 0 ? `c-${r}` : `烟台市第${r}号集群字段${c}`))
    ),
  });

  test("goes in batches under 4 MB each, 2 + C syncs, on a host that refuses 5 MB", async () => {
    select("Sheet1!A1");
    const content = wide(100_000);
    await insertTable(options(0, { content }));
    const bytes = JSON.stringify(content.rows).length * 1.5; // lower bound of the UTF-8 bytes
    expect(fake.log.syncCount).toBeGreaterThan(2 + bytes / 4_000_000 / 2);
    expect(fake.workbook.values("Sheet1!A100002:A100002")).toEqual([["c-99999"]]);
  }, 60_000);

  test("without batches the host refuses the write (RequestPayloadSizeLimitExceeded)", async () => {
    const rows = wide(100_000).rows;
    const write = Excel.run(async (context) => {
      context.workbook.worksheets
        .getItem("Sheet1")
        .getRangeByIndexes(0, 0, rows.length, 20).values = rows;
      await context.sync();
    });
    await expect(write).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  }, 60_000);
});
