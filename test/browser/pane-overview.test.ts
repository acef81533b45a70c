/**
 * The Overview tab in a fake Excel: the city map follows the pane's filter and clicking a city
 * (or pressing Enter on it) filters the pane; the timeline lists every year and the unknown year.
 * Screenshots of the tab in both languages, both themes, 320 and 360 px (test/artifacts/screens).
 */
import { mkdirSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import type { Dataset } from "../../src/data/types";
import data from "../../src/data/clusters.json";
import { closeBrowser } from "./harness";
import { openInFakeExcel } from "./pane-session";

jest.setTimeout(120_000);
afterAll(closeBrowser);

const SCREENS = path.resolve(__dirname, "../artifacts/screens");
mkdirSync(SCREENS, { recursive: true });
const OFFICE_DARK = "#262626";
const dataset = data as unknown as Dataset;

const count = async (page: Page) =>
  Number((await page.textContent("#result-count"))!.match(/\d+/)![0]);

test("clicking a city filters the pane by it; clicking it again clears the filter", async () => {
  const session = await openInFakeExcel();
  const { page } = session;
  try {
    const all = await count(page);
    await page.click("#tab-overview");
    const yantai = page.locator('#city-map path[data-city="yantai"]');
    await yantai.waitFor();
    expect(await yantai.getAttribute("aria-label")).toMatch(/^烟台：\d+ 个集群$/);
    const shownCount = Number((await yantai.getAttribute("aria-label"))!.match(/\d+/)![0]);
    await yantai.click();
    expect(await yantai.getAttribute("aria-pressed")).toBe("true");
    expect(await page.textContent("#map-selection")).toContain("烟台");
    await page.click("#tab-browse");
    expect(await page.inputValue("#filter-city")).toBe("yantai");
    // The oracle: the dataset's records that name 烟台 as their city or one of their cities.
    const records = dataset.clusters.filter(
      (c) => c.city === "yantai" || c.cities.includes("yantai")
    );
    expect(await count(page)).toBe(records.length);
    expect(shownCount).toBe(new Set(records.map((c) => c.key)).size);

    await page.click("#tab-overview");
    await yantai.click();
    expect(await yantai.getAttribute("aria-pressed")).toBe("false");
    await page.click("#tab-browse");
    expect(await page.inputValue("#filter-city")).toBe("");
    expect(await count(page)).toBe(all);
    expect(session.errors).toEqual([]);
  } finally {
    await session.close();
  }
});

test("the map follows the search, a city is reached and chosen by keyboard", async () => {
  const session = await openInFakeExcel({ displayLanguage: "en" }, { locale: "en" });
  const { page } = session;
  try {
    await page.fill("#search", "biomedicine");
    await page.click("#tab-overview");
    const label = (id: string) =>
      page.locator(`#city-map path[data-city="${id}"]`).getAttribute("aria-label");
    await page.locator("#city-map").waitFor();
    expect(await label("jinan")).toMatch(/^Jinan: \d+ clusters?$/);
    const total = (
      await Promise.all(
        (await page.locator("#city-map path[data-city]").all()).map((p) =>
          p.getAttribute("aria-label")
        )
      )
    ).reduce((sum, text) => sum + Number(text!.match(/\d+/)![0]), 0);
    expect(total).toBeGreaterThan(0);
    // Every record of the search is in some city's count; nothing is drawn for no city.
    expect(total).toBeLessThanOrEqual(await count(page));
    await page.focus('#city-map path[data-city="qingdao"]');
    await page.keyboard.press("Enter");
    expect(
      await page.locator('#city-map path[data-city="qingdao"]').getAttribute("aria-pressed")
    ).toBe("true");
    expect(await page.locator(".map-focus").isVisible()).toBe(true);
    expect(session.errors).toEqual([]);
  } finally {
    await session.close();
  }
});

test("the timeline lists years in order and the unknown year, with totals adding up", async () => {
  const session = await openInFakeExcel();
  const { page } = session;
  try {
    const all = await count(page);
    await page.click("#tab-overview");
    await page.locator("#timeline").waitFor();
    const years = await page
      .locator("#timeline tbody tr")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-year")));
    expect(years[years.length - 1]).toBe("unknown");
    const known = years.slice(0, -1) as string[];
    expect(known).toEqual([...known].sort());
    const totals = (await page.locator("#timeline td.num").allTextContents()).map(Number);
    expect(totals.reduce((a, b) => a + b, 0)).toBe(all);
    expect(session.errors).toEqual([]);
  } finally {
    await session.close();
  }
});

// A host the pane can insert in has ExcelApi 1.13, so 1.9 too; the column fallback is in
// test/excel/map-chart.test.ts.
test("insert map writes the city table on a new sheet with a filled map", async () => {
  const session = await openInFakeExcel();
  const { page } = session;
  try {
    await page.click("#tab-overview");
    await page.click("#insert-map");
    await page.waitForSelector("#map-insert-status.success");
    expect(await page.textContent("#map-insert-status")).toContain("（填色地图）");
    const sheet = await page.evaluate(() =>
      window.__fakeExcel!.workbook.sheets.map((s) => ({
        name: s.name,
        charts: s.charts.map((c) => c.chartType),
      }))
    );
    expect(sheet).toContainEqual({ name: "集群地图", charts: ["RegionMap"] });
    const cities = await page.evaluate(() => window.__fakeExcel!.workbook.values("集群地图!A2:B3"));
    expect(cities[0]).toEqual(["城市", "集群数（不重复）"]);
    expect(session.errors).toEqual([]);
  } finally {
    await session.close();
  }
});

describe.each(["zh-CN", "en"])("%s", (language) => {
  test.each([
    ["light", 320],
    ["light", 360],
    ["dark", 320],
    ["dark", 360],
  ] as const)("overview screenshots, %s at %i px", async (theme, width) => {
    const session = await openInFakeExcel(
      {
        displayLanguage: language,
        ...(theme === "dark" ? { bodyBackgroundColor: OFFICE_DARK } : {}),
      },
      { locale: language, viewport: { width, height: 1100 } }
    );
    const { page } = session;
    try {
      await page.click("#tab-overview");
      await page.locator("#timeline").waitFor();
      await page.focus('#city-map path[data-city="weifang"]');
      const [scroll, inner] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        window.innerWidth,
      ]);
      expect(scroll).toBeLessThanOrEqual(inner);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({
        path: path.join(SCREENS, `${language}-${theme}-${width}-overview.png`),
        fullPage: true,
      });
      // No two cities' labels (name and count) overlap, the narrow pane's crowded north included.
      const boxes = await page.$$eval("#city-map .map-labels text", (texts) =>
        texts.map((t) => {
          const r = t.getBoundingClientRect();
          return {
            city: t.textContent,
            left: r.left,
            right: r.right,
            top: r.top,
            bottom: r.bottom,
          };
        })
      );
      expect(boxes.length).toBe(16);
      const overlapping = boxes.flatMap((a, i) =>
        boxes
          .slice(i + 1)
          .filter(
            (b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
          )
          .map((b) => `${a.city} / ${b.city}`)
      );
      expect(overlapping).toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
