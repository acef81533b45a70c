import { BoundedMemo, listKey, MAX_HASHED_CHARS, perOwner } from "../../src/core/memo";

describe("BoundedMemo", () => {
  it("answers what was set under the same texts, and nothing under others", () => {
    const memo = new BoundedMemo<number>();
    memo.set(["烟台", "", ""], 9);
    expect(memo.get(["烟台", "", ""])).toBe(9);
    expect(memo.get(["烟台", "国家级", ""])).toBeUndefined();
    expect(memo.get(["", "烟台", ""])).toBeUndefined();
  });
  it("keeps texts apart however they could be glued together", () => {
    const memo = new BoundedMemo<string>();
    memo.set(["a|b", ""], "first");
    memo.set(["a", "b|"], "second");
    expect(memo.get(["a|b", ""])).toBe("first");
    expect(memo.get(["a", "b|"])).toBe("second");
  });
  it("drops the oldest entry past its limit, and nothing else", () => {
    const memo = new BoundedMemo<number>(3);
    for (const [i, key] of ["a", "b", "c", "d"].entries()) memo.set([key, "x"], i);
    expect(memo.size).toBe(3);
    expect(memo.get(["a", "x"])).toBeUndefined();
    expect([memo.get(["b", "x"]), memo.get(["c", "x"]), memo.get(["d", "x"])]).toEqual([1, 2, 3]);
  });
  it("keeps no text longer than V8 hashes by content, and keeps one at that length", () => {
    const memo = new BoundedMemo<number>();
    const long = "烟".repeat(MAX_HASHED_CHARS + 1);
    memo.set(["", long], 1);
    expect(memo.get(["", long])).toBeUndefined();
    expect(memo.size).toBe(0);
    const longest = "烟".repeat(MAX_HASHED_CHARS);
    memo.set(["", longest], 2);
    expect(memo.get(["", longest])).toBe(2);
  });
  it("stays bounded however many distinct keys go through it", () => {
    const memo = new BoundedMemo<number>(10);
    for (let i = 0; i < 1_000; i++) memo.set([String(i % 37), String(i)], i);
    expect(memo.size).toBe(10);
    expect(memo.get(["999", "999"])).toBeUndefined();
    expect(memo.get([String(999 % 37), "999"])).toBe(999);
  });
});

describe("perOwner", () => {
  it("gives each owner its own memo, the same one every time", () => {
    const memoOf = perOwner(() => new BoundedMemo<number>());
    const a = {};
    const b = {};
    memoOf(a).set(["k"], 1);
    expect(memoOf(a).get(["k"])).toBe(1);
    expect(memoOf(b).get(["k"])).toBeUndefined();
  });
});

describe("listKey", () => {
  it("is the text itself for one text, empty for none, line-joined for several", () => {
    expect(listKey(undefined)).toBe("");
    expect(listKey([])).toBe("");
    expect(listKey(["烟台"])).toBe("烟台");
    expect(listKey(["烟台", "青岛"])).toBe("烟台\n青岛");
  });
});
