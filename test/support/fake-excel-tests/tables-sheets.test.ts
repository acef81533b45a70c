import { fakeExcel, rejection } from "./helpers";

describe("tables", () => {
  it("creates a table from the first row's headers, in the sheet's cells", async () => {
    const { run, workbook } = fakeExcel();
    workbook.setValues("B2:C4", [
      ["城市", ""],
      ["济南", 1],
      ["青岛", 2],
    ]);
    await run(async (context) => {
      const table = context.workbook.worksheets.getActiveWorksheet().tables.add("B2:C4", true);
      table.name = "Clusters";
      const header = table.getHeaderRowRange().load("values");
      const body = table.getDataBodyRange().load("address");
      table.load("id, name");
      await context.sync();
      expect(header.values).toEqual([["城市", "Column2"]]);
      expect(body.address).toBe("Sheet1!B3:C4");
      expect(table.name).toBe("Clusters");
    });
    expect(workbook.table("clusters")?.rect).toEqual({
      row: 1,
      column: 1,
      rowCount: 3,
      columnCount: 2,
    });
  });

  it("rejects a table overlapping another table with Excel's message", async () => {
    const { run, workbook } = fakeExcel();
    workbook.setValues("A1:B3", [
      ["a", "b"],
      [1, 2],
      [3, 4],
    ]);
    workbook.addTable("A1:B3", { name: "UserTable" });
    const error = await rejection(
      run(async (context) => {
        context.workbook.tables.add("Sheet1!B3:C5", true);
        await context.sync();
      })
    );
    expect(error).toMatchObject({
      code: "InvalidArgument",
      message:
        "A table cannot overlap a range that contains a PivotTable report, query results, protected cells or another table.",
    });
    expect(error.debugInfo.errorLocation).toBe("TableCollection.add");
    expect(workbook.tables).toHaveLength(1);
  });

  it("rejects duplicate and malformed table names", async () => {
    const { run, workbook } = fakeExcel();
    workbook.addTable("A1:B2", { name: "Taken" });
    for (const name of ["taken", "has space", "1abc", "A1", "R1C1"]) {
      const error = await rejection(
        run(async (context) => {
          const table = context.workbook.tables.add("D1:E2", true);
          table.name = name;
          await context.sync();
        })
      );
      expect([name, error.code, error.debugInfo.errorLocation]).toEqual([
        name,
        "InvalidArgument",
        "Table.name",
      ]);
      workbook.tables.splice(1);
    }
  });

  it("adds rows at the end, shifting cells below, and needs ExcelApi 1.4 for several rows", async () => {
    const { run, workbook } = fakeExcel();
    workbook.setValues("A1:B2", [
      ["k", "v"],
      ["a", 1],
    ]);
    workbook.setValues("A4", [["below"]]);
    workbook.addTable("A1:B2", { name: "T" });
    await run(async (context) => {
      context.workbook.tables.getItem("T").rows.add(undefined, [
        ["b", 2],
        ["c", 3],
      ]);
      await context.sync();
    });
    expect(workbook.values("A1:B4")).toEqual([
      ["k", "v"],
      ["a", 1],
      ["b", 2],
      ["c", 3],
    ]);
    expect(workbook.values("A6")).toEqual([["below"]]);

    const old = fakeExcel({ supportedSets: { ExcelApi: "1.3" } });
    old.workbook.addTable("A1:B2", { name: "T" });
    const error = await rejection(
      old.run(async (context) => {
        context.workbook.tables.getItem("T").rows.add(undefined, [
          ["b", 2],
          ["c", 3],
        ]);
        await context.sync();
      })
    );
    expect([error.code, error.debugInfo.errorLocation]).toEqual([
      "ApiNotFound",
      "TableRowCollection.add",
    ]);
  });

  it("resizes a table only when the header row is kept (ExcelApi 1.13)", async () => {
    const { run, workbook } = fakeExcel();
    workbook.addTable("A1:B3", { name: "T" });
    await run(async (context) => {
      context.workbook.tables.getItem("T").resize("A1:C5");
      await context.sync();
    });
    expect(workbook.table("T")?.rect).toEqual({ row: 0, column: 0, rowCount: 5, columnCount: 3 });
    const moved = await rejection(
      run(async (context) => {
        context.workbook.tables.getItem("T").resize("A2:C5");
        await context.sync();
      })
    );
    expect(moved.code).toBe("InvalidArgument");
    const old = fakeExcel({ supportedSets: { ExcelApi: "1.12" } });
    old.workbook.addTable("A1:B3", { name: "T" });
    const tooOld = await rejection(
      old.run(async (context) => {
        context.workbook.tables.getItem("T").resize("A1:C5");
        await context.sync();
      })
    );
    expect(tooOld.code).toBe("ApiNotFound");
  });

  it("sees a user's sort and filter, and clears filters", async () => {
    const { run, workbook } = fakeExcel();
    workbook.setValues("A1:A4", [["n"], [3], [1], [2]]);
    workbook.addTable("A1:A4", { name: "T" });
    workbook.sortTable("T", 0);
    workbook.filterTable("T", 0, (v) => v !== 2);
    expect(workbook.values("A2:A4")).toEqual([[1], [2], [3]]);
    expect([...workbook.activeSheet.hiddenRows]).toEqual([2]);
    await run(async (context) => {
      context.workbook.tables.getItem("T").clearFilters();
      await context.sync();
    });
    expect(workbook.activeSheet.hiddenRows.size).toBe(0);
  });

  it("loads table items, columns and counts", async () => {
    const { run, workbook } = fakeExcel();
    workbook.setValues("A1:C1", [["x", "y", "z"]]);
    workbook.addTable("A1:C3", { name: "T" });
    await run(async (context) => {
      const tables = context.workbook.tables.load("items/name");
      const columns = context.workbook.tables.getItem("T").columns.load("items/name");
      const rows = context.workbook.tables.getItem("T").rows.load("count");
      await context.sync();
      expect(tables.items.map((t) => t.name)).toEqual(["T"]);
      expect(columns.items.map((c) => c.name)).toEqual(["x", "y", "z"]);
      expect(rows.count).toBe(2);
    });
  });
});

