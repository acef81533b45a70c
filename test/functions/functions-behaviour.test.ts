// Arguments as Excel passes them, answers as a user reads them: an SD.CARD cell used as the
// argument of another function, error values where a flag is expected. Expected values come
// from clusters.json directly.
import dataset from "../../src/data/clusters.json";
import type { Cluster, Dataset } from "../../src/data/types";
import * as SD from "../../src/functions/functions";
import { installCustomFunctions, installOffice, isError, StubError } from "./custom-functions-stub";

const data = dataset as unknown as Dataset;
let restore: () => void;
let restoreOffice: () => void;
beforeAll(() => {
  restore = installCustomFunctions();
  // A host with data types, so SD.CARD answers with an entity.
  restoreOffice = installOffice("en-US", ["CustomFunctionsRuntime 1.4"]);
});
afterAll(() => {
  restoreOffice();
  restore();
});

const none = null as unknown as any[][];
const one = (value: unknown) => [[value]] as any[][];

/** A cluster recognised by two programmes: its name names both records, its id only one. */
const twice = data.clusters.filter(
  (c) => data.clusters.filter((other) => other.key === c.key).length > 1
);
const second: Cluster = twice.find(
  (c) => data.clusters.findIndex((other) => other.key === c.key) !== data.clusters.indexOf(c)
)!;
const programName = (c: Cluster) => data.programs.find((p) => p.id === c.program)!.name.en;

describe("an SD.CARD cell passed to another function", () => {
  test("stands for its own record, not the first record of the same name", () => {
    const card = SD.card(second.id);
    expect(card).toMatchObject({ type: "Entity" });
    const first = data.clusters.find((c) => c.key === second.key)!;
    expect(first.id).not.toBe(second.id);
    expect(SD.cluster(one(card), one("id"))).toStrictEqual([[second.id]]);
    expect(SD.cluster(one(card), one("program"))).toStrictEqual([[programName(second)]]);
  });

  test("queries SD.COUNT and SD.CLUSTERS as its cluster", () => {
    const card = SD.card(second.id);
    expect(SD.count(one(card))).toStrictEqual([[1]]);
    expect(SD.clusters(one(card), none, none, one("id"), one(0))).toStrictEqual([[second.id]]);
  });
});

describe("an error value as the headers argument", () => {
  test.each(["#N/A", "#DIV/0!"])("%s is passed on, as Excel's own functions do", (code) => {
    const grid = SD.clusters(one("烟台"), none, none, none, new StubError(code) as never);
    expect(grid).toHaveLength(1);
    expect(isError(grid[0][0]) && grid[0][0].code).toBe(code);
    const cities = SD.cities(none, none, new StubError(code) as never);
    expect(isError(cities[0][0]) && cities[0][0].code).toBe(code);
  });

  test("an error in a range of headers is passed on too", () => {
    const grid = SD.sources(none, [[new StubError("#N/A")]] as never);
    expect(isError(grid[0][0]) && grid[0][0].code).toBe("#N/A");
  });

  test('"0" and " 1 " typed as text mean no header row and a header row', () => {
    const without = SD.clusters(one("烟台"), none, none, one("id"), "0");
    const withHeader = SD.clusters(one("烟台"), none, none, one("id"), " 1 ");
    expect(withHeader.slice(1)).toStrictEqual(without);
    expect(withHeader[0]).toStrictEqual(["ID"]);
  });
});
