/**
 * The preview's .xlsx download in the built pane, under its CSP: the Export tab loads the writer
 * only when asked, downloads a workbook of the current result and says so; LibreOffice reads it
 * with the note, the same header and one row per record.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { convert } from "../support/libreoffice";
import { closeBrowser, openPane } from "./harness";

jest.setTimeout(120_000);
afterAll(closeBrowser);

test("Export downloads an .xlsx of the current result, loading the writer only then", async () => {
  const session = await openPane({ kind: "offline" });
  const { page } = session;
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  try {
    await page.waitForSelector('[data-mode="preview"]');
    await page.fill("#search", "烟台");
    const count = Number((await page.textContent("#result-count"))!.match(/\d+/)![0]);
    expect(await page.textContent("#tab-insert")).toBe("导出");
    await page.click("#tab-insert");
    const before = scripts.length;
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("#export-xlsx"),
    ]);
    expect(scripts.length).toBeGreaterThan(before);
    expect(download.suggestedFilename()).toMatch(/^齐鲁产业集群-.+\.xlsx$/);
    await page.waitForSelector("#insert-status.success");
    expect(await page.textContent("#insert-status")).toContain(`已导出 ${count} 条记录`);
    expect(await page.getAttribute("#insert-status", "role")).toBe("status");

    const dir = mkdtempSync(path.join(os.tmpdir(), "qilu-pane-xlsx-"));
    const file = path.join(dir, "export.xlsx");
    writeFileSync(file, readFileSync((await download.path())!));
    const lines = readFileSync(
      convert(file, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true", "csv", dir),
      "utf8"
    )
      .split("\n")
      .filter(Boolean);
    expect(lines[0]).toMatch(/^"?齐鲁产业集群 数据版本/);
    expect(lines[1]).toBe(
      "编号,集群键,名称,城市,区县,产业,级别,类别,批次,年份,公布日期,日期精度,状态"
    );
    expect(lines).toHaveLength(count + 2);
    // No CSP violation (eval, inline script) or other error while the writer ran.
    expect(session.errors).toEqual([]);
  } finally {
    await session.close();
  }
});
