import { closeBrowser, openPane } from "./harness";

jest.setTimeout(60_000);
afterAll(closeBrowser);

describe("task pane outside Office", () => {
  test("with the real office.js in a plain browser, it starts in preview mode with no error of its own", async () => {
    const session = await openPane({ kind: "real" });
    try {
      await session.page.waitForSelector('[data-mode="preview"]');
      const host = await session.page.evaluate(() =>
        (window as unknown as { Office: typeof Office }).Office.onReady().then((info) => info.host)
      );
      expect(host).toBeNull();
      // Office.js opens its telemetry frame 3 s after load: the CSP must let it, so no
      // "Framing … violates the Content Security Policy" error is logged.
      await session.page.waitForTimeout(4_000);
      expect(await session.page.$$eval("iframe", (frames) => frames.map((f) => f.src))).toEqual(
        expect.arrayContaining([expect.stringContaining("telemetryservice.firstpartyapps")])
      );
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  test("when office.js cannot be loaded (offline), it still starts in preview mode with no error of its own", async () => {
    const session = await openPane({ kind: "offline" });
    try {
      await session.page.waitForSelector('[data-mode="preview"]');
      expect(
        await session.page.evaluate(() => typeof (window as { Office?: unknown }).Office)
      ).toBe("undefined");
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  test("registers every custom function with the runtime's associate call", async () => {
    const session = await openPane({ kind: "offline" });
    try {
      await session.page.waitForSelector('[data-mode="preview"]');
      const ids = await session.page.evaluate(() =>
        Array.from(
          (
            window as unknown as { CustomFunctions: { previewRegistry: Map<string, unknown> } }
          ).CustomFunctions.previewRegistry.keys()
        )
      );
      expect(ids).toEqual(expect.arrayContaining(["CLUSTERS", "CLUSTER", "COUNT", "VERSION"]));
    } finally {
      await session.close();
    }
  });
});
