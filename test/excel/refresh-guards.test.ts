/**
 * Each guard of the refresh, proven: the naive call sequence the guard replaces is run against the
 * fake, and shows the damage or the rejection Excel gives; the guarded refresh does not.
 */
import {
  addUserColumn,
  clusters,
  Dataset,
  empty,
  freshWorkbook,
  insertAt,
  refresh,
  V2,
  type Fake,
} from "./refresh-fixture";

let fake: Fake;
let dataset: Dataset;
beforeEach(() => {
  ({ fake, dataset } = freshWorkbook(["Sheet1", "Sheet2"]));
});
afterEach(() => fake.uninstall());

const tableName = () => fake.workbook.tables[0].name;

describe("guard: never write a user's cell back", () => {
  test("writing back what `formulas` read loses '00123's prefix and makes a number", async () => {
    dataset.rows.q = clusters(1, 2);
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "q");
    await addUserColumn(tableName(), "备注", ["'00123", "'=1+1"]);
    dataset.version = V2;
    dataset.rows.q = clusters(1, 2, 3);
    await refresh(registry, dataset);
    expect(fake.workbook.cell("Sheet1!E4")).toMatchObject({ value: "00123", quotePrefix: true });
    expect(fake.workbook.cell("Sheet1!E5")).toMatchObject({ value: "=1+1", quotePrefix: true });
    await Excel.run(async (context) => {
      const body = context.workbook.tables.getItem(tableName()).getDataBodyRange();
      body.load("formulas");
      await context.sync();
      const read = body.formulas;
      body.formulas = read; // the unguarded write-back
      await context.sync();
    });
    expect(fake.workbook.cell("Sheet1!E4")!.value).toBe(123);
    expect(fake.workbook.cell("Sheet1!E4")!.quotePrefix).toBeUndefined();
    expect(fake.workbook.cell("Sheet1!E5")!.formula).toBe("=1+1");
  });
});

describe("guard: rows move through Excel's own row operations", () => {
  const referenced = (formula: string) =>
    fake.workbook.values(`Sheet1!${/B\d+/.exec(formula)![0]}`);

  test('Excel\'s delete rebases =B6&"!" to keep its record; rewriting the text does not', async () => {
    dataset.rows.q = clusters(1, 2, 3);
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "q");
    fake.workbook.setValues("Sheet1!H1", [['=B6&"!"']]);
    expect(fake.workbook.values("Sheet1!B6")).toEqual([["c-3"]]);
    dataset.version = V2;
    dataset.rows.q = clusters(2, 3);
    const report = await refresh(registry, dataset);
    expect(report.outcomes[0].status).toBe("refreshed");
    expect(fake.workbook.values("Sheet1!B4:B5")).toEqual([["c-2"], ["c-3"]]);
    const guarded = fake.workbook.formulasAt("Sheet1!H1")[0][0] as string;
    expect(referenced(guarded)).toEqual([["c-3"]]);

    // The unguarded refresh: the same new rows rewritten as text over the old ones.
    fake.uninstall();
    ({ fake, dataset } = freshWorkbook());
    dataset.rows.q = clusters(1, 2, 3);
    await insertAt(fake, empty(), dataset, "Sheet1!B2", "q");
    fake.workbook.setValues("Sheet1!H1", [['=B6&"!"']]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B4:D6").values = [
        ...clusters(2, 3),
        ["", "", ""],
      ];
      await context.sync();
    });
    const naive = fake.workbook.formulasAt("Sheet1!H1")[0][0] as string;
    expect(naive).toBe('=B6&"!"');
    expect(referenced(naive)).toEqual([[""]]);
  });
});

describe("guard: the body is getDataBodyRange, without the totals row", () => {
  test("the table's range minus its header reaches the totals row, and a write there overwrites it", async () => {
    fake.workbook.setValues("Sheet1!A1:A4", [["h"], [1], [2], ["=SUBTOTAL(109,A2:A3)"]]);
    fake.workbook.addTable("Sheet1!A1:A4", { name: "T" }).showTotals = true;
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("T");
      const body = table.getDataBodyRange();
      const naive = table.getRange().getOffsetRange(1, 0).getResizedRange(-1, 0);
      body.load("rowCount");
      naive.load("rowCount");
      await context.sync();
      expect(body.rowCount).toBe(2);
      expect(naive.rowCount).toBe(3);
      naive.values = [[10], [20], [30]]; // three planned rows where the body holds two
      await context.sync();
    });
    expect(fake.workbook.cell("Sheet1!A4")!.formula).toBeUndefined();
    expect(fake.workbook.values("Sheet1!A4")).toEqual([[30]]);
  });
});

describe("guard: protection is checked in the read batch", () => {
  test("without the check, one batch for all tables aborts with AccessDenied; with it, the open table refreshes", async () => {
    dataset.rows.a = clusters(1);
    dataset.rows.b = clusters(1);
    let registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "a");
    registry = await insertAt(fake, registry, dataset, "Sheet2!B2", "b");
    fake.workbook.protectSheet("Sheet2");
    const naive = Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem("Sheet1").getRange("B5:D5").values = clusters(2);
      sheets.getItem("Sheet2").getRange("B5:D5").values = clusters(2);
      await context.sync();
    });
    await expect(naive).rejects.toMatchObject({ code: "AccessDenied" });
    fake.workbook.setValues("Sheet1!B5:D5", [["", "", ""]]);
    dataset.version = V2;
    dataset.rows.a = clusters(1, 2);
    dataset.rows.b = clusters(1, 2);
    const report = await refresh(registry, dataset);
    expect(report.outcomes.map((o) => o.status)).toEqual(["refreshed", "fault"]);
    expect(fake.workbook.values("Sheet1!B5")).toEqual([["c-2"]]);
  });
});

