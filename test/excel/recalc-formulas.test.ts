import { installFakeExcel } from "../support/fake-excel";
import { isSdFormula, queueSheetScan, reenterSdFormulas } from "../../src/excel/recalc-formulas";

type Fake = ReturnType<typeof installFakeExcel>;
let fake: Fake;

/** The scan as the refresh runs it: sheets loaded in one sync, then the re-entry. */
function reenter(budget?: number): Promise<number> {
  return Excel.run(async (context) => {
    const queued = queueSheetScan(context);
    await context.sync();
    return reenterSdFormulas(context, queued, budget);
  });
}

const id = (sheet: string) => fake.workbook.sheets.find((s) => s.name === sheet)!.id;

/** Every formulas write Excel received: the range by indexes, then what was written. */
const formulaWrites = () =>
  fake.log
    .of("formulas")
    .filter((e) => e.kind === "set")
    .map((e) => [e.path, e.args[0]]);

const at = (sheet: string, row: number, column: number, columns: number) =>
  `workbook.worksheets.getItem(${JSON.stringify(id(sheet))}).getRangeByIndexes(${row}, ${column}, 1, ${columns})`;

/** The bands whose formula cells were read, as [row, column, rows, columns]. */
const bandsRead = () =>
  fake.log.entries
    .filter((e) => e.kind === "load" && e.path.includes(".getSpecialCellsOrNullObject("))
    .map((e) => /getRangeByIndexes\(([^)]*)\)/.exec(e.path)![1].split(", ").map(Number));

describe("isSdFormula", () => {
  test.each([
    ['=SD.COUNT("烟台")', true],
    ['=sd.clusters("济南")', true],
    ['=1+SD.COUNT("q")', true],
    ['=SUM(A1,SD.COUNT("q"))', true],
    ['SD.COUNT("q")', false],
    ["=SUM(A1:A3)", false],
    ['=XSD.COUNT("q")', false],
    ['=_SD.COUNT("q")', false],
    ['=A.SD.COUNT("q")', false],
    ["=SDCOUNT()", false],
    ["", false],
  ])("%s → %s", (formula, expected) => {
    expect(isSdFormula(formula)).toBe(expected);
  });

  test("a value that is not text is no formula", () => {
    expect(isSdFormula(3)).toBe(false);
    expect(isSdFormula(true)).toBe(false);
    expect(isSdFormula(null)).toBe(false);
  });
});

