/**
 * Opening the built pane against the fake Excel host, and reading the fake's workbook from the
 * page, for the pane's browser tests.
 */
import type { Page } from "playwright-core";
import type { FakeExcel } from "../support/fake-excel";
import { fakeHost, type FakeHostOptions } from "./fake-host";
import { openPane, type PaneSession } from "./harness";

declare global {
  interface Window {
    __fakeExcel?: FakeExcel;
  }
}

export interface FakeView {
  syncCount: number;
  roundTrips: number;
}

/** The pane in a fake Excel, started (Office ready, registry read). */
export async function openInFakeExcel(
  options: FakeHostOptions = {},
  pane: Parameters<typeof openPane>[1] = {}
): Promise<PaneSession> {
  const session = await openPane(fakeHost(options), pane);
  await session.page.waitForSelector('[data-mode="excel"]');
  return session;
}

/** Syncs the fake has counted so far. */
export function syncs(page: Page): Promise<FakeView> {
  return page.evaluate(() => {
    const log = window.__fakeExcel!.log;
    return { syncCount: log.syncCount, roundTrips: log.roundTrips };
  });
}

/** Values of a range of the fake workbook, e.g. "Sheet1!B2:D4". */
export function values(page: Page, address: string): Promise<unknown[][]> {
  return page.evaluate((a) => window.__fakeExcel!.workbook.values(a), address);
}

export function formulas(page: Page, address: string): Promise<unknown[][]> {
  return page.evaluate((a) => window.__fakeExcel!.workbook.formulasAt(a), address);
}

export function sheetNames(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__fakeExcel!.workbook.sheets.map((s) => s.name));
}

export function tables(
  page: Page
): Promise<{ name: string; sheet: string; rect: unknown; style: string }[]> {
  return page.evaluate(() =>
    window.__fakeExcel!.workbook.tables.map((t) => ({
      name: t.name,
      sheet: t.sheet.name,
      rect: t.rect,
      style: t.style,
    }))
  );
}

/** Waits for the insert status to report an outcome (anything but "working"). */
export async function outcome(page: Page): Promise<{ kind: string; text: string }> {
  const status = page.locator("#insert-status");
  await page.waitForSelector(
    "#insert-status.success, #insert-status.warning, #insert-status.error"
  );
  const className = (await status.getAttribute("class")) ?? "";
  return {
    kind: className.replace("message", "").trim(),
    text: (await status.textContent()) ?? "",
  };
}
