/**
 * The behaviours of EXCEL-BEHAVIOUR.md ("Added after a review …") that decide whether a refresh
 * damages a workbook. Each test does what the add-in's guard prevents, and shows the fake fails or
 * transforms the cell exactly where Excel does, so that removing the guard fails the scenario.
 */
import { fakeExcel, rejection } from "./helpers";

describe("the quote prefix (#6687)", () => {
  it("is cell state: read without the apostrophe, lost when what was read is written back", async () => {
    const { run, workbook } = fakeExcel();
    workbook.setValues("A1:A3", [["'00123"], ["'=1+1"], ["'+86 531 8888"]]);
    expect(workbook.cell("A1")).toMatchObject({ value: "00123", quotePrefix: true });
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A3");
      range.load("formulas");
      await context.sync();
      expect(range.formulas).toEqual([["00123"], ["=1+1"], ["+86 531 8888"]]);
      range.formulas = range.formulas; // the old refresh's write-back
      await context.sync();
    });
    expect(workbook.cell("A1")).toMatchObject({ value: 123 });
    expect(workbook.cell("A1")!.quotePrefix).toBeUndefined();
    expect(workbook.cell("A2")!.formula).toBe("=1+1");
    expect(workbook.cell("A3")!.formula).toBe("=+86 531 8888");
  });

  it("survives a write of null (Excel: leave the cell as it is)", async () => {
    const { run, workbook } = fakeExcel();
    workbook.setValues("A1", [["'00123"]]);
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[null, 5]] as never;
      await context.sync();
    });
    expect(workbook.cell("A1")).toMatchObject({ value: "00123", quotePrefix: true });
  });
});

describe("references move only when Excel moves cells", () => {
  it("a delete rebases formulas that point below it and makes #REF! of those into it", async () => {
    const { run, workbook } = fakeExcel({ sheetNames: ["Sheet1", "Sheet2"] });
    workbook.setValues("Sheet1!E1:E3", [['=B6&"!"'], ["=B4"], ["=SUM(B4:B6)"]]);
    workbook.setValues("Sheet2!A1", [["=Sheet1!B6"]]);
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B4:C4").delete("Up");
      await context.sync();
    });
    expect(workbook.formulasAt("Sheet1!E1:E3")).toEqual([['=B5&"!"'], ["=#REF!"], ["=SUM(B4:B5)"]]);
    expect(workbook.formulasAt("Sheet2!A1")).toEqual([["=Sheet1!B5"]]);
  });

  it("an insert of whole rows rebases every column; rewriting text rebases nothing", async () => {
    const { run, workbook } = fakeExcel();
    workbook.setValues("E1:F1", [["=B6", "=$Z$9"]]);
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B5:C6").getEntireRow().insert("Down");
      await context.sync();
    });
    expect(workbook.formulasAt("E1:F1")).toEqual([["=B8", "=$Z$11"]]);
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B8").values = [["moved text"]];
      await context.sync();
    });
    expect(workbook.formulasAt("E1")).toEqual([["=B8"]]);
  });
});

describe("tables, protection, merged cells, payload limits", () => {
  it("getDataBodyRange leaves out the totals row", async () => {
    const { run, workbook } = fakeExcel();
    workbook.setValues("A1:A4", [["h"], [1], [2], ["total"]]);
    const table = workbook.addTable("A1:A4", { name: "T" });
    table.showTotals = true;
    await run(async (context) => {
      const body = context.workbook.tables.getItem("T").getDataBodyRange();
      body.load("address");
      await context.sync();
      expect(body.address).toBe("Sheet1!A2:A3");
    });
  });

  it("a protected sheet refuses writes, inserts and resizes with AccessDenied", async () => {
    const { run, workbook } = fakeExcel();
    workbook.protectSheet("Sheet1");
    const write = run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.protection.load("protected");
      await context.sync();
      expect(sheet.protection.protected).toBe(true);
      sheet.getRange("A1").values = [["x"]];
      await context.sync();
    });
    expect(await rejection(write)).toMatchObject({ code: "AccessDenied" });
    const insert = run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").insert("Down");
      await context.sync();
    });
    expect(await rejection(insert)).toMatchObject({ code: "AccessDenied" });
  });

  it("merged cells crossing the shifted columns forbid the shift; whole rows pass", async () => {
    const { run, workbook } = fakeExcel();
    workbook.setValues("A9", [["merged"]]);
    workbook.merge("A9:C9");
    const shear = run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B5:D5").insert("Down");
      await context.sync();
    });
    expect(await rejection(shear)).toMatchObject({ code: "InvalidOperation" });
    await run(async (context) => {
      const merged = context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("B6:D20")
        .getMergedAreasOrNullObject();
      merged.load("address");
      context.workbook.worksheets.getItem("Sheet1").getRange("B5:D5").getEntireRow().insert("Down");
      await context.sync();
      expect(merged.address).toBe("Sheet1!A9:C9");
    });
    expect(workbook.sheets[0].merged).toEqual([{ row: 9, column: 0, rowCount: 1, columnCount: 3 }]);
  });

  it("a response over 5 MB is refused (ResponsePayloadSizeLimitExceeded), counted in UTF-8 bytes", async () => {
    const { run, workbook } = fakeExcel();
    // 1,000 cells of 2,000 Chinese characters: 2 million UTF-16 units but 6 MB of UTF-8.
    workbook.setValues(
      "A1:A1000",
      Array.from({ length: 1000 }, () => ["集".repeat(2000)])
    );
    const read = run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A1000");
      range.load("values");
      await context.sync();
    });
    expect(await rejection(read)).toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
});
