// Arguments as Excel passes them, read as a user means them: whole columns and rows cut after
// their last filled cell (cheaply: a million rows sharing a few row arrays, sizes checked before
// cells so that a wrong answer fails fast), ragged and 1-D ranges, data-type cells, and the
// message that names the argument a user got wrong. Expected values are written by hand; the
// answers of SD.* over whole columns are in whole-columns.test.ts.
import { cellText, headersFlag, SHEET_COLUMNS, SHEET_ROWS, toGrid } from "../../src/functions/args";
import { InvalidArgumentError } from "../../src/core/errors";
import * as SD from "../../src/functions/functions";
import { installCustomFunctions, installOffice, isError } from "./custom-functions-stub";

let restore: () => void;
let restoreOffice: () => void;
beforeAll(() => {
  restore = installCustomFunctions();
  restoreOffice = installOffice("en-US");
});
afterAll(() => {
  restoreOffice();
  restore();
});

const none = null as unknown as any[][];
const one = (value: unknown) => [[value]] as any[][];

/** A whole column of `width` columns: `filled` rows first, then the blank rows cycled. */
function wholeColumn(filled: unknown[][], blanks: unknown[][]): any[][] {
  const rows: unknown[][] = new Array(SHEET_ROWS);
  for (let i = 0; i < SHEET_ROWS; i++)
    rows[i] = i < filled.length ? filled[i] : blanks[i % blanks.length];
  return rows as any[][];
}

describe("a whole column (1,048,576 rows)", () => {
  test("is cut after its last filled row, whatever blank each empty cell is", () => {
    // null (web), 0 (desktop), "" and undefined all read as blank, down to the last row.
    const grid = toGrid(
      wholeColumn([["烟台"], [null], ["青岛"]], [[null], [0], [""], [undefined]])
    );
    expect(grid.length).toBe(3);
    expect(grid).toStrictEqual([["烟台"], [null], ["青岛"]]);
  });

  test("of two columns keeps a row filled only in its second cell", () => {
    const filled = [
      ["烟台", null],
      [null, "青岛"],
    ];
    const grid = toGrid(
      wholeColumn(filled, [
        [null, 0],
        ["", undefined],
      ])
    );
    expect(grid.length).toBe(2);
    expect(grid).toStrictEqual(filled);
  });

  test("that is empty gives one blank cell, never an error", () => {
    const grid = toGrid(wholeColumn([], [[null], [0]]));
    expect(grid.length).toBe(1);
    expect(grid).toStrictEqual([[null]]);
  });

  test("whose last row is filled is kept whole", () => {
    const rows = wholeColumn([], [[null]]);
    rows[SHEET_ROWS - 1] = ["烟台"];
    expect(toGrid(rows).length).toBe(SHEET_ROWS);
  });
});

describe("a whole row (16,384 columns)", () => {
  test("is cut after its last filled column, over every row", () => {
    const first = new Array<unknown>(SHEET_COLUMNS).fill(0);
    const second = new Array<unknown>(SHEET_COLUMNS).fill("");
    first[0] = "name";
    second[3] = "city";
    const grid = toGrid([first, second]);
    expect(grid.map((row) => row.length)).toStrictEqual([4, 4]);
    expect(grid).toStrictEqual([
      ["name", 0, 0, 0],
      ["", "", "", "city"],
    ]);
  });
});

describe("ranges smaller than a sheet are kept as they are", () => {
  test("a trailing blank column or row stays, and spills a blank", () => {
    expect(toGrid([["a", null]])).toStrictEqual([["a", null]]);
    expect(toGrid([["a"], [null]])).toStrictEqual([["a"], [null]]);
    const [count] = SD.count(one("烟台"))[0];
    expect(SD.count([["烟台", ""]] as any[][])).toStrictEqual([[count, ""]]);
    expect(SD.count([["烟台"], [0]] as any[][])).toStrictEqual([[count], [""]]);
  });

  test("ragged rows are padded with blanks to the longest, wherever it is", () => {
    expect(toGrid([["a", "b"], ["c"]])).toStrictEqual([
      ["a", "b"],
      ["c", null],
    ]);
    expect(toGrid([["a"], ["b", "c", "d"], []])).toStrictEqual([
      ["a", null, null],
      ["b", "c", "d"],
      [null, null, null],
    ]);
    expect(toGrid([[]])).toStrictEqual([[null]]);
  });

  test("an array holding a value among its rows is one row", () => {
    expect(toGrid([["a"], "b"])).toStrictEqual([[["a"], "b"]]);
    expect(toGrid(["a", "b", "c"])).toStrictEqual([["a", "b", "c"]]);
  });
});