describe("worksheets", () => {
  it.each([
    ["a name longer than 31 characters!", "InvalidArgument"],
    ["bad/name", "InvalidArgument"],
    ["what?", "InvalidArgument"],
    ["[x]", "InvalidArgument"],
    ["'quoted", "InvalidArgument"],
    ["quoted'", "InvalidArgument"],
    ["", "InvalidArgument"],
    ["SHEET1", "ItemAlreadyExists"],
  ])("rejects the sheet name %j with %s", async (name, code) => {
    const { run, workbook } = fakeExcel();
    const error = await rejection(
      run(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      })
    );
    expect([error.code, error.debugInfo.errorLocation]).toEqual([code, "WorksheetCollection.add"]);
    expect(workbook.sheets).toHaveLength(1);
  });

  it("uses Excel's message for a duplicate sheet name", async () => {
    const { run } = fakeExcel();
    const error = await rejection(
      run(async (context) => {
        context.workbook.worksheets.add("sheet1");
        await context.sync();
      })
    );
    expect(error.message).toBe("A resource with the same name or identifier already exists.");
  });

  it("adds, renames, activates and deletes sheets", async () => {
    const { run, workbook } = fakeExcel();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.add("济南 数据");
      sheet.activate();
      sheet.load("name, position");
      await context.sync();
      expect([sheet.name, sheet.position]).toEqual(["济南 数据", 1]);
      context.workbook.worksheets.getItem("Sheet1").delete();
      sheet.name = "Data";
      await context.sync();
    });
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Data"]);
    expect(workbook.activeSheet.name).toBe("Data");
  });
});

describe("selections", () => {
  /** The selected range's address after `act`, read in a later batch as the add-in would. */
  async function selectedAfter(
    run: ReturnType<typeof fakeExcel>["run"],
    act: (context: Excel.RequestContext) => void
  ): Promise<string> {
    return run(async (context) => {
      act(context);
      const selected = context.workbook.getSelectedRange();
      selected.load("address");
      await context.sync();
      return selected.address;
    });
  }

  it("keeps each sheet's own selection while another sheet is active, as Excel does", async () => {
    const { run, workbook } = fakeExcel();
    workbook.select("B5:C6");
    const sheets = (context: Excel.RequestContext) => context.workbook.worksheets;
    expect(await selectedAfter(run, (c) => sheets(c).add("Data").activate())).toBe("Data!A1");
    expect(await selectedAfter(run, (c) => sheets(c).getItem("Data").getRange("D4").select())).toBe(
      "Data!D4"
    );
    expect(await selectedAfter(run, (c) => sheets(c).getItem("Sheet1").activate())).toBe(
      "Sheet1!B5:C6"
    );
    expect(await selectedAfter(run, (c) => sheets(c).getItem("Sheet1").activate())).toBe(
      "Sheet1!B5:C6"
    );
    expect(await selectedAfter(run, (c) => sheets(c).getItem("Data").activate())).toBe("Data!D4");
    expect(await selectedAfter(run, (c) => sheets(c).getItem("Data").delete())).toBe(
      "Sheet1!B5:C6"
    );
  });
});

describe("charts", () => {
  it("adds a chart and records its source, title and position", async () => {
    const { run, workbook } = fakeExcel();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const chart = sheet.charts.add(
        Excel.ChartType.columnClustered,
        sheet.getRange("A1:B5"),
        "Columns"
      );
      chart.title.text = "Clusters by city";
      chart.setPosition("D2", "J15");
      chart.load("name, id");
      await context.sync();
      expect(chart.name).toBe("Chart 1");
    });
    expect(workbook.activeSheet.charts[0]).toMatchObject({
      chartType: "ColumnClustered",
      seriesBy: "Columns",
      sourceAddress: "Sheet1!A1:B5",
      title: "Clusters by city",
      position: { startCell: "Sheet1!D2", endCell: "Sheet1!J15" },
    });
  });
});

// The fake installs these enums; the test file reads them from the fake via the global.
beforeAll(() => Object.assign(globalThis, { Excel: fakeExcel().Excel }));
afterAll(() => delete (globalThis as Record<string, unknown>).Excel);
