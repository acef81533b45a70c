/**
 * The search as analysts type it, in the built pane: a compound query, and an unknown word whose
 * suggestions are buttons that replace it. Screenshots in zh-CN and en (test/artifacts/screens).
 */
import { mkdirSync } from "fs";
import path from "path";
import { closeBrowser } from "./harness";
import { openInFakeExcel } from "./pane-session";

jest.setTimeout(120_000);
afterAll(closeBrowser);

const SCREENS = path.resolve(__dirname, "../artifacts/screens");
mkdirSync(SCREENS, { recursive: true });

describe.each([
  ["zh-CN", "烟台 生物医药", "烟太", "烟台", "烟台"],
  ["en", "yantai biomedicine", "yantia", "Yantai", "Yantai"],
])("%s", (language, compound, misspelt, suggestion, corrected) => {
  const openPane = () =>
    openInFakeExcel(
      { displayLanguage: language },
      { locale: language, viewport: { width: 360, height: 720 } }
    );

  test("a compound search, and an unknown word's suggestion replacing it", async () => {
    const session = await openPane();
    const { page } = session;
    try {
      await page.fill("#search", compound);
      const found = await page.textContent("#result-count");
      // AND across dimensions: Yantai's biomedicine records only (typed-queries.test.ts has the ids).
      expect(Number(found!.match(/\d+/)![0])).toBeGreaterThan(0);
      await page.screenshot({ path: path.join(SCREENS, `${language}-search-compound.png`) });

      await page.fill("#search", misspelt);
      const button = page.locator(`#search-problem [data-suggestion="${suggestion}"]`);
      await button.waitFor();
      expect(await page.getAttribute("#search", "aria-invalid")).toBe("true");
      await page.screenshot({ path: path.join(SCREENS, `${language}-search-suggestions.png`) });
      await button.click();
      expect(await page.inputValue("#search")).toBe(corrected);
      expect(Number((await page.textContent("#result-count"))!.match(/\d+/)![0])).toBeGreaterThan(
        0
      );
      expect(await page.locator("#search-problem [data-suggestion]").count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("search");
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  test("a misspelt cluster id among other words, replaced whole by its suggestion", async () => {
    const session = await openPane();
    const { page } = session;
    try {
      await page.fill("#search", "NS1-Jinan-IT-Servics 国家级");
      const button = page.locator('#search-problem [data-suggestion="ns1-jinan-it-services"]');
      await button.waitFor();
      await page.screenshot({ path: path.join(SCREENS, `${language}-search-id-suggestion.png`) });
      await button.click();
      expect(await page.inputValue("#search")).toBe("ns1-jinan-it-services 国家级");
      expect(await page.textContent("#result-count")).toMatch(/\b1\b/);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
