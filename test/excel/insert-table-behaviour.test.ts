// What a user sees of an insert beyond the happy path: which error they are told about, that a
// block too big for any sheet never reaches Excel, the sheet they land on, and what the
// workbook remembers of a chart insert after it is reopened.
import "../support/dom-parser";
import { installFakeExcel, type FakeExcelOptions } from "../support/fake-excel";
import { TooLargeError } from "../../src/excel/errors";
import { insertTable, type InsertTableOptions } from "../../src/excel/insert-table";
import { loadRegistry } from "../../src/excel/registry";
import { emptyRegistry } from "../../src/excel/registry-format";

let fake: ReturnType<typeof installFakeExcel>;
const install = (options?: FakeExcelOptions) => {
  fake = installFakeExcel(options);
};
afterEach(() => fake.uninstall());

const header = ["编号", "名称"];
function options(rows: unknown[][], extra: Partial<InsertTableOptions> = {}): InsertTableOptions {
  return {
    content: { header, rows: rows as InsertTableOptions["content"]["rows"] },
    request: { view: "clusters", query: "烟台", level: "", kind: "", fields: ["id", "name"] },
    lang: "zh-CN",
    version: "2026.11.0",
    note: "齐鲁产业集群 数据版本 2026.11.0",
    placement: { kind: "selection" },
    registry: { partId: null, registry: emptyRegistry() },
    now: "2026-11-23T08:00:00.000Z",
    ...extra,
  };
}

describe("the errors an insert reports", () => {
  test("a failure of the first sync other than running off the sheet is not called too large", async () => {
    // A request limit smaller than the read itself: Excel refuses the batch for its size.
    install({ requestPayloadLimit: 20 });
    fake.workbook.select("Sheet1!A1");
    const error = await insertTable(options([["c-1", "集群1"]])).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(TooLargeError);
    expect((error as { code?: string }).code).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.workbook.table("SD_t1")).toBeUndefined();
  });

  test.each([
    ["more rows than a sheet has", 1_048_575, 2],
    ["more columns than a sheet has", 1, 16_385],
  ])("%s is too large before Excel is asked anything", async (_, rowCount, columns) => {
    install();
    const content = {
      header: Array.from({ length: columns }, (_, i) => `h${i}`),
      // Only the length is read before the check; the rows are never built.
      rows: new Array(rowCount) as never[],
    };
    const error = await insertTable({ ...options([]), content }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TooLargeError);
    expect(fake.log.syncCount).toBe(0);
  });
});

describe("where the user lands", () => {
  test("an insert on a new sheet makes that sheet the active one", async () => {
    install({ sheetNames: ["Sheet1", "Data"] });
    await insertTable(
      options([["c-1", "集群1"]], { placement: { kind: "new-sheet", sheetName: "产业集群" } })
    );
    expect(fake.workbook.activeSheet.name).toBe("产业集群");
  });

  test("an insert at the selection stays on the selection's sheet", async () => {
    install({ sheetNames: ["Sheet1", "Data"] });
    fake.workbook.select("Data!B2");
    const result = await insertTable(options([["c-1", "集群1"]]));
    expect(fake.workbook.activeSheet.name).toBe("Data");
    expect(result.address).toBe("Data!B3:C4");
    expect(fake.workbook.values("Data!B2:C4")).toStrictEqual([
      ["齐鲁产业集群 数据版本 2026.11.0", ""],
      header,
      ["c-1", "集群1"],
    ]);
  });
});

describe("what the workbook remembers", () => {
  test("a chart insert is read back as a chart with its chart's name", async () => {
    install();
    fake.workbook.select("Sheet1!A1");
    const result = await insertTable(
      options([["烟台", 3]], { chart: { title: "各市集群数" }, lang: "en" })
    );
    const [entry] = (await loadRegistry()).registry.entries;
    expect(entry).toStrictEqual(result.entry);
    expect(entry.type).toBe("chart");
    expect(entry.chartName).toBe("SD_t1_chart");
    expect(entry.lang).toBe("en");
    expect(fake.workbook.sheetByName("Sheet1")!.charts.map((c) => c.name)).toStrictEqual([
      "SD_t1_chart",
    ]);
  });

  test("a table insert is read back as a table without a chart name", async () => {
    install();
    fake.workbook.select("Sheet1!A1");
    await insertTable(options([["c-1", "集群1"]]));
    const [entry] = (await loadRegistry()).registry.entries;
    expect(entry.type).toBe("table");
    expect("chartName" in entry).toBe(false);
  });
});