describe("reenterSdFormulas", () => {
  afterEach(() => fake.uninstall());

  test("re-enters every SD formula of every open sheet and nothing else; a run in a row is one write", async () => {
    fake = installFakeExcel({ sheetNames: ["Sheet1", "Sheet2", "Locked", "Empty", "Text"] });
    fake.workbook.registerFunction("SD.COUNT", () => 5);
    fake.workbook.setValues("Sheet1!A1:E2", [
      ["城市", '=SD.COUNT("a")', '=SD.COUNT("b")', "=1+1", '=SD.COUNT("c")'],
      ["烟台", "text", "=2+2", "备注", "x"],
    ]);
    // F2 is one column right of E1 but a row below, G3 one column right of F3 but on another
    // sheet: neither joins the run before it (a joined run would write over the user's F1, G3).
    fake.workbook.setValues("Sheet1!F2:F3", [['=SD.COUNT("d")'], ['=SD.COUNT("e")']]);
    fake.workbook.setValues("Sheet2!G3:H3", [['=SD.COUNT("f")', '=SD.COUNT("g")']]);
    fake.workbook.setValues("Locked!A1", [['=SD.COUNT("h")']]);
    fake.workbook.protectSheet("Locked");
    fake.workbook.setValues("Text!A1:B2", [
      ["名称", "城市"],
      ["集群", "烟台"],
    ]);
    fake.log.clear();
    fake.workbook.formulas.evaluations.length = 0;

    expect(await reenter()).toBe(7);

    expect(formulaWrites()).toStrictEqual([
      [at("Sheet1", 0, 1, 2), [['=SD.COUNT("a")', '=SD.COUNT("b")']]],
      [at("Sheet1", 0, 4, 1), [['=SD.COUNT("c")']]],
      [at("Sheet1", 1, 5, 1), [['=SD.COUNT("d")']]],
      [at("Sheet1", 2, 5, 1), [['=SD.COUNT("e")']]],
      [at("Sheet2", 2, 6, 2), [['=SD.COUNT("f")', '=SD.COUNT("g")']]],
    ]);
    expect(
      fake.workbook.formulas.evaluations.filter((e) => e.reason === "entered").map((e) => e.address)
    ).toStrictEqual([
      "Sheet1!B1",
      "Sheet1!C1",
      "Sheet1!E1",
      "Sheet1!F2",
      "Sheet1!F3",
      "Sheet2!G3",
      "Sheet2!H3",
    ]);
    expect(fake.workbook.formulasAt("Sheet1!A1:F3")).toEqual([
      ["城市", '=SD.COUNT("a")', '=SD.COUNT("b")', "=1+1", '=SD.COUNT("c")', ""],
      ["烟台", "text", "=2+2", "备注", "x", '=SD.COUNT("d")'],
      ["", "", "", "", "", '=SD.COUNT("e")'],
    ]);
    // Scan, used ranges, one read of formulas (the text-only sheet's band included), one write.
    expect(fake.log.syncCount).toBe(4);
    expect(bandsRead()).toStrictEqual([
      [0, 0, 3, 6],
      [2, 6, 1, 2],
      [0, 0, 2, 2],
    ]);
  });

  test("a band that exactly fills the batch's room travels in it; one more cell starts the next", async () => {
    fake = installFakeExcel({ sheetNames: ["Sheet1", "Sheet2", "Sheet3"] });
    // A budget of 1,920 gives the first batch 480 bytes, 10 cells at the first guess of 48.
    fake.workbook.setValues("Sheet1!A1:B2", [
      ["a", "b"],
      ["c", "d"],
    ]);
    fake.workbook.setValues("Sheet2!A1:B3", [
      ["a", "b"],
      ["c", "d"],
      ["e", "f"],
    ]);
    fake.workbook.setValues("Sheet3!A1", [["a"]]);
    fake.log.clear();
    expect(await reenter(1_920)).toBe(0);
    const reads = fake.log.entries.filter(
      (e) => e.kind === "load" && e.path.includes(".getSpecialCellsOrNullObject(")
    );
    // 4 + 6 cells in the first read; Sheet3 in the second.
    expect(reads.map((e) => e.batch)).toStrictEqual([2, 2, 3]);
    expect(bandsRead()).toStrictEqual([
      [0, 0, 2, 2],
      [0, 0, 3, 2],
      [0, 0, 1, 1],
    ]);
  });

  test("a workbook without SD formulas gets no write and no sync for one", async () => {
    fake = installFakeExcel({ sheetNames: ["Sheet1", "Empty"] });
    fake.workbook.setValues("Sheet1!A1:B1", [["=1+1", "text"]]);
    fake.log.clear();
    expect(await reenter()).toBe(0);
    expect(formulaWrites()).toStrictEqual([]);
    expect(fake.log.syncCount).toBe(3);
    expect(bandsRead()).toStrictEqual([[0, 0, 1, 2]]);
  });

  test("the first read takes a quarter of the budget; later bands are sized from the bytes seen", async () => {
    fake = installFakeExcel();
    fake.workbook.registerFunction("SD.COUNT", () => 1);
    fake.workbook.setValues(
      "Sheet1!A1:B400",
      Array.from({ length: 400 }, () => ['=SD.COUNT("q")', "text"])
    );
    fake.log.clear();
    expect(await reenter(10_000)).toBe(400);
    // 2,500 bytes at 48 per cell over 2 columns: 26 rows. Their formulas came to 547 bytes of
    // JSON (26 × ["=SD.COUNT(\"q\")"] of 20 bytes, 25 commas, 2 brackets) over 52 cells: twice
    // that is 21.04 a cell, so the full budget of 10,000 takes 237 rows, then the last 137.
    expect(bandsRead()).toStrictEqual([
      [0, 0, 26, 2],
      [26, 0, 237, 2],
      [263, 0, 137, 2],
    ]);
    // 400 single-cell runs of 20 + 64 bytes: 119 fit in 10,000, so 4 write batches.
    expect(fake.log.syncCount).toBe(2 + 3 + 4);
    expect(fake.workbook.formulasAt("Sheet1!A400:B400")).toEqual([['=SD.COUNT("q")', "text"]]);
  });

  test("a row wider than a batch's room is still read, alone", async () => {
    fake = installFakeExcel();
    fake.workbook.registerFunction("SD.COUNT", () => 1);
    // A budget of 400 gives the first batch 100 bytes; one row of 3 cells is guessed at 144.
    fake.workbook.setValues("Sheet1!A1:C2", [
      ['=SD.COUNT("a")', "x", "y"],
      ["z", '=SD.COUNT("b")', "w"],
    ]);
    fake.log.clear();
    expect(await reenter(400)).toBe(2);
    expect(bandsRead()).toStrictEqual([
      [0, 0, 1, 3],
      [1, 0, 1, 3],
    ]);
  });

  test("the search covers the whole used range, formatted cells included", async () => {
    fake = installFakeExcel();
    fake.workbook.registerFunction("SD.COUNT", () => 1);
    fake.workbook.setValues("Sheet1!A1", [['=SD.COUNT("a")']]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("D5").numberFormat = [["0.00"]];
      await context.sync();
    });
    fake.log.clear();
    expect(await reenter()).toBe(1);
    expect(bandsRead()).toStrictEqual([[0, 0, 5, 4]]);
  });

  test("writes are cut into batches within the budget", async () => {
    fake = installFakeExcel();
    fake.workbook.registerFunction("SD.COUNT", () => 1);
    fake.workbook.setValues(
      "Sheet1!A1:A30",
      Array.from({ length: 30 }, () => ['=SD.COUNT("q")'])
    );
    fake.log.clear();
    expect(await reenter(1_000)).toBe(30);
    // Each single-cell run counts 20 + 64 bytes: 11 fit in 1,000, so 30 runs need 3 batches.
    const writeSyncs = new Set(fake.log.of("formulas").map((e) => e.batch));
    expect(writeSyncs.size).toBe(3);
    expect(formulaWrites()).toHaveLength(30);
  });

  test("a band the host refuses for its size is read again in smaller bands, and every formula is found", async () => {
    fake = installFakeExcel({ responsePayloadLimit: 800 });
    fake.workbook.registerFunction("SD.COUNT", () => 1);
    fake.workbook.setValues(
      "Sheet1!A1:A100",
      Array.from({ length: 100 }, (_, i) => [`=SD.COUNT("q${i}")`])
    );
    fake.log.clear();
    expect(await reenter(100_000)).toBe(100);
    const bands = bandsRead();
    // The whole column was refused, then its first half, and each went back to be read again
    // in half; the reads that passed cover every row, so every formula is written back once,
    // in order.
    expect(bands.slice(0, 3)).toStrictEqual([
      [0, 0, 100, 1],
      [0, 0, 50, 1],
      [0, 0, 25, 1],
    ]);
    // No later batch is refused again: 2 refusals, not one per band (26 syncs when a retry was
    // sized by a doubled guess against the whole budget, read the column 5 times).
    expect(fake.log.syncCount).toBeLessThanOrEqual(10);
    expect(formulaWrites().map((w) => w[1])).toStrictEqual(
      Array.from({ length: 100 }, (_, i) => [[`=SD.COUNT("q${i}")`]])
    );
  });

  test("a single row the host still refuses for its size fails the re-entry, writing nothing", async () => {
    fake = installFakeExcel({ responsePayloadLimit: 300 });
    const long = `=SD.COUNT("${"长".repeat(200)}")`;
    fake.workbook.setValues("Sheet1!A1:A3", [[long], [long], ["x"]]);
    fake.log.clear();
    await expect(reenter()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(bandsRead().at(-1)).toStrictEqual([0, 0, 1, 1]);
    expect(formulaWrites()).toStrictEqual([]);
  });

  test("any other refusal fails at once, without reading again", async () => {
    fake = installFakeExcel({ supportedSets: { ExcelApi: "1.8" } });
    fake.workbook.setValues("Sheet1!A1:A3", [['=SD.COUNT("q")'], ['=SD.COUNT("q")'], ["x"]]);
    fake.log.clear();
    await expect(reenter()).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(bandsRead()).toStrictEqual([[0, 0, 3, 1]]);
    expect(fake.log.syncCount).toBe(3);
  });
});
