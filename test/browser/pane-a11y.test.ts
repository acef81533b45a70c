/**
 * Accessibility in the built pane: axe-core (WCAG 2.0/2.1 A and AA rules) over every state of
 * the pane (each tab, the detail view, the search error with its suggestions, an insert's
 * outcome, the preview's export) in both languages and both themes, with 0 violations; and a
 * keyboard walk that reaches every control of each tab with Tab and sees a focus ring on each.
 */
import { readFileSync } from "fs";
import type { Page } from "playwright-core";
import { closeBrowser, openPane } from "./harness";
import { openInFakeExcel, outcome } from "./pane-session";

jest.setTimeout(180_000);
afterAll(closeBrowser);

const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const OFFICE_DARK = "#262626";

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** axe's violations of the WCAG 2.0 / 2.1 A and AA rules on the page as it is now. */
async function violations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: Violation[] }> } }
    ).axe;
    const result = await axe.run({
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations;
  });
  return found.map(
    (v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`
  );
}

describe.each(["zh-CN", "en"])("%s", (language) => {
  test.each(["light", "dark"])("axe finds no violation in any state, %s theme", async (theme) => {
    const session = await openInFakeExcel(
      {
        displayLanguage: language,
        ...(theme === "dark" ? { bodyBackgroundColor: OFFICE_DARK } : {}),
      },
      { locale: language }
    );
    const { page } = session;
    const seen: Record<string, string[]> = {};
    const check = async (state: string) => (seen[state] = await violations(page));
    try {
      await check("browse");
      await page.click("#filters summary");
      await page.fill("#search", language === "en" ? "yantai" : "烟台");
      await check("browse, filtered");
      await page.fill("#search", language === "en" ? "yantia" : "烟太");
      await page.waitForSelector("#search-problem [data-suggestion]");
      await check("search error with suggestions");
      await page.fill("#search", language === "en" ? "yantai" : "烟台");
      await page.locator("#results button").first().click();
      await check("detail");
      await page.keyboard.press("Escape");
      await page.click("#tab-overview");
      await page.locator("#timeline").waitFor();
      await check("overview");
      await page.locator('#city-map path[data-city="yantai"]').click();
      await check("overview, city chosen");
      await page.click("#tab-insert");
      await page.click("#fields summary");
      await check("insert");
      await page.click("#insert-table");
      await outcome(page);
      await check("insert, inserted");
      await page.click("#tab-coverage");
      await page.locator("#panel-coverage .card").first().waitFor();
      await check("coverage");
      await page.click("#tab-workbook");
      await page.waitForSelector('[data-entry="t-1"]');
      await check("workbook");
      expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((k) => [k, []])));
      expect(Object.keys(seen)).toHaveLength(10);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  test.each(["light", "dark"])("axe finds no violation in preview mode, %s", async (theme) => {
    const session = await openPane({ kind: "offline" }, { locale: language });
    const { page } = session;
    try {
      await page.emulateMedia({ colorScheme: theme === "dark" ? "dark" : "light" });
      await page.waitForSelector('[data-mode="preview"]');
      await page.click("#tab-insert");
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.click("#export-csv"),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      await page.waitForSelector("#insert-status.success");
      expect(await violations(page)).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

/** What marks the focused element: its outline, or for a city the ring drawn over the map. */
async function focusShown(page: Page): Promise<{ what: string; ring: boolean }> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement;
    const what = `${active.tagName.toLowerCase()}#${active.id}${active.dataset.city ? `[${active.dataset.city}]` : ""}`;
    if (active.dataset.city) {
      const ring = document.querySelector<SVGPathElement>(".map-focus")!;
      return {
        what,
        ring:
          getComputedStyle(ring).display !== "none" &&
          ring.getAttribute("d") === active.getAttribute("d"),
      };
    }
    const style = getComputedStyle(active);
    return { what, ring: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2 };
  });
}

test.each(["browse", "overview", "insert", "coverage", "workbook"])(
  "Tab reaches every control of %s with a visible focus ring",
  async (tab) => {
    const session = await openInFakeExcel();
    const { page } = session;
    try {
      await page.click(`#tab-${tab}`);
      if (tab === "browse") await page.click("#filters summary");
      if (tab === "overview") await page.locator("#timeline").waitFor();
      if (tab === "coverage") await page.locator("#panel-coverage .card").first().waitFor();
      if (tab === "insert") await page.click("#fields summary");
      // Every control a pointer could use in the open tab and the header, numbered.
      const controls = await page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLElement>(
            "header button, [role=tab][aria-selected=true], [role=tabpanel]:not([hidden]) :is(button, input, select, summary, a[href], [tabindex='0'])"
          ),
        ]
          // A radio group is one Tab stop (arrow keys move within it): its checked radio.
          .filter((e) => !e.matches("input[type=radio]:not(:checked)"))
          .filter((e) => e.getClientRects().length > 0 && !(e as HTMLButtonElement).disabled)
          .map((e, i) => {
            e.dataset.kb = String(i);
            return `${e.tagName.toLowerCase()}#${e.id}${e.dataset.city ?? ""} ${e.textContent?.slice(0, 20)}`;
          })
      );
      // The walk starts at the first control (the language switch), as a Tab from the address bar would.
      await page.keyboard.press("Shift+Tab");
      await page.focus("#language-switch");
      const reached = new Set<string>(["0"]);
      const noRing: string[] = [];
      for (let i = 0; i < controls.length + 2; i++) {
        await page.keyboard.press("Tab");
        const { what, ring } = await focusShown(page);
        if (what.startsWith("body")) break;
        const index = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.kb);
        if (index !== undefined) reached.add(index);
        if (!ring) noRing.push(what);
      }
      expect(noRing).toEqual([]);
      expect(controls.filter((_, i) => !reached.has(String(i)))).toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  }
);
