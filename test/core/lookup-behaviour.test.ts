/**
 * NameLookup and SubstringIndex as a resolver sees them, against reference answers computed in
 * the test: the values of a shared name, the longest key, and "contains" matches in order.
 */
import fc from "fast-check";
import { NameLookup, SubstringIndex } from "../../src/core/lookup";

describe("NameLookup", () => {
  it("keeps each value of a shared name once, in the order first added", () => {
    const lookup = new NameLookup<string>();
    for (const value of ["district", "industry", "district", "cluster", "industry", "cluster"])
      lookup.addKey("海洋", value);
    expect(lookup.getKey("海洋")).toStrictEqual(["district", "industry", "cluster"]);
  });

  it("keeps a name added twice with one value as that one value", () => {
    const lookup = new NameLookup<string>();
    lookup.addKey("烟台", "yantai");
    lookup.addKey("烟台", "yantai");
    expect(lookup.getKey("烟台")).toStrictEqual(["yantai"]);
    expect(lookup.candidates()).toStrictEqual([{ key: "烟台", value: "yantai" }]);
  });

  it("knows its longest key, and every key start", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 2, maxLength: 12 }), { minLength: 1 }),
        (keys) => {
          const lookup = new NameLookup<number>();
          keys.forEach((key, i) => lookup.addKey(key, i));
          expect(lookup.longest).toBe(Math.max(...keys.map((key) => key.length)));
          for (const key of keys) expect(lookup.mayStartWith(key)).toBe(true);
        }
      )
    );
  });
});

describe("SubstringIndex", () => {
  /** The reference: values whose text contains the key, each once, in insertion order. */
  function containing(entries: [string, string][], key: string): string[] {
    const out: string[] = [];
    for (const [text, value] of entries)
      if (key.length > 0 && text.includes(key) && !out.includes(value)) out.push(value);
    return out;
  }

  it("finds ASCII and Chinese texts in insertion order, whatever side they are on", () => {
    const entries: [string, string][] = [
      ["5g", "a"],
      ["烟台5g产业", "b"],
      ["x5gy", "c"],
      ["济南5g", "d"],
      ["青岛", "e"],
    ];
    const index = new SubstringIndex<string>();
    for (const [text, value] of entries) index.addKey(text, value);
    expect(index.findKey("5g")).toStrictEqual(["a", "b", "c", "d"]);
    expect(index.findKey("青岛")).toStrictEqual(["e"]);
    expect(index.findKey("g")).toStrictEqual(["a", "b", "c", "d"]);
  });

  it("never matches across the end of one text and the start of the next", () => {
    const index = new SubstringIndex<string>();
    index.addKey("ab", "first");
    index.addKey("cd", "second");
    expect(index.findKey("b\u0000c")).toStrictEqual([]);
    expect(index.findKey("\u0000")).toStrictEqual([]);
  });

  it("answers as a plain filter over its texts", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "b", "烟", "台", "5"), maxLength: 6 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, fc.constantFrom("p", "q", "r", "s", "t")), { maxLength: 8 }),
        fc.array(text, { minLength: 1, maxLength: 4 }),
        (entries, keys) => {
          const index = new SubstringIndex<string>();
          for (const [t, value] of entries) index.addKey(t, value);
          const nonEmpty = entries.filter(([t]) => t.length > 0);
          for (const key of keys)
            expect(index.findKey(key)).toStrictEqual(containing(nonEmpty, key));
        }
      )
    );
  });
});
