/**
 * What a bounded memo and `memoised` answer over any sequence of uses, checked against a plain
 * reference (one Map of joined keys, oldest first), and how often they compute.
 */
import fc from "fast-check";
import { BoundedMemo, listKey, memoised } from "../../src/core/memo";

/** The reference: a Map in insertion order, keyed by the texts joined unambiguously. */
class ReferenceMemo<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly limit: number) {}
  get size(): number {
    return this.map.size;
  }
  get(keys: readonly string[]): V | undefined {
    return this.map.get(JSON.stringify(keys));
  }
  set(keys: readonly string[], value: V): void {
    const key = JSON.stringify(keys);
    if (this.map.has(key)) return;
    if (this.map.size >= this.limit) this.map.delete(this.map.keys().next().value!);
    this.map.set(key, value);
  }
}

describe("BoundedMemo against a reference", () => {
  it("answers like a plain oldest-first Map for any uses, with one to three texts per key", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(
          fc.record({
            set: fc.boolean(),
            // Few distinct texts, so that keys share their first texts and entries repeat.
            keys: fc.array(fc.constantFrom("烟台", "青岛", ""), { minLength: 3, maxLength: 3 }),
            value: fc.integer(),
          }),
          { maxLength: 40 }
        ),
        (width, limit, uses) => {
          const memo = new BoundedMemo<number>(limit);
          const reference = new ReferenceMemo<number>(limit);
          for (const { set, keys: all, value } of uses) {
            const keys = all.slice(0, width);
            if (set) {
              memo.set(keys, value);
              reference.set(keys, value);
            }
            expect(memo.get(keys)).toBe(reference.get(keys));
            expect(memo.size).toBe(reference.size);
          }
          // Every key, asked at the end: nothing dropped too early, nothing kept too long.
          for (const a of ["烟台", "青岛", ""])
            for (const b of ["烟台", "青岛", ""])
              for (const c of ["烟台", "青岛", ""]) {
                const keys = [a, b, c].slice(0, width);
                expect(memo.get(keys)).toBe(reference.get(keys));
              }
        }
      )
    );
  });

  it("keeps the first value set under a key, and counts the key once", () => {
    const memo = new BoundedMemo<string>(2);
    memo.set(["烟台", "国家级", ""], "first");
    memo.set(["烟台", "国家级", ""], "second");
    expect(memo.get(["烟台", "国家级", ""])).toBe("first");
    expect(memo.size).toBe(1);
    memo.set(["青岛", "", ""], "other");
    expect(memo.get(["烟台", "国家级", ""])).toBe("first");
    expect(memo.get(["青岛", "", ""])).toBe("other");
  });

  it("drops a single-text entry at its limit, as the oldest", () => {
    const memo = new BoundedMemo<number>(1);
    memo.set(["a"], 1);
    memo.set(["b"], 2);
    expect(memo.get(["a"])).toBeUndefined();
    expect(memo.get(["b"])).toBe(2);
    expect(memo.size).toBe(1);
  });

  it("dropping one entry keeps the others that share its first texts", () => {
    const memo = new BoundedMemo<number>(3);
    memo.set(["烟台", "国家级", "战新"], 1);
    memo.set(["烟台", "国家级", "先进制造"], 2);
    memo.set(["烟台", "省级", ""], 3);
    memo.set(["青岛", "", ""], 4);
    expect(memo.get(["烟台", "国家级", "战新"])).toBeUndefined();
    expect(memo.get(["烟台", "国家级", "先进制造"])).toBe(2);
    expect(memo.get(["烟台", "省级", ""])).toBe(3);
    expect(memo.get(["青岛", "", ""])).toBe(4);
  });
});

class Typo extends Error {}

describe("memoised", () => {
  it("computes an answer once for repeated keys", () => {
    const memo = new BoundedMemo<number | Typo>();
    let computed = 0;
    const ask = () => memoised(memo, ["烟台"], Typo, () => ++computed * 10);
    expect([ask(), ask(), ask()]).toStrictEqual([10, 10, 10]);
    expect(computed).toBe(1);
  });

  it("throws the same expected error every time, computing it once", () => {
    const memo = new BoundedMemo<number | Typo>();
    let computed = 0;
    const ask = () =>
      memoised<number, Typo>(memo, ["烟太"], Typo, () => {
        computed++;
        throw new Typo("烟太");
      });
    const errors = [1, 2, 3].map(() => {
      try {
        ask();
      } catch (error) {
        return error;
      }
      return undefined;
    });
    expect(errors[0]).toBeInstanceOf(Typo);
    expect(errors[1]).toBe(errors[0]);
    expect(errors[2]).toBe(errors[0]);
    expect(computed).toBe(1);
  });

  it("lets any other error through, remembering nothing, so the next call computes again", () => {
    const memo = new BoundedMemo<number | Typo>();
    let computed = 0;
    const ask = () =>
      memoised(memo, ["烟台"], Typo, () => {
        computed++;
        if (computed === 1) throw new RangeError("out of memory");
        return 7;
      });
    expect(ask).toThrow(RangeError);
    expect(memo.size).toBe(0);
    expect(ask()).toBe(7);
    expect(computed).toBe(2);
  });
});

describe("listKey", () => {
  it("is the empty text for no list and for an empty one, the text itself for one", () => {
    expect(listKey(undefined)).toBe("");
    expect(listKey([])).toBe("");
    expect(listKey(["烟台"])).toBe("烟台");
    expect(listKey(["烟台", "青岛"])).toBe("烟台\n青岛");
  });
});
