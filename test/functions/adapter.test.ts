import { cellText, headersFlag, InputError, textList, toGrid } from "../../src/functions/args";
import { cellAnswers, liftCells } from "../../src/functions/adapter";
import { broadcast } from "../../src/functions/lift";
import { excelError, isExcelError } from "../../src/functions/excel-errors";
import { InvalidArgumentError } from "../../src/core/errors";
import * as SD from "../../src/functions/functions";
import { installCustomFunctions, StubError } from "./custom-functions-stub";

describe("excelError", () => {
  it("builds a CustomFunctions.Error inside Excel", () => {
    const restore = installCustomFunctions();
    try {
      expect(excelError("#N/A", "x")).toEqual(new StubError("#N/A", "x"));
      expect(excelError("#N/A", "x")).toBeInstanceOf(StubError);
    } finally {
      restore();
    }
  });
  it("falls back to a plain object of the same shape outside Excel", () => {
    expect((globalThis as { CustomFunctions?: unknown }).CustomFunctions).toBeUndefined();
    expect(excelError("#VALUE!", "x")).toEqual({ code: "#VALUE!", message: "x" });
    expect(SD.clusters([["烟太"]])).toEqual([
      [{ code: "#VALUE!", message: "未知城市「烟太」— 是否指「烟台」？" }],
    ]);
  });
  it("turns codes a function cannot return into #VALUE!", () => {
    expect(excelError("#REF!").code).toBe("#VALUE!");
  });
  it("recognises error arguments", () => {
    expect(isExcelError({ code: "#DIV/0!" })).toBe(true);
    expect(isExcelError({ type: "Error", basicValue: "#N/A" })).toBe(true);
    expect(isExcelError({ code: 3 })).toBe(false);
    expect(isExcelError("#N/A")).toBe(false);
  });
});

describe("argument coercion", () => {
  it("shapes anything as a rectangular grid", () => {
    expect(toGrid("a")).toEqual([["a"]]);
    expect(toGrid(["a", "b"])).toEqual([["a", "b"]]);
    expect(toGrid([])).toEqual([[null]]);
    expect(toGrid([["a"], ["b", "c"]])).toEqual([
      ["a", null],
      ["b", "c"],
    ]);
  });
  it("reads blanks as empty text: null, undefined, '' and desktop's 0", () => {
    for (const blank of [null, undefined, "", 0, "   "]) expect(cellText(blank, "query")).toBe("");
  });
  it("reads numbers as text and rejects logical values and junk", () => {
    expect(cellText(2021, "query")).toBe("2021");
    expect(() => cellText(true, "query")).toThrow(InvalidArgumentError);
    expect(() => cellText(NaN, "query")).toThrow(InvalidArgumentError);
    expect(() => cellText([["nested"]], "query")).toThrow(InvalidArgumentError);
    expect(() => cellText({ code: "#DIV/0!" }, "query")).toThrow(InputError);
  });
  it("lists the non-blank cells of a range in reading order", () => {
    expect(textList(null, "query")).toEqual([]);
    expect(
      textList(
        [
          ["烟台", 0],
          [null, "青岛"],
        ],
        "query"
      )
    ).toEqual(["烟台", "青岛"]);
  });
  it("reads headers as 1 unless told 0", () => {
    expect([null, undefined, "", 1, true, "1", [[1]]].map(headersFlag)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect([0, false, "0", [[0]]].map(headersFlag)).toEqual([false, false, false, false]);
    expect(() => headersFlag(2)).toThrow(InvalidArgumentError);
  });
});

describe("broadcast", () => {
  const join = (values: unknown[]) => values.join("");
  it("crosses a column with a row", () => {
    expect(broadcast([[["a"], ["b"]], [["x", "y"]]], join)).toEqual([
      ["ax", "ay"],
      ["bx", "by"],
    ]);
  });
  it("pairs arrays of the same shape and repeats scalars", () => {
    expect(broadcast([[["a", "b"]], [["x", "y"]], "!"], join)).toEqual([["ax!", "by!"]]);
  });
  it("fills cells a smaller array cannot reach with #N/A", () => {
    const [[first, second, third]] = broadcast([[["a", "b"]], [["x", "y", "z"]]], join);
    expect([first, second]).toEqual(["ax", "by"]);
    expect(third).toEqual({ code: "#N/A" });
  });
});

describe("liftCells on single cells", () => {
  const shapes: unknown[] = [null, undefined, "烟台", 0, [], [[]], ["烟台"], [["烟台"]], [[null]]];
  it("answers every one-cell shape as broadcast does, without building its grids", () => {
    const show = (values: unknown[]) => JSON.stringify(values);
    for (const a of shapes)
      for (const b of shapes) expect(liftCells([a, b], show)).toEqual(broadcast([a, b], show));
  });
  it("still broadcasts when any argument is a range of several cells", () => {
    const show = (values: unknown[]) => values.join("");
    expect(liftCells([[["a"], ["b"]], "x"], show)).toEqual([["ax"], ["bx"]]);
    expect(liftCells([["a", "b"], [["x"]]], show)).toEqual([["ax", "bx"]]);
  });
  it("turns a failing cell into its Excel error", () => {
    const restore = installCustomFunctions();
    try {
      const [[cell]] = liftCells([[["烟台"]]], () => {
        throw new InputError("#REF!");
      });
      expect(cell).toBeInstanceOf(StubError);
      expect(isExcelError(cell)).toBe(true);
    } finally {
      restore();
    }
  });
});

describe("remembered single-cell answers", () => {
  it("keys on shape and language, and never keeps an error", () => {
    const answers = cellAnswers();
    let runs = 0;
    const compute = ([v]: unknown[]) => {
      runs++;
      if (v === "bad") throw new InvalidArgumentError("query", "bad");
      return v === null ? "omitted-or-blank" : String(v);
    };
    expect(liftCells([null], compute, answers)).toEqual([["omitted-or-blank"]]);
    expect(liftCells([null], compute, answers)).toEqual([["omitted-or-blank"]]);
    expect(runs).toBe(1);
    // An empty cell ([[null]]) is not an omitted argument (null): computed on its own.
    liftCells([[[null]]], compute, answers);
    expect(runs).toBe(2);
    liftCells([[["bad"]]], compute, answers);
    const again = liftCells([[["bad"]]], compute, answers);
    expect(runs).toBe(4);
    expect(isExcelError(again[0][0])).toBe(true);
    // A range of several cells is broadcast, never remembered.
    expect(liftCells([[["a"], ["b"]]], compute, answers)).toEqual([["a"], ["b"]]);
    expect(runs).toBe(6);
  });

  it("SD.COUNT tells an omitted query from an empty cell on repeat", () => {
    for (let i = 0; i < 2; i++) {
      expect(typeof SD.count(null as never, null as never, null as never)[0][0]).toBe("number");
      expect(SD.count([[null]] as never, null as never, null as never)).toEqual([[""]]);
    }
  });
});
