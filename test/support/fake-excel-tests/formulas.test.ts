import { fakeExcel } from "./helpers";

function counter() {
  const calls: unknown[][] = [];
  const fn = (...args: unknown[]) => {
    calls.push(args);
    return (args[0] as unknown[][]).flat().filter((v) => v !== 0 && v !== null).length;
  };
  return { fn, calls };
}

describe("formula evaluation hook", () => {
  it("evaluates a registered custom function when its formula is written", async () => {
    const { fn, calls } = counter();
    const { run, workbook } = fakeExcel({ functions: { "SD.COUNT": fn } });
    workbook.setValues("A1:A3", [["济南"], ["青岛"], [""]]);
    await run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("B1").formulas = [
        ['=SD.COUNT(A1:A3, "城市")'],
      ];
      await context.sync();
    });
    expect(workbook.values("B1")).toEqual([[2]]);
    expect(calls).toEqual([[[["济南"], ["青岛"], [0]], "城市"]]);
  });

  it("passes empty cells as null on the web", async () => {
    const { fn, calls } = counter();
    const { workbook } = fakeExcel({ platform: "OfficeOnline", functions: { "SD.COUNT": fn } });
    workbook.setValues("B1", [["=SD.COUNT(A1:A2,)"]]);
    expect(calls).toEqual([[[[null], [null]], null]]);
  });

  it("does not re-run non-volatile custom functions on application.calculate (F9, #1462), but records the call", async () => {
    const { fn, calls } = counter();
    const { run, workbook } = fakeExcel({ functions: { "SD.COUNT": fn } });
    workbook.setValues("B1", [["=SD.COUNT(A1:A3)"]]);
    await run(async (context) => {
      context.workbook.application.calculate(Excel.CalculationType.full);
      await context.sync();
    });
    expect(calls).toHaveLength(1);
    expect(workbook.calculations).toEqual([{ scope: "Application", detail: "Full" }]);
    expect(workbook.formulas.evaluations.map((e) => e.reason)).toEqual(["entered"]);
  });

  it("re-runs a custom function when the same formula is written again", async () => {
    const { fn, calls } = counter();
    const { run, workbook } = fakeExcel({ functions: { "SD.COUNT": fn } });
    workbook.setValues("B1", [["=SD.COUNT(A1:A3)"]]);
    await run(async (context) => {
      const cell = context.workbook.worksheets.getActiveWorksheet().getRange("B1");
      cell.load("formulas");
      await context.sync();
      cell.formulas = cell.formulas;
      await context.sync();
    });
    expect(calls).toHaveLength(2);
  });

  it("re-runs volatile functions on calculate, and any function when a cell it reads changes", async () => {
    let now = 0;
    const { fn, calls } = counter();
    const { run, workbook } = fakeExcel({
      functions: { "SD.NOW": { fn: () => ++now, volatile: true }, "SD.COUNT": fn },
    });
    workbook.setValues("C1:D1", [["=SD.NOW()", "=SD.COUNT(A1:A3)"]]);
    await run(async (context) => {
      context.workbook.application.calculate("Recalculate");
      context.workbook.worksheets.getActiveWorksheet().getRange("A2").values = [["烟台"]];
      await context.sync();
    });
    expect(workbook.values("C1:D1")).toEqual([[2, 1]]);
    expect(calls).toHaveLength(2);
  });

  it("shows #BUSY! until an async function settles, and #VALUE! when one throws", async () => {
    const { workbook } = fakeExcel({
      functions: {
        "SD.SLOW": () => Promise.resolve("done"),
        "SD.BAD": () => {
          throw new Error("no");
        },
      },
    });
    workbook.setValues("A1:B1", [["=SD.SLOW()", "=SD.BAD()"]]);
    expect(workbook.values("A1:B1")).toEqual([["#BUSY!", "#VALUE!"]]);
    await workbook.formulas.whenIdle();
    expect(workbook.values("A1")).toEqual([["done"]]);
  });

  it("spills a 2-D result into empty cells, or shows #SPILL! when blocked", () => {
    const { workbook } = fakeExcel({
      functions: {
        "SD.GRID": () => [
          [1, 2],
          [3, null],
        ],
      },
    });
    workbook.setValues("A1", [["=SD.GRID()"]]);
    expect(workbook.values("A1:B2")).toEqual([
      [1, 2],
      [3, 0],
    ]);
    workbook.setValues("E2", [["blocker"]]);
    workbook.setValues("D1", [["=SD.GRID()"]]);
    expect(workbook.values("D1")).toEqual([["#SPILL!"]]);
  });

  it("leaves other formulas uncomputed unless a fallback evaluator handles them", () => {
    const { workbook } = fakeExcel({ fallbackEvaluator: (f) => (f === "=1+1" ? 2 : undefined) });
    workbook.setValues("A1:B1", [["=SUM(C1:C2)", "=1+1"]]);
    expect(workbook.values("A1:B1")).toEqual([["", 2]]);
    expect(workbook.formulasAt("A1")).toEqual([["=SUM(C1:C2)"]]);
  });
});

beforeAll(() => Object.assign(globalThis, { Excel: fakeExcel().Excel }));
afterAll(() => delete (globalThis as Record<string, unknown>).Excel);
