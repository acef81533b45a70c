/**
 * The browser entry must bundle without Node built-ins and install the globals a page
 * expects. esbuild (already present as tsx's engine) bundles it for a browser target;
 * the bundle then runs in a bare VM context holding only what a browser would provide.
 */
import { buildSync } from "esbuild";
import * as path from "path";
import * as vm from "vm";

describe("browser bundle", () => {
  it("bundles for the browser and installs Excel, Office and __fakeExcel on window", async () => {
    const result = buildSync({
      entryPoints: [path.join(__dirname, "../fake-excel/browser.ts")],
      bundle: true,
      platform: "browser",
      format: "iife",
      write: false,
    });
    const window: Record<string, unknown> = { __fakeExcelOptions: { displayLanguage: "en-US" } };
    vm.runInNewContext(result.outputFiles[0].text, { window, TextEncoder, Promise });
    const fake = window.__fakeExcel as { workbook: { values(a: string): unknown } };
    const office = window.Office as { context: { displayLanguage: string } };
    expect(office.context.displayLanguage).toBe("en-US");
    const excel = window.Excel as {
      run: (b: (c: Excel.RequestContext) => Promise<void>) => Promise<void>;
    };
    await excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [["from the page"]];
      await context.sync();
    });
    expect(fake.workbook.values("A1")).toEqual([["from the page"]]);
  });
});
