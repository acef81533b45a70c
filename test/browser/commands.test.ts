/**
 * The ribbon's Refresh all on Excel versions that lack what a refresh needs: the command still
 * completes, nothing in the workbook changes, and the pane says which requirement is missing.
 */
import { closeBrowser, type PaneSession } from "./harness";
import { openInFakeExcel } from "./pane-session";

jest.setTimeout(60_000);
afterAll(closeBrowser);

let session: PaneSession | undefined;
afterEach(async () => {
  expect(session?.errors).toEqual([]);
  await session?.close();
  session = undefined;
});

const clickRefreshAll = (s: PaneSession) =>
  s.page.evaluate(() =>
    (window.Office as unknown as { actions: { invoke(id: string): Promise<void> } }).actions.invoke(
      "refreshAll"
    )
  );

test.each([
  ["zh-CN", "1.12", "此版本的 Excel 无法刷新本加载项插入的表格（缺少 ExcelApi 1.13）"],
  [
    "en-US",
    "1.12",
    "This version of Excel cannot refresh the tables this add-in inserted (it lacks ExcelApi 1.13)",
  ],
])(
  "%s, ExcelApi %s: Refresh all answers and the pane says what is missing",
  async (language, api, text) => {
    session = await openInFakeExcel({
      displayLanguage: language,
      supportedSets: { ExcelApi: api },
    });
    const before = await session.page.evaluate(() => window.__fakeExcel!.log.syncCount);
    await clickRefreshAll(session);
    expect(await session.page.textContent("#requirements")).toContain(text);
    expect(await session.page.evaluate(() => window.__fakeExcel!.log.syncCount)).toBe(before);
    await session.page.screenshot({
      path: `test/artifacts/screens/refresh-unsupported-${language}.png`,
    });
  }
);

test("without the insert requirement the pane keeps its own explanation and the command completes", async () => {
  session = await openInFakeExcel({ supportedSets: { ExcelApi: "1.4" } });
  await clickRefreshAll(session);
  expect(await session.page.textContent("#requirements")).toContain("缺少 ExcelApi 1.7");
});
