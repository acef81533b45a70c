import { isPayloadLimit, jsonBytes, runsWithin } from "../../src/excel/payload";

describe("jsonBytes", () => {
  test("counts the UTF-8 bytes of the JSON text (a Chinese character is 3 bytes)", () => {
    expect(jsonBytes("烟台")).toBe(8); // "烟台" with its quotes
    expect(jsonBytes([["a", 1]])).toBe(9); // [["a",1]]
  });

  test("a value JSON cannot carry counts as nothing", () => {
    expect(jsonBytes(undefined)).toBe(0);
  });
});

describe("runsWithin", () => {
  const sizes = (list: number[]) => (i: number) => list[i];

  test("no items make no runs", () => {
    expect(runsWithin(0, () => 1, 10)).toStrictEqual([]);
  });

  test("items that add up to exactly the budget stay in one run", () => {
    expect(runsWithin(3, sizes([4, 3, 3]), 10)).toStrictEqual([{ start: 0, end: 3 }]);
  });

  test("the item that would take a run over the budget starts the next one", () => {
    expect(runsWithin(4, sizes([4, 3, 4, 5]), 10)).toStrictEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
  });

  test("an item larger than the budget is a run of its own, with no empty run before it", () => {
    expect(runsWithin(3, sizes([25, 2, 30]), 10)).toStrictEqual([
      { start: 0, end: 1 },
      { start: 1, end: 2 },
      { start: 2, end: 3 },
    ]);
  });
});

describe("isPayloadLimit", () => {
  test("the two size refusals of Excel on the web are payload limits", () => {
    expect(isPayloadLimit({ code: "ResponsePayloadSizeLimitExceeded" })).toBe(true);
    expect(isPayloadLimit({ code: "RequestPayloadSizeLimitExceeded" })).toBe(true);
  });

  test("any other error, or none, is not", () => {
    expect(isPayloadLimit({ code: "InvalidArgument" })).toBe(false);
    expect(isPayloadLimit({ code: "" })).toBe(false);
    expect(isPayloadLimit(new Error("ResponsePayloadSizeLimitExceeded"))).toBe(false);
    expect(isPayloadLimit(undefined)).toBe(false);
    expect(isPayloadLimit(null)).toBe(false);
  });
});
