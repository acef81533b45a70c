/**
 * The pane's Browse, Coverage and language switch in a fake Excel, and a host that lacks the
 * requirement sets.
 */
import { closeBrowser } from "./harness";
import { openInFakeExcel } from "./pane-session";

jest.setTimeout(60_000);
afterAll(closeBrowser);

async function resultNames(page: import("playwright-core").Page): Promise<string[]> {
  return page.locator("#results .name").allTextContents();
}

test("search resolves 煙臺, yantai and 烟台市 to 烟台's clusters, with a live count", async () => {
  const session = await openInFakeExcel();
  const { page } = session;
  try {
    expect(await page.getAttribute("#result-count", "aria-live")).toBe("polite");
    const all = await page.textContent("#result-count");
    const counts: string[] = [];
    for (const text of ["煙臺", "yantai", "烟台市"]) {
      await page.fill("#search", text);
      counts.push((await page.textContent("#result-count"))!);
      const names = await resultNames(page);
      expect(names).toContain("烟台市海洋工程装备产业集群");
      expect(names.every((name) => !name.startsWith("济南"))).toBe(true);
    }
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).not.toBe(all);

    await page.fill("#search", "烟太");
    expect(await page.textContent("#search-problem")).toContain("烟台");
    expect(await page.textContent("#result-count")).toBe("共 0 个集群记录");
    expect(session.errors).toEqual([]);
  } finally {
    await session.close();
  }
});

test("filters by level, city and batch narrow the result; clearing restores it", async () => {
  const session = await openInFakeExcel();
  const { page } = session;
  try {
    const count = async () => Number((await page.textContent("#result-count"))!.match(/\d+/)![0]);
    const all = await count();
    await page.click("#filters summary");
    await page.selectOption("#filter-level", "national");
    const national = await count();
    expect(national).toBeLessThan(all);
    await page.selectOption("#filter-city", "yantai");
    const yantaiNational = await count();
    expect(yantaiNational).toBeLessThan(national);
    expect(yantaiNational).toBeGreaterThan(0);
    for (const meta of await page.locator("#results .meta").allTextContents())
      expect(meta).toContain("国家级");
    await page.selectOption("#filter-level", "");
    await page.selectOption("#filter-batch", "provincial-future-industry#1");
    expect(await count()).toBeGreaterThan(0);
    for (const meta of await page.locator("#results .meta").allTextContents())
      expect(meta).toContain("未来产业集群");
    await page.click("#clear-filters");
    expect(await count()).toBe(all);
    expect(session.errors).toEqual([]);
  } finally {
    await session.close();
  }
});

test("a cluster opens its detail with figures stated honestly, enterprises and sources; back returns focus", async () => {
  const session = await openInFakeExcel();
  const { page } = session;
  try {
    await page.fill("#search", "ns1-jinan-it-services");
    await page.click('[data-cluster="ns1-jinan-it-services"]');
    const detail = page.locator("#detail");
    await detail.waitFor();
    expect(await detail.locator("h2").textContent()).toBe("济南市信息技术服务产业集群");
    const text = (await detail.textContent())!;
    expect(text).toContain("170余家");
    expect(text).toContain("龙头企业");
    expect(text).toContain("src-002");
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H2");
    await page.click("#back");
    expect(
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.cluster)
    ).toBe("ns1-jinan-it-services");
    expect(session.errors).toEqual([]);
  } finally {
    await session.close();
  }
});

test("coverage shows stated totals beside named members and what is left unnamed", async () => {
  const session = await openInFakeExcel();
  const { page } = session;
  try {
    await page.click("#tab-coverage");
    await page.locator("#panel-coverage .card").first().waitFor();
    const coverage = page.locator("#panel-coverage");
    await coverage.waitFor();
    const text = (await coverage.textContent())!;
    expect(text).toContain("山东省中小企业特色产业集群");
    expect(text).toMatch(/未点名 \d+/);
    expect(await coverage.locator("table").count()).toBeGreaterThanOrEqual(7);
    expect(session.errors).toEqual([]);
  } finally {
    await session.close();
  }
});

