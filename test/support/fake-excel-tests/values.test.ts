import { fakeExcel, rejection } from "./helpers";

describe("range values, formulas and limits", () => {
  it("rejects a values array of the wrong size at sync, not at assignment", async () => {
    const { run, workbook } = fakeExcel();
    let assigned = false;
    const error = await rejection(
      run(async (context) => {
        const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1:C2");
        range.values = [
          [1, 2],
          [3, 4],
        ];
        assigned = true;
        await context.sync();
      })
    );
    expect(assigned).toBe(true);
    expect(error).toMatchObject({
      name: "RichApi.Error",
      code: "InvalidArgument",
      message:
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    });
    expect(error.debugInfo.errorLocation).toBe("Range.values");
    expect(workbook.values("A1:C2")).toEqual([
      ["", "", ""],
      ["", "", ""],
    ]);
  });

  it("fills a multi-cell range from a scalar or a 1×1 array", async () => {
    const { run, workbook } = fakeExcel();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      (sheet.getRange("A1:B2") as unknown as { values: unknown }).values = 7;
      sheet.getRange("C1:C2").values = [["x"]];
      await context.sync();
    });
    expect(workbook.values("A1:C2")).toEqual([
      [7, 7, "x"],
      [7, 7, "x"],
    ]);
  });

  it("interprets written strings as Excel does when typing them", async () => {
    const { run, workbook } = fakeExcel();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("A1:H1").values = [
        ["=SUM(B2:B3)", "+A1", "-abc", "-5", "'=literal", "42", "true", "plain"],
      ];
      sheet.getRange("A2").numberFormat = [["@"]];
      sheet.getRange("A2").values = [["=kept as text"]];
      await context.sync();
    });
    expect(workbook.formulasAt("A1:H1")).toEqual([
      ["=SUM(B2:B3)", "=+A1", "=-abc", -5, "=literal", 42, true, "plain"],
    ]);
    expect(workbook.cell("A1")?.formula).toBe("=SUM(B2:B3)");
    expect(workbook.cell("E1")?.formula).toBeUndefined();
    expect(workbook.values("A2")).toEqual([["=kept as text"]]);
  });

  it("returns formulas through range.formulas and constants as themselves", async () => {
    const { run, workbook } = fakeExcel();
    workbook.setValues("A1:B1", [["=B1*2", 3]]);
    const formulas = await run(async (context) => {
      const range = context.workbook.worksheets
        .getActiveWorksheet()
        .getRange("A1:B1")
        .load("formulas");
      await context.sync();
      return range.formulas;
    });
    expect(formulas).toEqual([["=B1*2", 3]]);
  });

  it("rejects addresses past the last row or column with InvalidArgument", async () => {
    const { run } = fakeExcel();
    const tooLow = await rejection(
      run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1048577").load("address");
        await context.sync();
      })
    );
    expect(tooLow.code).toBe("InvalidArgument");
    const tooWide = await rejection(
      run(async (context) => {
        context.workbook.worksheets
          .getActiveWorksheet()
          .getRangeByIndexes(0, 16_383, 1, 2)
          .load("address");
        await context.sync();
      })
    );
    expect(tooWide.code).toBe("InvalidArgument");
  });

  it("refuses text longer than 32,767 characters in a cell", async () => {
    const { run } = fakeExcel();
    const error = await rejection(
      run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [
          ["x".repeat(32_768)],
        ];
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("rejects a request above the payload limit with RequestPayloadSizeLimitExceeded, writing nothing", async () => {
    const { run, workbook } = fakeExcel({ requestPayloadLimit: 1000 });
    const error = await rejection(
      run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.getRange("A1").values = [["small"]];
        sheet.getRange("A2:A101").values = Array.from({ length: 100 }, (_, i) => [
          `row ${i} with some text`,
        ]);
        await context.sync();
      })
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(workbook.values("A1")).toEqual([[""]]);
  });

  it("defaults the payload limit to 5 MB", async () => {
    const { run } = fakeExcel();
    const big = Array.from({ length: 1000 }, () => ["x".repeat(6000)]);
    const error = await rejection(
      run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1:A1000").values = big;
        await context.sync();
      })
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
  });

  it("quotes sheet names in addresses the way Excel does", async () => {
    const { run } = fakeExcel({ sheetNames: ["Sheet1", "My Sheet", "数据", "O'Brien"] });
    const addresses = await run(async (context) => {
      const ranges = ["My Sheet", "数据", "O'Brien", "Sheet1"].map((n) =>
        context.workbook.worksheets.getItem(n).getRange("B2:C3").load("address")
      );
      await context.sync();
      return ranges.map((r) => r.address);
    });
    expect(addresses).toEqual([
      "'My Sheet'!B2:C3",
      "数据!B2:C3",
      "'O''Brien'!B2:C3",
      "Sheet1!B2:C3",
    ]);
  });

  it("derives ranges: getCell, getResizedRange, getOffsetRange, getRow, getIntersectionOrNullObject", async () => {
    const { run } = fakeExcel();
    await run(async (context) => {
      const base = context.workbook.worksheets.getActiveWorksheet().getRange("B2:D5");
      const cell = base.getCell(1, 1).load("address");
      const resized = base.getResizedRange(1, -1).load("address");
      const offset = base.getOffsetRange(1, 1).load("address");
      const row = base.getRow(2).load("address");
      const none = base.getIntersectionOrNullObject("F1:G2");
      const some = base.getIntersectionOrNullObject("D5:E9").load("address");
      await context.sync();
      expect([cell.address, resized.address, offset.address, row.address]).toEqual([
        "Sheet1!C3",
        "Sheet1!B2:C6",
        "Sheet1!C3:E6",
        "Sheet1!B4:D4",
      ]);
      expect(none.isNullObject).toBe(true);
      expect(some.address).toBe("Sheet1!D5");
    });
  });

  it("finds the used range, or a null object on an empty sheet", async () => {
    const { run, workbook } = fakeExcel({ sheetNames: ["Full", "Empty"] });
    workbook.setValues("Full!B2:C3", [
      [1, 2],
      [3, 4],
    ]);
    await run(async (context) => {
      const used = context.workbook.worksheets
        .getItem("Full")
        .getUsedRangeOrNullObject(true)
        .load("address");
      const empty = context.workbook.worksheets.getItem("Empty").getUsedRangeOrNullObject(true);
      const fallback = context.workbook.worksheets.getItem("Empty").getUsedRange().load("address");
      await context.sync();
      expect(used.address).toBe("Full!B2:C3");
      expect(empty.isNullObject).toBe(true);
      expect(fallback.address).toBe("Empty!A1");
    });
  });

  it("inserts and deletes cells, shifting what follows", async () => {
    const { run, workbook } = fakeExcel();
    workbook.setValues("A1:A3", [[1], [2], [3]]);
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("A2").insert("Down");
      await context.sync();
      expect(workbook.values("A1:A4")).toEqual([[1], [""], [2], [3]]);
      sheet.getRange("A1:A2").delete("Up");
      await context.sync();
    });
    expect(workbook.values("A1:A3")).toEqual([[2], [3], [""]]);
  });

  it("stores formats: bold, fill, wrap, column width and autofit", async () => {
    const { run, workbook } = fakeExcel();
    workbook.setValues("A1:B1", [["a long header text", "b"]]);
    await run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1:B1");
      range.format.font.bold = true;
      range.format.fill.color = "#FFFF00";
      range.format.wrapText = true;
      range.format.autofitColumns();
      await context.sync();
    });
    expect(workbook.cell("B1")?.format).toMatchObject({
      bold: true,
      fillColor: "#FFFF00",
      wrapText: true,
    });
    expect(workbook.activeSheet.columnWidths.get(0)).toBeGreaterThan(
      workbook.activeSheet.columnWidths.get(1)!
    );
  });
});
