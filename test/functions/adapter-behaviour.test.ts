// The shared routine every function runs through: what a repeated single-cell call reuses, what
// an unforeseen failure shows, and how broadcast fills what a smaller range cannot reach.
import { cellAnswers, liftCells, scalar } from "../../src/functions/adapter";
import { broadcast } from "../../src/functions/lift";
import { excelError } from "../../src/functions/excel-errors";
import { MEMO_LIMIT } from "../../src/core/memo";
import { installOffice } from "./custom-functions-stub";
import { setLanguage, type Language } from "../../src/core/i18n";

const UNEXPECTED_EN =
  "Qilu Clusters could not compute this. Check the arguments, or report it with the formula.";

/** A compute that counts its runs and answers with its values as text. */
function counted() {
  const calls = { runs: 0 };
  const compute = (values: unknown[]) => {
    calls.runs++;
    return values.map((v) => (v === undefined ? "undefined" : JSON.stringify(v))).join("|");
  };
  return { calls, compute };
}

describe("remembered single-cell answers", () => {
  test("a repeated text or number, alone or as a one-cell range, is computed once", () => {
    const answers = cellAnswers();
    const { calls, compute } = counted();
    for (const args of [
      ["烟台", 3],
      [[["烟台"]], [[3]]],
      ["烟台", [[3]]],
    ]) {
      const first = liftCells(args, compute, answers);
      expect(liftCells(args, compute, answers)).toStrictEqual(first);
    }
    expect(calls.runs).toBe(3);
    expect(liftCells(["烟台", 3], compute, answers)).toStrictEqual([['"烟台"|3']]);
  });

  test("the language and the arguments' shapes are part of the key, each apart", () => {
    const answers = cellAnswers();
    const compute = ([v]: unknown[], lang: Language) => `${lang}:${String(v)}`;
    try {
      setLanguage("en");
      expect(liftCells(["x"], compute, answers)).toStrictEqual([["en:x"]]);
      // The same value as a one-cell range, in the other language: neither answer stands for it.
      setLanguage("zh-CN");
      expect(liftCells([[["x"]]], compute, answers)).toStrictEqual([["zh-CN:x"]]);
      expect(liftCells(["x"], compute, answers)).toStrictEqual([["zh-CN:x"]]);
      setLanguage("en");
      expect(liftCells([[["x"]]], compute, answers)).toStrictEqual([["en:x"]]);
      expect(liftCells(["x", [["y"]]], compute, answers)).toStrictEqual([["en:x"]]);
      expect(liftCells([[["x"]], "y"], compute, answers)).toStrictEqual([["en:x"]]);
      expect(answers.size).toBe(6);
    } finally {
      setLanguage(null);
    }
  });

  test("an object argument (an entity, an error) is computed every time", () => {
    const answers = cellAnswers();
    const { calls, compute } = counted();
    const entity = { type: "Entity", text: "烟台" };
    liftCells([entity], compute, answers);
    liftCells([entity], compute, answers);
    liftCells([[[entity]]], compute, answers);
    liftCells([[[entity]]], compute, answers);
    expect(calls.runs).toBe(4);
  });

  test("an error answer is never kept: each cell gets its own; a blank answer is kept", () => {
    const answers = cellAnswers();
    let runs = 0;
    const compute = ([v]: unknown[]) => {
      runs++;
      return v === "bad" ? excelError("#N/A", "no") : "";
    };
    const first = liftCells(["bad"], compute, answers)[0][0];
    const second = liftCells(["bad"], compute, answers)[0][0];
    expect(second).toStrictEqual({ code: "#N/A", message: "no" });
    expect(second).not.toBe(first);
    expect(runs).toBe(2);
    expect(liftCells(["blank"], compute, answers)).toStrictEqual([[""]]);
    expect(liftCells(["blank"], compute, answers)).toStrictEqual([[""]]);
    expect(runs).toBe(3);
  });

  test("past its limit the oldest answer is dropped and every newer one still answers", () => {
    const answers = cellAnswers();
    const { calls, compute } = counted();
    const answered: unknown[] = [];
    for (let i = 0; i <= MEMO_LIMIT; i++) answered.push(liftCells([i], compute, answers)[0][0]);
    expect(answered).toStrictEqual(Array.from({ length: MEMO_LIMIT + 1 }, (_, i) => String(i)));
    expect(calls.runs).toBe(MEMO_LIMIT + 1);
    expect(liftCells([MEMO_LIMIT], compute, answers)).toStrictEqual([[String(MEMO_LIMIT)]]);
    expect(liftCells([1], compute, answers)).toStrictEqual([["1"]]);
    expect(calls.runs).toBe(MEMO_LIMIT + 1);
    expect(liftCells([0], compute, answers)).toStrictEqual([["0"]]);
    expect(calls.runs).toBe(MEMO_LIMIT + 2);
  });
});

describe("one-cell shapes reach compute as the cell they hold", () => {
  test("an empty range is a blank (null), never undefined", () => {
    const { compute } = counted();
    expect(liftCells([[], [[]], [["x"]]], compute)).toStrictEqual([['null|null|"x"']]);
    expect(liftCells([[], [[]]], compute, cellAnswers())).toStrictEqual([["null|null"]]);
  });
});

describe("a failure nobody foresaw", () => {
  beforeAll(() => {
    // English, so the message is the English one.
    restoreOffice = installOffice("en-US");
  });
  let restoreOffice: () => void;
  afterAll(() => restoreOffice());

  const fail = () => {
    throw new TypeError("x is undefined");
  };

  test("is #VALUE! saying what to do, in a single cell or a scalar", () => {
    const expected = { code: "#VALUE!", message: UNEXPECTED_EN };
    expect(liftCells(["a"], fail)).toStrictEqual([[expected]]);
    expect(liftCells(["a"], fail, cellAnswers())).toStrictEqual([[expected]]);
    expect(liftCells([[["a"], ["b"]]], fail)).toStrictEqual([[expected], [expected]]);
    expect(scalar(fail)).toStrictEqual(expected);
  });

  test("a failing single cell is computed once", () => {
    let runs = 0;
    liftCells(["a"], () => {
      runs++;
      throw new TypeError("boom");
    });
    expect(runs).toBe(1);
  });
});

describe("broadcast", () => {
  test("fills rows a shorter column cannot reach with #N/A", () => {
    const grid = broadcast(
      [
        [["a"], ["b"], ["c"]],
        [["x"], ["y"]],
      ],
      (v) => v.join("")
    );
    expect(grid).toStrictEqual([["ax"], ["by"], [{ code: "#N/A" }]]);
  });
});
