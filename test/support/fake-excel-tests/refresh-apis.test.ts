import { createFakeExcel } from "../fake-excel";
import { fakeExcel, rejection } from "./helpers";

describe("getSpecialCells / getSpecialCellsOrNullObject (ExcelApi 1.9)", () => {
  it("gives the formula cells as rectangles, spilled cells excluded (only the anchor has a formula)", async () => {
    const { run, workbook } = fakeExcel();
    workbook.registerFunction("SD.LIST", () => [["a"], ["b"]]);
    workbook.setValues("A1:B2", [
      ["=1+1", "=2+2"],
      ["=3+3", "=4+4"],
    ]);
    workbook.setValues("D1", [["=SD.LIST()"]]);
    workbook.setValues("F5", [["text"]]);
    await run(async (context) => {
      const found = context.workbook.worksheets
        .getItem("Sheet1")
        .getRange()
        .getSpecialCellsOrNullObject("Formulas");
      found.load("address,areaCount");
      found.areas.load("items/formulas,items/address");
      const spill = context.workbook.worksheets.getItem("Sheet1").getRange("D2");
      spill.load("formulas");
      await context.sync();
      expect(found.isNullObject).toBe(false);
      expect(found.address).toBe("Sheet1!A1:B2,D1");
      expect(found.areas.items.map((a) => a.formulas)).toEqual([
        [
          ["=1+1", "=2+2"],
          ["=3+3", "=4+4"],
        ],
        [["=SD.LIST()"]],
      ]);
      expect(spill.formulas).toEqual([["b"]]);
    });
  });

  it("without a match: a null object, or ItemNotFound from getSpecialCells", async () => {
    const { run } = fakeExcel();
    await run(async (context) => {
      const found = context.workbook.worksheets
        .getItem("Sheet1")
        .getRange()
        .getSpecialCellsOrNullObject("Formulas");
      await context.sync();
      expect(found.isNullObject).toBe(true);
    });
    const error = await rejection(
      run(async (context) => {
        context.workbook.worksheets
          .getItem("Sheet1")
          .getRange()
          .getSpecialCells("Formulas")
          .load("address");
        await context.sync();
      })
    );
    expect(error.code).toBe("ItemNotFound");
  });

  it("needs ExcelApi 1.9", async () => {
    const { run } = fakeExcel({ supportedSets: { ExcelApi: "1.8" } });
    const error = await rejection(
      run(async (context) => {
        context.workbook.worksheets
          .getItem("Sheet1")
          .getRange()
          .getSpecialCellsOrNullObject("Formulas")
          .load("address");
        await context.sync();
      })
    );
    expect(error.code).toBe("ApiNotFound");
  });
});

describe("ranges below a table, and the tables a range crosses", () => {
  it("getRowsBelow, a used range that looks only inside its range, getTables(fullyContained)", async () => {
    const { run, workbook } = fakeExcel();
    workbook.setValues("B2:C3", [
      ["a", "b"],
      [1, 2],
    ]);
    workbook.addTable("B2:C3", { name: "Mine" });
    workbook.setValues("A10:D11", [
      ["w", "x", "y", "z"],
      [1, 2, 3, 4],
    ]);
    workbook.addTable("A10:D11", { name: "Wide" });
    workbook.setValues("B20:C21", [
      ["p", "q"],
      [1, 2],
    ]);
    workbook.addTable("B20:C21", { name: "Narrow" });
    await run(async (context) => {
      const range = context.workbook.tables.getItem("Mine").getRange();
      const below = range.getRowsBelow(3);
      below.load("address");
      const used = below.getUsedRangeOrNullObject(true);
      used.load("address");
      const band = range
        .getLastRow()
        .getBoundingRect(range.getLastRow().getEntireColumn().getLastRow());
      const across = band.getTables(false).load("items/name");
      const inside = band.getTables(true).load("items/name");
      await context.sync();
      expect(below.address).toBe("Sheet1!B4:C6");
      expect(used.isNullObject).toBe(true);
      expect(across.items.map((t) => t.name)).toEqual(["Mine", "Wide", "Narrow"]);
      expect(inside.items.map((t) => t.name)).toEqual(["Narrow"]);
    });
  });
});

describe("a table's filter", () => {
  it("autoFilter.isDataFiltered; reapplyFilters judges rows by their values now", async () => {
    const { run, workbook } = fakeExcel();
    workbook.setValues("A1:A4", [["k"], ["x"], ["y"], ["x"]]);
    workbook.addTable("A1:A4", { name: "T" });
    workbook.filterTable("T", 0, (v) => v === "x");
    expect([...workbook.sheets[0].hiddenRows]).toEqual([2]);
    workbook.setValues("A3:A4", [["x"], ["y"]]);
    expect([...workbook.sheets[0].hiddenRows]).toEqual([2]);
    await run(async (context) => {
      const table = context.workbook.tables.getItem("T");
      table.autoFilter.load("isDataFiltered");
      await context.sync();
      expect(table.autoFilter.isDataFiltered).toBe(true);
      table.reapplyFilters();
      await context.sync();
    });
    expect([...workbook.sheets[0].hiddenRows]).toEqual([3]);
  });

  it("Range.rowHidden shows hidden rows", async () => {
    const { run, workbook } = fakeExcel();
    workbook.sheets[0].hiddenRows.add(4);
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A4:A5");
      range.load("rowHidden");
      await context.sync();
      expect(range.rowHidden).toBeNull();
      range.rowHidden = false;
      await context.sync();
    });
    expect(workbook.sheets[0].hiddenRows.size).toBe(0);
  });
});

describe("Office.actions and saved workbooks", () => {
  it("invokes an associated ribbon action and resolves when it completes", async () => {
    const { Office } = createFakeExcel();
    const seen: string[] = [];
    Office.actions.associate("refreshAll", (event) => {
      seen.push(event.source.id);
      setTimeout(() => event.completed(), 0);
    });
    await Office.actions.invoke("refreshAll");
    expect(seen).toEqual(["refreshAll"]);
    await expect(Office.actions.invoke("missing")).rejects.toThrow("no action missing");
  });

  it("a saved workbook reopens with its cells, tables, parts and fresh ids", async () => {
    const first = createFakeExcel({ sheetNames: ["数据"] });
    first.workbook.setValues("数据!A1:B2", [
      ["a", "b"],
      [1, 2],
    ]);
    const table = first.workbook.addTable("数据!A1:B2", { name: "T" });
    first.workbook.customXmlParts.push({
      id: "{00000009-0001-0000-0000-000000000000}",
      xml: "<r/>",
      namespaceUri: "",
    });
    const second = createFakeExcel({ snapshot: first.save() });
    expect(second.workbook.values("数据!A1:B2")).toEqual([
      ["a", "b"],
      [1, 2],
    ]);
    expect(second.workbook.table("T")).toMatchObject({ id: table.id, rect: table.rect });
    expect(second.workbook.customXmlParts).toHaveLength(1);
    expect(Number(second.workbook.addTable("数据!D1:D2").id)).toBeGreaterThan(9);
  });
});
