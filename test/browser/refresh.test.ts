/**
 * Refresh in a browser: insert a table with the add-in as built today, add a user column, save
 * the workbook; reopen it with the add-in built on a dataset with one more cluster; refresh from
 * the pane's Workbook tab and from the ribbon command; the new row arrives, the user column survives,
 * and an SD formula shows the new count.
 */
import type { Page } from "playwright-core";
import type { WorkbookSnapshot } from "../support/fake-excel";
import { fakeHost, type FakeHostOptions } from "./fake-host";
import { closeBrowser, openPane, type PaneSession } from "./harness";
import { openInFakeExcel, outcome, values } from "./pane-session";
import { NEW_CLUSTER_ID, NEW_CLUSTER_NAME, UPDATED_VERSION } from "./refresh-dataset";

const { UPDATED_BUILD_DIR } = require("../global-setup.js");

jest.setTimeout(90_000);
afterAll(closeBrowser);

declare global {
  interface Window {
    CustomFunctions?: { previewRegistry: Map<string, (...a: unknown[]) => unknown> };
  }
}

const registerCount = (page: Page) =>
  page.evaluate(() =>
    window.__fakeExcel!.workbook.registerFunction(
      "SD.COUNT",
      window.CustomFunctions!.previewRegistry.get("COUNT")!
    )
  );

const tableRect = (page: Page) =>
  page.evaluate(() => window.__fakeExcel!.workbook.table("SD_t1")!.rect);

let sessions: PaneSession[] = [];
afterEach(async () => {
  for (const s of sessions) {
    expect(s.errors).toEqual([]);
    await s.close();
  }
  sessions = [];
});

test("after an update, refresh brings the new cluster in and keeps the user's column", async () => {
  // Today's add-in: insert 烟台's clusters at B2, add a column of notes, type an SD formula.
  const first = await openInFakeExcel();
  sessions.push(first);
  await first.page.fill("#search", "烟台");
  await first.page.evaluate(() => window.__fakeExcel!.workbook.select("Sheet1!B2"));
  await first.page.click("#tab-insert");
  await first.page.click("#insert-table");
  expect((await outcome(first.page)).kind).toBe("success");
  const before = await tableRect(first.page);
  const rows = before.rowCount - 1;
  // The user's column is the first one right of the table.
  const user = String.fromCharCode(65 + before.column + before.columnCount);
  await first.page.evaluate(
    ({ column, top, rows }) => {
      const workbook = window.__fakeExcel!.workbook;
      // The user's own column: a code kept as text, text that looks like a formula, a relative
      // formula reading its own row's id, then plain notes.
      const typed = (i: number) =>
        i === 0 ? "'00123" : i === 1 ? "'=1+1" : i === 2 ? `=B${top + 3}&"!"` : `note ${i + 1}`;
      const notes = [["备注"], ...Array.from({ length: rows }, (_, i) => [typed(i)])];
      workbook.setValues(`Sheet1!${column}${top}:${column}${top + rows}`, notes);
      // Typing a header next to a table extends it in Excel.
      workbook.table("SD_t1")!.rect.columnCount += 1;
    },
    {
      column: user,
      top: before.row + 1,
      rows,
    }
  );
  await registerCount(first.page);
  await first.page.evaluate(() =>
    window.__fakeExcel!.workbook.setValues("Sheet1!Z1", [['=SD.COUNT("烟台")']])
  );
  const countBefore = (await values(first.page, "Sheet1!Z1"))[0][0] as number;
  const idsBefore = (await values(first.page, `Sheet1!B4:B${3 + rows}`)).map((r) => r[0]);
  const notesBefore = await values(first.page, `Sheet1!${user}4:${user}${3 + rows}`);
  const snapshot = await first.page.evaluate(() => window.__fakeExcel!.save());

  // The updated add-in, reopening the saved workbook.
  const host = fakeHost({ snapshot } as FakeHostOptions & { snapshot: WorkbookSnapshot });
  const second = await openPane(
    { kind: "script", source: (host as { source: string }).source },
    { buildDir: UPDATED_BUILD_DIR }
  );
  sessions.push(second);
  const page = second.page;
  await page.waitForSelector('[data-mode="excel"]');
  await registerCount(page);
  await page.click("#tab-workbook");
  await page.waitForSelector('[data-entry="t-1"][data-current="false"]');
  expect(await page.textContent('[data-entry="t-1"]')).toContain(UPDATED_VERSION);

  await page.click("#refresh-all");
  await page.waitForSelector("#refresh-status.success");
  expect(await page.textContent("#refresh-status")).toContain("新增 1 行");
  await page.waitForSelector('[data-entry="t-1"][data-current="true"]');

  const after = await tableRect(page);
  expect(after.rowCount).toBe(before.rowCount + 1);
  expect(after.columnCount).toBe(before.columnCount + 1);
  const last = (await values(page, `Sheet1!B${4 + rows}:${user}${4 + rows}`))[0];
  expect(last[0]).toBe(NEW_CLUSTER_ID);
  expect(last[2]).toBe(NEW_CLUSTER_NAME);
  expect(last[before.columnCount]).toBe("");
  expect((await values(page, `Sheet1!B4:B${3 + rows}`)).map((r) => r[0])).toEqual(idsBefore);
  expect(await values(page, `Sheet1!${user}4:${user}${3 + rows}`)).toEqual(notesBefore);
  const userCells = await page.evaluate(
    (user) => [4, 5, 6].map((r) => window.__fakeExcel!.workbook.cell(`Sheet1!${user}${r}`)),
    user
  );
  expect(userCells[0]).toMatchObject({ value: "00123", quotePrefix: true });
  expect(userCells[1]).toMatchObject({ value: "=1+1", quotePrefix: true });
  expect(userCells[1]!.formula).toBeUndefined();
  expect(userCells[2]!.formula).toBe('=B6&"!"');
  expect((await values(page, "Sheet1!B2"))[0][0]).toContain(UPDATED_VERSION);
  expect((await values(page, "Sheet1!Z1"))[0][0]).toBe(countBefore + 1);

  // The ribbon's Refresh all runs the same refresh and completes; nothing more to add.
  await page.evaluate(() =>
    (window.Office as unknown as { actions: { invoke(id: string): Promise<void> } }).actions.invoke(
      "refreshAll"
    )
  );
  expect(await page.textContent("#refresh-status")).toContain("新增 0 行");
  expect((await tableRect(page)).rowCount).toBe(after.rowCount);
});
