/**
 * The pane in a fake Excel: inserting tables, charts and the comparison sheet, and what the
 * workbook holds afterwards (cells, tables, charts, formulas) and how many syncs it took.
 */
import { mkdirSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { closeBrowser, type PaneSession } from "./harness";
import {
  formulas,
  openInFakeExcel,
  outcome,
  sheetNames,
  syncs,
  tables,
  values,
} from "./pane-session";

jest.setTimeout(60_000);
mkdirSync(path.resolve(__dirname, "../artifacts/screens"), { recursive: true });
afterAll(closeBrowser);

let session: PaneSession;
let page: Page;

beforeEach(async () => {
  session = await openInFakeExcel();
  page = session.page;
});

afterEach(async () => {
  expect(session.errors).toEqual([]);
  await session.close();
});

async function search(text: string): Promise<void> {
  await page.fill("#search", text);
  await page.waitForFunction(
    (t) => (document.getElementById("result-count")?.textContent ?? "") !== t,
    ""
  );
}

async function openInsertTab(): Promise<void> {
  await page.click("#tab-insert");
  await page.waitForSelector("#panel-insert:not([hidden])");
}

test("inserts 烟台's clusters at the selected cell in three syncs (the check, the rows, the registry): header row, rows, note, a styled table", async () => {
  await search("煙臺");
  const count = Number((await page.textContent("#result-count"))!.match(/\d+/)![0]);
  await page.evaluate(() => window.__fakeExcel!.workbook.select("Sheet1!B2"));
  await openInsertTab();
  const before = await syncs(page);
  await page.click("#insert-table");
  const result = await outcome(page);
  expect(result.kind).toBe("success");
  const after = await syncs(page);
  expect(after.syncCount - before.syncCount).toBe(3);
  expect(after.roundTrips - before.roundTrips).toBe(3);

  const note = (await values(page, "Sheet1!B2"))[0][0];
  expect(note).toMatch(/^齐鲁产业集群 数据版本 \S+/);
  expect(note).toContain("来源：");
  const header = (await values(page, "Sheet1!B3:N3"))[0];
  expect(header).toEqual([
    "编号",
    "集群键",
    "名称",
    "城市",
    "区县",
    "产业",
    "级别",
    "类别",
    "批次",
    "年份",
    "公布日期",
    "日期精度",
    "状态",
  ]);
  const rows = await values(page, `Sheet1!B4:N${3 + count}`);
  const offshore = rows.find((row) => row[2] === "烟台市海洋工程装备产业集群");
  expect(offshore).toBeDefined();
  expect(offshore![3]).toBe("烟台");
  expect(rows.every((row) => row[0] !== "")).toBe(true);
  expect(await values(page, `Sheet1!B${4 + count}`)).toEqual([[""]]);
  const [table] = await tables(page);
  expect(table.sheet).toBe("Sheet1");
  expect(table.style).toBe("TableStyleMedium2");
});

test("a larger insert under 4 MB still takes three syncs", async () => {
  await openInsertTab();
  await page.check("#place-new-sheet");
  const before = await syncs(page);
  await page.click("#insert-table");
  expect((await outcome(page)).kind).toBe("success");
  const after = await syncs(page);
  expect(after.syncCount - before.syncCount).toBe(3);
  expect(await sheetNames(page)).toContain("产业集群");
  const ids = (await values(page, "产业集群!A3:A200")).map((row) => row[0]).filter((v) => v !== "");
  expect(ids.length).toBeGreaterThan(100);
});

test("into an occupied selection nothing is written; the message offers a new sheet, which then works", async () => {
  await page.evaluate(() => {
    const workbook = window.__fakeExcel!.workbook;
    workbook.setValues("Sheet1!D5", [["my note"]]);
    workbook.select("Sheet1!C4");
  });
  await search("烟台");
  await openInsertTab();
  await page.click("#insert-table");
  const result = await outcome(page);
  expect(result.kind).toBe("warning");
  expect(result.text).toContain("不是空的");
  await page.screenshot({
    path: path.resolve(__dirname, "../artifacts/screens/zh-CN-light-360-occupied.png"),
  });
  expect(await tables(page)).toEqual([]);
  const grid = await values(page, "Sheet1!A1:Z60");
  const filled = grid
    .flatMap((row, r) => row.map((v, c) => [r, c, v] as const))
    .filter(([, , v]) => v !== "");
  expect(filled).toEqual([[4, 3, "my note"]]);

  await page.click("#new-sheet-instead");
  expect((await outcome(page)).kind).toBe("success");
  expect(await sheetNames(page)).toEqual(["Sheet1", "产业集群"]);
  expect((await values(page, "产业集群!A2:C2"))[0]).toEqual(["编号", "集群键", "名称"]);
  expect((await values(page, "Sheet1!D5"))[0][0]).toBe("my note");
});

test("inserts a chart on a summary table of counts by city", async () => {
  await openInsertTab();
  await page.selectOption("#chart-by", "city");
  await page.check("#place-new-sheet");
  await page.click("#insert-chart");
  expect((await outcome(page)).kind).toBe("success");
  const chart = await page.evaluate(() => {
    const sheet = window.__fakeExcel!.workbook.sheetByName("集群统计")!;
    return sheet.charts.map((c) => ({
      type: c.chartType,
      source: c.sourceAddress,
      title: c.title,
    }));
  });
  expect(chart).toHaveLength(1);
  expect(chart[0].type).toBe("ColumnClustered");
  expect(chart[0].title).toBe("产业集群数量（城市）");
  const [table] = await tables(page);
  expect(chart[0].source).toContain("A2:B");
  expect(table.sheet).toBe("集群统计");
  const header = (await values(page, "集群统计!A2:B2"))[0];
  expect(header).toEqual(["城市", "集群数（不重复）"]);
  expect(typeof (await values(page, "集群统计!B3"))[0][0]).toBe("number");
});

test("builds the comparison sheet of live SD.COUNT formulas, cities down and programmes across", async () => {
  await page.evaluate(() => {
    const registry = (
      window as unknown as {
        CustomFunctions: { previewRegistry: Map<string, (...a: unknown[]) => unknown> };
      }
    ).CustomFunctions.previewRegistry;
    window.__fakeExcel!.workbook.registerFunction("SD.COUNT", registry.get("COUNT")!);
  });
  await openInsertTab();
  await page.click("#insert-comparison");
  expect((await outcome(page)).kind).toBe("success");
  expect(await sheetNames(page)).toContain("集群对比");
  const grid = await formulas(page, "集群对比!A4:C5");
  expect(grid[0][0]).toBe("城市");
  expect(grid[1][0]).toBe("济南");
  expect(grid[1][1]).toBe("=SD.COUNT($A5,B$2,B$3)");
  expect(grid[1][2]).toBe("=SD.COUNT($A5,C$2,C$3)");
  expect((await values(page, "集群对比!B2:B3")).map((row) => row[0])).toEqual([
    "国家级",
    "战略性新兴产业集群",
  ]);
  expect(typeof (await values(page, "集群对比!B5"))[0][0]).toBe("number");
});
