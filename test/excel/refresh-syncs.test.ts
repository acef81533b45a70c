import type { LoadedRegistry } from "../../src/excel/registry";
import {
  clusters,
  Dataset,
  empty,
  freshWorkbook,
  insertAt,
  note,
  refresh,
  V2,
  type Fake,
} from "./refresh-fixture";

let fake: Fake;
let dataset: Dataset;
afterEach(() => fake.uninstall());

/** K tables stacked in column B, five rows apart: each note sits just under the table above. */
async function stacked(k: number): Promise<LoadedRegistry> {
  let registry = empty();
  for (let i = 0; i < k; i++) {
    dataset.rows[`q${i}`] = clusters(1, 2);
    registry = await insertAt(fake, registry, dataset, `Sheet1!B${2 + 5 * i}`, `q${i}`);
  }
  dataset.version = V2;
  for (let i = 0; i < k; i++) dataset.rows[`q${i}`] = clusters(1, 2, 3, 4);
  return registry;
}

const counter = () => {
  const calls: string[] = [];
  return {
    calls,
    fn: (q: unknown) => (calls.push(String(q)), dataset.rows[String(q)]?.length ?? 0),
  };
};

describe.each([1, 50])("refreshing %i tables", (k) => {
  beforeEach(() => {
    ({ fake, dataset } = freshWorkbook(["Sheet1", "Sheet2", "Sheet3"]));
  });

  test("takes 2 syncs where the workbook has no SD formulas; every table grows, shifting the next down", async () => {
    const registry = await stacked(k);
    const before = fake.log.syncCount;
    const report = await refresh(registry, dataset);
    // 1 find + 1 read + 1 checks + 1 write + 1 used ranges + 1 formula band
    expect(fake.log.syncCount - before).toBe(6);
    expect(report.outcomes.every((o) => o.status === "refreshed")).toBe(true);
    for (let i = 0; i < k; i++) {
      const top = 2 + 7 * i;
      expect(fake.workbook.values(`Sheet1!B${top}:B${top + 5}`)).toEqual([
        [note(V2)],
        ["编号"],
        ["c-1"],
        ["c-2"],
        ["c-3"],
        ["c-4"],
      ]);
      expect(report.registry.registry.entries[i].noteAddress).toBe(`Sheet1!B${top}`);
    }
  });

  test("takes 3 syncs with SD formulas on every sheet, however many: they are entered again", async () => {
    const registry = await stacked(k);
    const count = counter();
    fake.workbook.registerFunction("SD.COUNT", count.fn);
    dataset.rows.q0 = clusters(1, 2);
    for (const sheet of ["Sheet2", "Sheet3"])
      fake.workbook.setValues(
        `${sheet}!A1:C40`,
        Array.from({ length: 40 }, () => ['=SD.COUNT("q0")', "=1+1", "text"])
      );
    expect(fake.workbook.values("Sheet2!A1")).toEqual([[2]]);
    dataset.rows.q0 = clusters(1, 2, 3, 4);
    const before = fake.log.syncCount;
    const report = await refresh(registry, dataset);
    // the same, and 1 batch writing the SD formulas again
    expect(fake.log.syncCount - before).toBe(7);
    expect(report.formulasRewritten).toBe(80);
    expect(fake.workbook.values("Sheet3!A40")).toEqual([[4]]);
    expect(fake.workbook.formulasAt("Sheet2!B1:C1")).toEqual([["=1+1", "text"]]);
  });
});

describe("SD formulas after a refresh", () => {
  beforeEach(() => {
    ({ fake, dataset } = freshWorkbook());
  });

  test("Calculate Now alone leaves them stale; the refresh makes Excel run them again", async () => {
    dataset.rows["烟台"] = clusters(1, 2);
    const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
    const count = counter();
    fake.workbook.registerFunction("SD.COUNT", count.fn);
    fake.workbook.setValues("Sheet1!H1", [['=SD.COUNT("烟台")']]);
    dataset.rows["烟台"] = clusters(1, 2, 3);
    await Excel.run(async (context) => {
      context.workbook.application.calculate(Excel.CalculationType.full);
      await context.sync();
    });
    expect(fake.workbook.values("Sheet1!H1")).toEqual([[2]]);
    expect(count.calls).toHaveLength(1);
    await refresh(registry, dataset);
    expect(count.calls).toHaveLength(2);
    expect(fake.workbook.values("Sheet1!H1")).toEqual([[3]]);
  });

  test("a spilled result: only its anchor is written, the cells it spilled into are not", async () => {
    fake.workbook.registerFunction("SD.LIST", () => [["a"], ["b"], ["c"]]);
    fake.workbook.setValues("Sheet1!A1", [["=SD.LIST()"]]);
    expect(fake.workbook.formulasAt("Sheet1!A1:A3")).toEqual([["=SD.LIST()"], ["b"], ["c"]]);
    const report = await refresh(empty(), dataset);
    expect(report.formulasRewritten).toBe(1);
    const writes = fake.log.of("formulas").filter((e) => e.kind === "set");
    expect(writes.map((e) => e.args[0])).toEqual([[["=SD.LIST()"]]]);
    expect(fake.workbook.values("Sheet1!A1:A3")).toEqual([["a"], ["b"], ["c"]]);
  });
});