test("switching the language changes labels and the inserted headers, and is remembered", async () => {
  const session = await openInFakeExcel({ displayLanguage: "zh-CN" });
  const { page } = session;
  try {
    const functionHeader = () =>
      page.evaluate(() => {
        const registry = (
          window as unknown as {
            CustomFunctions: { previewRegistry: Map<string, (...a: unknown[]) => unknown[][]> };
          }
        ).CustomFunctions.previewRegistry;
        return registry.get("CLUSTERS")!([["烟台"]])[0][0];
      });
    expect(await page.textContent("#tab-browse")).toBe("浏览");
    expect(await functionHeader()).toBe("编号");
    await page.click("#language-switch");
    // The functions run in the same page and follow the pane's language.
    expect(await functionHeader()).toBe("ID");
    expect(await page.textContent("#tab-browse")).toBe("Browse");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("language-switch");
    await page.fill("#search", "yantai");
    expect((await page.locator("#results .name").first().textContent())!).toMatch(/^Yantai /);

    await page.click("#tab-insert");
    await page.selectOption("#header-language", "en");
    await page.check("#place-new-sheet");
    await page.click("#insert-table");
    await page.waitForSelector("#insert-status.success");
    const header = await page.evaluate(() => window.__fakeExcel!.workbook.values("Clusters!A2:C2"));
    expect(header).toEqual([["ID", "Cluster key", "Name"]]);

    await page.reload();
    await page.waitForSelector('[data-mode="excel"]');
    expect(await page.textContent("#tab-browse")).toBe("Browse");
    expect(session.errors).toEqual([]);
  } finally {
    await session.close();
  }
});

test("Excel's display language chooses the pane's language when the user has not", async () => {
  const session = await openInFakeExcel({ displayLanguage: "en-US" });
  try {
    expect(await session.page.textContent("#tab-insert")).toBe("Insert");
    expect(session.errors).toEqual([]);
  } finally {
    await session.close();
  }
});

test("a host without the requirement sets explains why, and the insert buttons are disabled", async () => {
  const session = await openInFakeExcel({ supportedSets: { ExcelApi: "1.3" } });
  const { page } = session;
  try {
    const message = (await page.textContent("#requirements"))!;
    expect(message).toContain("ExcelApi 1.7");
    await page.click("#tab-insert");
    for (const id of ["#insert-table", "#insert-chart", "#insert-comparison"]) {
      expect(await page.isDisabled(id)).toBe(true);
      expect(await page.getAttribute(id, "aria-describedby")).toBe("requirements");
    }
    const calls = await page.evaluate(() => window.__fakeExcel!.log.entries.length);
    expect(calls).toBe(0);
    await page.click("#tab-browse");
    await page.fill("#search", "烟台");
    expect(await page.locator("#results li").count()).toBeGreaterThan(0);
    expect(session.errors).toEqual([]);
  } finally {
    await session.close();
  }
});

test("works from the keyboard: tab order, arrow keys between tabs, Enter opens a cluster", async () => {
  const session = await openInFakeExcel();
  const { page } = session;
  const focused = () =>
    page.evaluate(
      () => document.activeElement?.id || document.activeElement?.getAttribute("data-cluster")
    );
  try {
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("language-switch");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("tab-browse");
    await page.keyboard.press("ArrowRight");
    expect(await focused()).toBe("tab-overview");
    expect(await page.isVisible("#panel-overview")).toBe(true);
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("search");
    await page.keyboard.type("济南");
    await page.keyboard.press("Tab"); // the filters' summary
    await page.keyboard.press("Tab"); // the first result
    const cluster = await focused();
    expect(cluster).toMatch(/jinan/);
    await page.keyboard.press("Enter");
    expect(await page.getAttribute("#detail", "data-cluster")).toBe(cluster);
    // Escape closes the detail view, focus back on the cluster's row.
    await page.keyboard.press("Escape");
    expect(await page.isVisible("#detail")).toBe(false);
    expect(await focused()).toBe(cluster);
    expect(session.errors).toEqual([]);
  } finally {
    await session.close();
  }
});

test("the chosen fields are remembered across sessions", async () => {
  const session = await openInFakeExcel();
  const { page } = session;
  try {
    await page.click("#tab-insert");
    await page.click("#fields summary");
    await page.uncheck("#field-district");
    await page.check("#field-lead");
    await page.reload();
    await page.waitForSelector('[data-mode="excel"]');
    await page.click("#tab-insert");
    expect(await page.isChecked("#field-district")).toBe(false);
    expect(await page.isChecked("#field-lead")).toBe(true);
    expect(session.errors).toEqual([]);
  } finally {
    await session.close();
  }
});
