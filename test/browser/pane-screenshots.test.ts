/**
 * Screenshots of the pane for review (test/artifacts/screens, git-ignored): every tab, zh-CN and en, light
 * and dark (Office's dark theme, and a browser that prefers dark), 320 and 360 px wide. Each
 * also checks that nothing runs wider than the pane, which would need sideways scrolling.
 */
import { mkdirSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { closeBrowser, openPane } from "./harness";
import { openInFakeExcel, outcome } from "./pane-session";

jest.setTimeout(120_000);
afterAll(closeBrowser);

const SCREENS = path.resolve(__dirname, "../artifacts/screens");
mkdirSync(SCREENS, { recursive: true });

async function noSidewaysScroll(page: Page): Promise<void> {
  const [scroll, width] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  expect(scroll).toBeLessThanOrEqual(width);
}

async function shoot(page: Page, name: string): Promise<void> {
  await noSidewaysScroll(page);
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`) });
}

const OFFICE_DARK = "#262626";

describe.each([
  ["zh-CN", "烟台"],
  ["en", "yantai"],
])("%s", (language, search) => {
  test.each([
    ["light", 320],
    ["light", 360],
    ["dark", 320],
    ["dark", 360],
  ] as const)(
    "%s at %i px: browse, detail, insert, coverage and workbook",
    async (theme, width) => {
      const session = await openInFakeExcel(
        {
          displayLanguage: language,
          ...(theme === "dark" ? { bodyBackgroundColor: OFFICE_DARK } : {}),
        },
        { locale: language, viewport: { width, height: 720 } }
      );
      const { page } = session;
      try {
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        const name = `${language}-${theme}-${width}`;
        await page.fill("#search", search);
        await page.click("#filters summary");
        await shoot(page, `${name}-browse`);
        await page.locator("#results button").first().click();
        await shoot(page, `${name}-detail`);
        await page.click("#tab-insert");
        await page.click("#fields summary");
        await shoot(page, `${name}-insert`);
        await page.click("#tab-coverage");
        await page.locator("#panel-coverage .card").first().waitFor();
        await shoot(page, `${name}-coverage`);
        await page.click("#tab-insert");
        await page.click("#insert-table");
        expect((await outcome(page)).kind).toBe("success");
        await page.click("#tab-workbook");
        await page.waitForSelector('[data-entry="t-1"]');
        await shoot(page, `${name}-workbook`);
        if (theme === "light" && width === 360) {
          // Per-table outcomes: a second table whose note the user overwrote is not touched.
          await page.evaluate(() => window.__fakeExcel!.workbook.select("Sheet1!P1"));
          await page.click("#tab-insert");
          await page.click("#insert-table");
          expect((await outcome(page)).kind).toBe("success");
          await page.evaluate(() =>
            window.__fakeExcel!.workbook.setValues("Sheet1!P1", [["我的说明"]])
          );
          await page.click("#tab-workbook");
          await page.click("#refresh-all");
          await page.waitForSelector("#refresh-status.warning");
          const report = await page.textContent("#refresh-status");
          expect(report).toContain("SD_t1");
          expect(report).toContain("SD_t2");
          await shoot(page, `${name}-refresh`);
        }
        expect(session.errors).toEqual([]);
      } finally {
        await session.close();
      }
    }
  );
});

test("outside Office a browser that prefers dark gets the dark theme", async () => {
  const session = await openPane({ kind: "offline" }, { viewport: { width: 360, height: 720 } });
  const { page } = session;
  try {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.waitForSelector('[data-mode="preview"]');
    await page.waitForFunction(() => document.documentElement.dataset.theme === "dark");
    await page.click("#tab-insert");
    await shoot(page, "zh-CN-preview-dark-360-insert");
    expect(session.errors).toEqual([]);
  } finally {
    await session.close();
  }
});
