/**
 * The ES5 check that runs first on the page: where the language features the bundles need are
 * missing (Internet Explorer 11 when WebView2 is absent), it replaces the pane with a message
 * naming the supported Excel versions, in Chinese and English. Here Chromium is made to lack
 * one such feature before any script of the page runs.
 */
import { closeBrowser, openPane } from "./harness";

jest.setTimeout(60_000);
afterAll(closeBrowser);

describe("a host that cannot run the bundles", () => {
  test("shows the supported versions in both languages instead of a blank pane", async () => {
    const session = await openPane(
      { kind: "offline" },
      { initScript: "delete Promise.allSettled; delete Object.fromEntries;" }
    );
    try {
      const box = await session.page.waitForSelector("#unsupported");
      const text = await box.innerText();
      expect(text).toContain("此版本的 Office 无法运行齐鲁产业集群");
      expect(text).toContain("Excel 2021 或更高版本");
      expect(text).toContain("This version of Office cannot run Qilu Clusters");
      expect(text).toContain("Excel on the web");
      expect(await session.page.$("#app")).toBeNull();
      await session.page.screenshot({ path: "test/artifacts/screens/es5-unsupported.png" });
    } finally {
      await session.close();
    }
  });

  test("a current browser never sees the message", async () => {
    const session = await openPane({ kind: "offline" });
    try {
      await session.page.waitForSelector('[data-mode="preview"]');
      expect(await session.page.$("#unsupported")).toBeNull();
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
