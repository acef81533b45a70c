/**
 * The pane outside Excel: it browses the same data and exports the current result as CSV that
 * Excel opens correctly (UTF-8 BOM) and safely (no formula runs from a cell).
 */
import { readFileSync } from "fs";
import type { Page } from "playwright-core";
import { closeBrowser, openPane, type OfficeMode } from "./harness";

const { BUILD_DIR } = require("../global-setup.js");

jest.setTimeout(60_000);
afterAll(closeBrowser);

async function exportCsv(page: Page): Promise<Buffer> {
  await page.click("#tab-insert");
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-csv")]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  return readFileSync((await download.path())!);
}

describe.each<[string, OfficeMode]>([
  ["offline (office.js unreachable)", { kind: "offline" }],
  ["with the real office.js in a plain browser", { kind: "real" }],
])("preview %s", (_, office) => {
  test("browses with search and exports the result as CSV with a BOM", async () => {
    const session = await openPane(office);
    const { page } = session;
    try {
      await page.waitForSelector('[data-mode="preview"]');
      await page.fill("#search", "煙臺");
      const count = Number((await page.textContent("#result-count"))!.match(/\d+/)![0]);
      expect(await page.locator("#results .name").allTextContents()).toContain(
        "烟台市海洋工程装备产业集群"
      );
      expect(await page.locator("#insert-table").count()).toBe(0);

      const bytes = await exportCsv(page);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.toString("utf8").slice(1).split("\r\n").filter(Boolean);
      expect(lines[0]).toBe(
        "编号,集群键,名称,城市,区县,产业,级别,类别,批次,年份,公布日期,日期精度,状态"
      );
      expect(lines).toHaveLength(count + 1);
      expect(lines.some((line) => line.includes("烟台市海洋工程装备产业集群"))).toBe(true);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

test("dataset text reaches the page as text, and a value beginning with = is neutralised in the CSV", async () => {
  const session = await openPane({ kind: "offline" });
  const { page } = session;
  try {
    // The dataset holds no such text, so the served bundles get one: a cluster name a
    // spreadsheet would run as a formula.
    const hostile = "=SUM(1,2)济南";
    const markup = "<img id=injected src=x>";
    for (const file of ["functions.js", "taskpane.js"]) {
      await page.route(`${session.baseUrl}${file}`, async (route) => {
        const body = readFileSync(`${BUILD_DIR}/${file}`, "utf8")
          .replace("济南市信息技术服务产业集群", hostile)
          .replace("Jinan Information Tech", `${markup}Jinan Information Tech`);
        await route.fulfill({ contentType: "text/javascript", body });
      });
    }
    await page.reload();
    await page.waitForSelector('[data-mode="preview"]');
    await page.fill("#search", "ns1-jinan-it-services");
    expect(await page.locator("#results .name").allTextContents()).toEqual([hostile]);
    await page.click('[data-cluster="ns1-jinan-it-services"]');
    expect(await page.locator("#detail").textContent()).toContain(markup);
    expect(await page.locator("#injected").count()).toBe(0);
    await page.click("#back");
    await page.click("#tab-insert");
    await page.click("#fields summary");
    for (const id of [
      "key",
      "city",
      "district",
      "industry",
      "level",
      "kind",
      "batch",
      "year",
      "announced",
      "announced_precision",
      "status",
    ]) {
      await page.uncheck(`#field-${id}`);
    }
    const bytes = await exportCsv(page);
    expect(bytes.toString("utf8")).toBe(
      `\uFEFF编号,名称\r\nns1-jinan-it-services,"'${hostile}"\r\n`
    );
    expect(session.errors).toEqual([]);
  } finally {
    await session.close();
  }
});
