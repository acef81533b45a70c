import { fakeExcel, rejection, thrown } from "./helpers";

describe("load and sync semantics", () => {
  it("throws PropertyNotLoaded synchronously for an unloaded property, with the real message", async () => {
    const { run } = fakeExcel();
    await run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1:B2");
      const error = thrown(() => range.values);
      expect(error.name).toBe("RichApi.Error");
      expect(error.code).toBe("PropertyNotLoaded");
      expect(error.message).toBe(
        "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context."
      );
      expect(error.debugInfo.errorLocation).toBe("Range.values");
    });
  });

  it("still throws after load until the sync completes, then returns the loaded value", async () => {
    const { run, workbook } = fakeExcel();
    workbook.setValues("A1:B1", [["x", 2]]);
    await run(async (context) => {
      const range = context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("A1:B1")
        .load("values, address");
      expect(thrown(() => range.address).code).toBe("PropertyNotLoaded");
      await context.sync();
      expect(range.values).toEqual([["x", 2]]);
      expect(range.address).toBe("Sheet1!A1:B1");
    });
  });

  it("lets code read back a value it set, and never throws on navigation properties", async () => {
    const { run } = fakeExcel();
    await run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1");
      range.values = [["hi"]];
      expect(range.values).toEqual([["hi"]]);
      expect(range.format.font).toBeDefined();
      expect(context.workbook.worksheets.getActiveWorksheet().tables).toBeDefined();
      await context.sync();
    });
  });

  it("accepts the string, array and object forms of load, including nested paths", async () => {
    const { run } = fakeExcel();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const a = sheet.getRange("B2").load(["rowIndex", "columnIndex"]);
      const b = sheet.getRange("C3").load({ address: true, format: { font: { bold: true } } });
      const c = sheet.getRange("D4").load("format/columnWidth");
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      expect([a.rowIndex, a.columnIndex]).toEqual([1, 1]);
      expect(b.address).toBe("Sheet1!C3");
      expect(b.format.font.bold).toBe(false);
      expect(c.format.columnWidth).toBe(48);
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1"]);
    });
  });

  it("rejects the sync when a load names a property that does not exist", async () => {
    const { run } = fakeExcel();
    const error = await rejection(
      run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1").load("valuez");
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("throws ValueNotLoaded for a ClientResult read before sync", async () => {
    const { run } = fakeExcel();
    await run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      const error = thrown(() => count.value);
      expect(error.code).toBe("ValueNotLoaded");
      expect(error.message).toMatch(/^The value of the result object has not been loaded yet/);
      await context.sync();
      expect(count.value).toBe(1);
    });
  });

  it("gives a null object for a missing item: isNullObject throws before sync and is true after", async () => {
    const { run } = fakeExcel();
    await run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1");
      expect(thrown(() => missing.isNullObject).code).toBe("PropertyNotLoaded");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it("rejects the sync (not the call) with ItemNotFound for getItem on a missing item", async () => {
    const { run } = fakeExcel();
    let called = false;
    const error = await rejection(
      run(async (context) => {
        const table = context.workbook.tables.getItem("Missing");
        called = true;
        table.load("name");
        await context.sync();
      })
    );
    expect(called).toBe(true);
    expect(error).toMatchObject({
      name: "RichApi.Error",
      code: "ItemNotFound",
      message: "The requested resource doesn't exist.",
    });
    expect(error.debugInfo.errorLocation).toBe("TableCollection.getItem");
  });

  it("applies the operations before a failing one and none after it", async () => {
    const { run, workbook } = fakeExcel();
    await rejection(
      run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.getRange("A1").values = [["before"]];
        sheet.getRange("A2:B2").values = [["too", "many", "values"]];
        sheet.getRange("A3").values = [["after"]];
        await context.sync();
      })
    );
    expect(workbook.values("A1:A3")).toEqual([["before"], [""], [""]]);
  });

  it("counts syncs and records every call with its batch", async () => {
    const { run, log } = fakeExcel();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [[1]];
      await context.sync();
      sheet.getRange("A1").format.font.bold = true;
      sheet.getRange("A1").load("values");
      await context.sync();
    });
    expect(log.syncCount).toBe(2);
    expect(log.lines()).toEqual([
      '#0 workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]]',
      "#0 sync",
      '#1 workbook.worksheets.getItem("Sheet1").getRange("A1").format.font.bold = true',
      '#1 workbook.worksheets.getItem("Sheet1").getRange("A1").load(values)',
      "#1 sync",
    ]);
  });

  it("flushes pending work when Excel.run's batch returns, counting a round trip but not a sync call", async () => {
    const { run, log, workbook } = fakeExcel();
    await run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [["late"]];
    });
    expect(workbook.values("A1")).toEqual([["late"]]);
    expect(log.syncCount).toBe(0);
    expect(log.roundTrips).toBe(1);
  });

  it("rejects Excel.run when the batch does not return a promise", async () => {
    const { Excel } = fakeExcel();
    const error = await rejection((Excel.run as (b: () => unknown) => Promise<unknown>)(() => 42));
    expect(error.code).toBe("RunMustReturnPromise");
  });

  it("rejects work queued on objects after their Excel.run finished", async () => {
    const { run } = fakeExcel();
    let leaked: Excel.Range | undefined;
    await run(async (context) => {
      leaked = context.workbook.worksheets.getActiveWorksheet().getRange("A1");
    });
    leaked!.values = [[1]];
    const error = await rejection(leaked!.context.sync());
    expect(error.code).toBe("InvalidObjectPath");
  });
});