describe("guard: merged cells are looked for before a shift", () => {
  test("shifting the table's columns down through A7:C7 is refused; the refresh harms nothing", async () => {
    dataset.rows.q = clusters(1, 2);
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "q");
    fake.workbook.setValues("Sheet1!A7", [["merged"]]);
    fake.workbook.merge("Sheet1!A7:C7");
    const naive = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B6:D7").insert("Down");
      await context.sync();
    });
    await expect(naive).rejects.toMatchObject({ code: "InvalidOperation" });
    dataset.version = V2;
    dataset.rows.q = clusters(1, 2, 3, 4);
    const report = await refresh(registry, dataset);
    // It saw the merged area and inserted whole rows, which carry it down intact.
    expect(report.outcomes[0]).toMatchObject({ status: "refreshed", moved: "rows", added: 2 });
    expect(fake.workbook.sheets[0].merged).toEqual([
      { row: 8, column: 0, rowCount: 1, columnCount: 3 },
    ]);
    expect(fake.workbook.values("Sheet1!A9")).toEqual([["merged"]]);
  });
});

describe("guard: no sync sends or loads more than 4 MB", () => {
  test("a one-sync 100,000 × 20 write is refused with RequestPayloadSizeLimitExceeded", async () => {
    const rows = Array.from({ length: 100_000 }, (_, r) =>
      Array.from({ length: 20 }, (_, c) => `集群${r}-${c}`)
    );
    const naive = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:T100000").values = rows;
      await context.sync();
    });
    await expect(naive).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.workbook.values("Sheet1!A1")).toEqual([[""]]);
  });

  test("loading every formula at once is refused; formula re-entry reads in bands and succeeds", async () => {
    const formula = `=${Array.from({ length: 20 }, (_, i) => `Z${i + 1}`).join("+")}`;
    fake.workbook.setValues(
      "Sheet2!A1:J10000",
      Array.from({ length: 10000 }, () => Array.from({ length: 10 }, () => formula))
    );
    fake.workbook.registerFunction("SD.COUNT", () => 7);
    fake.workbook.setValues("Sheet2!L3", [['=SD.COUNT("q")']]);
    const naive = Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Sheet2").getUsedRange();
      used.load("formulas");
      await context.sync();
    });
    await expect(naive).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    fake.log.clear();
    const report = await refresh(empty(), dataset);
    expect(report.formulasRewritten).toBe(1);
    // Within our 4 MB budget, below Excel's 5 MB.
    expect(fake.log.largestResponse).toBeLessThan(4 * 1024 * 1024);
  });
});

describe("guard: formula re-entry writes only formula cells it read, never a spill", () => {
  const spilled = () => [
    ["编号", "名称"],
    ["c-1", "集群1"],
    ["c-2", "集群2"],
  ];
  const seed = () => {
    fake.workbook.registerFunction("SD.CLUSTERS", spilled);
    fake.workbook.registerFunction("SD.COUNT", () => 3);
    // The spill B2:C4 has SD formulas right of it (D2:D4) and below it (B5).
    fake.workbook.setValues("Sheet1!B2", [['=SD.CLUSTERS("烟台")']]);
    fake.workbook.setValues("Sheet1!D2:D4", [['=SD.COUNT("a")'], ['=SD.COUNT("b")'], ["=1+1"]]);
    fake.workbook.setValues("Sheet1!B5", [['=SD.COUNT("c")']]);
    expect(fake.workbook.formulasAt("Sheet1!B2:C3")).toEqual([
      ['=SD.CLUSTERS("烟台")', "名称"],
      ["c-1", "集群1"],
    ]);
  };
  const noSpillError = () =>
    expect(fake.workbook.values("Sheet1!A1:F9").flat()).not.toContain("#SPILL!");

  test("the spill parent is entered again once, no child is written, nothing shows #SPILL!", async () => {
    seed();
    fake.workbook.formulas.evaluations.length = 0;
    const report = await refresh(empty(), dataset);
    expect(report.formulasRewritten).toBe(4);
    const entered = fake.workbook.formulas.evaluations.filter((e) => e.reason === "entered");
    expect(entered.filter((e) => e.address === "Sheet1!B2")).toHaveLength(1);
    const written = fake.log
      .of("formulas")
      .filter((e) => e.kind === "set")
      .map((e) => e.args[0]);
    expect(written).toEqual(
      expect.arrayContaining([
        [['=SD.CLUSTERS("烟台")']],
        [['=SD.COUNT("a")']],
        [['=SD.COUNT("c")']],
      ])
    );
    // Nothing written holds a spilled value (a child): only the formulas read as formulas.
    expect(written.flat(2).every((f) => typeof f === "string" && f.startsWith("="))).toBe(true);
    expect(fake.workbook.values("Sheet1!B2:C4")).toEqual(spilled());
    noSpillError();
  });

  test("writing back the band as read (children included) turns the parent into #SPILL!", async () => {
    seed();
    await Excel.run(async (context) => {
      const band = context.workbook.worksheets.getItem("Sheet1").getRange("B2:D4");
      band.load("formulas");
      await context.sync();
      const read = band.formulas;
      band.formulas = read; // the unguarded re-entry of a whole band
      await context.sync();
    });
    expect(fake.workbook.values("Sheet1!B2")).toEqual([["#SPILL!"]]);
  });

  test("a write over one spill child alone also blocks the parent", async () => {
    seed();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C3").formulas = [["集群1"]];
      await context.sync();
    });
    expect(fake.workbook.values("Sheet1!B2")).toEqual([["#SPILL!"]]);
  });
});