describe("data-type cells as text arguments", () => {
  const [yantai] = SD.count(one("烟台"))[0];

  test("a String or FormattedNumber value reads as its value", () => {
    expect(SD.count(one({ type: "String", basicValue: "烟台" }))).toStrictEqual([[yantai]]);
    expect(
      cellText({ type: "FormattedNumber", basicValue: 2021, numberFormat: "0" }, "query")
    ).toBe("2021");
  });

  test("an entity without an id property of ours reads as its text", () => {
    const foreign = { type: "Entity", text: "烟台", properties: { 人口: { basicValue: 700 } } };
    expect(SD.count(one(foreign))).toStrictEqual([[yantai]]);
    // A linked data type (Geography) whose card happens to have an "id" is not one of ours.
    const linked = {
      type: "LinkedEntity",
      text: "烟台",
      properties: { id: { type: "String", basicValue: "ns1-jinan-it-services" } },
    };
    expect(SD.count(one(linked))).toStrictEqual([[yantai]]);
  });

  test("a value with no text of its own is refused, naming it {…}", () => {
    for (const junk of [{}, { type: "Boolean", basicValue: true }, { text: 42 }, [["x"]]])
      expect(() => cellText(junk, "query")).toThrow(InvalidArgumentError);
    const [[error]] = SD.clusters(one({ type: "WebImage", address: "https://example.com/a.png" }));
    expect(isError(error) && error.message).toMatch(/^The query argument cannot be \{…\}\./);
  });
});

describe("the message names the argument that is wrong", () => {
  const message = (result: unknown) => {
    const cell = Array.isArray(result) ? result[0][0] : result;
    return isError(cell) ? cell.message : `not an error: ${String(cell)}`;
  };
  const id = "ns1-jinan-it-services";

  test.each([
    ["SD.CLUSTERS query", () => SD.clusters(one(true)), "query"],
    ["SD.CLUSTERS level", () => SD.clusters(none, one(true) as never), "level"],
    ["SD.CLUSTERS kind", () => SD.clusters(none, none, one(true) as never), "kind"],
    ["SD.CLUSTERS fields", () => SD.clusters(none, none, none, one(true)), "fields"],
    ["SD.CLUSTER cluster", () => SD.cluster(one(true), one("city")), "cluster"],
    ["SD.CLUSTER field", () => SD.cluster(one(id), one(true)), "field"],
    ["SD.COUNT query", () => SD.count(one(true)), "query"],
    ["SD.COUNT level", () => SD.count(none, one(true) as never), "level"],
    ["SD.COUNT kind", () => SD.count(none, none, one(true) as never), "kind"],
    ["SD.CITIES level", () => SD.cities(one(true) as never), "level"],
    ["SD.CITIES kind", () => SD.cities(none as never, one(true) as never), "kind"],
    ["SD.METRICS query", () => SD.metrics(one(true)), "query"],
    ["SD.SOURCES query", () => SD.sources(one(true)), "query"],
    ["SD.CARD cluster", () => SD.card(true), "cluster"],
  ])("%s", (_call, call, argument) => {
    expect(message(call())).toMatch(new RegExp(`^The ${argument} argument cannot be TRUE\\. `));
  });

  test("FALSE, a number that is no flag and text that is no flag are named as typed", () => {
    expect(message(SD.clusters(one(false)))).toMatch(/^The query argument cannot be FALSE\. /);
    for (const headers of [2, "10", "01", "1 0"])
      expect(message(SD.clusters(one("烟台"), none, none, none, headers))).toMatch(
        new RegExp(`^The headers argument cannot be ${headers}\\. `)
      );
    expect(() => headersFlag("x1")).toThrow(InvalidArgumentError);
  });

  test("an empty table without headers says what found nothing", () => {
    // A cluster the dataset states no figure for, as the data has it.
    const grid = SD.metrics(one("ns1-qingdao-rail-transit-equipment"), 0);
    expect(grid).toHaveLength(1);
    expect(message(grid)).toBe("No figures match these conditions.");
  });
});

describe("an omitted argument, as null from Excel or left off in a call", () => {
  const id = "ns1-jinan-it-services";
  test("SD.CLUSTER gives the name, SD.COUNT counts everything", () => {
    const name = [["Jinan Information Technology Services Industry Cluster"]];
    expect(SD.cluster(one(id), null as never)).toStrictEqual(name);
    expect(SD.cluster(one(id), undefined)).toStrictEqual(name);
    expect(SD.cluster(one(id))).toStrictEqual(name);
    const [[all]] = SD.count(none);
    expect(SD.count(undefined)).toStrictEqual([[all]]);
    expect(SD.count()).toStrictEqual([[all]]);
  });

  test("a blank field cell is a blank answer, not the name", () => {
    expect(SD.cluster(one(id), one(""))).toStrictEqual([[""]]);
    expect(SD.cluster(one(id), one(0))).toStrictEqual([[""]]);
    expect(SD.cluster(one(""), one("city"))).toStrictEqual([[""]]);
  });
});
