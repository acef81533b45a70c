import fc from "fast-check";
import { NameLookup, SubstringIndex } from "../../src/core/lookup";

describe("NameLookup", () => {
  it("finds a value under any spelling of its name", () => {
    const lookup = new NameLookup<string>();
    lookup.add("煙臺市", "yantai");
    expect(lookup.get("烟台市")).toEqual(["yantai"]);
    expect(lookup.get("青岛")).toEqual([]);
  });
  it("keeps every value sharing a name, each once", () => {
    const lookup = new NameLookup<string>();
    lookup.add("海洋", "district");
    lookup.add("海洋", "industry");
    lookup.add("海 洋", "industry");
    expect(lookup.get("海洋")).toEqual(["district", "industry"]);
  });
  it("knows every start of its keys: no text starting as a key does is ever refused", () => {
    const unit = fc.constantFrom(..."烟台市海洋ab1第yz", "\u{20000}");
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit, minLength: 1, maxLength: 8 }), { maxLength: 30 }),
        fc.string({ unit, maxLength: 4 }),
        (keys, rest) => {
          const lookup = new NameLookup<number>();
          keys.forEach((key, i) => lookup.addKey(key, i));
          for (const key of keys)
            if (key.length >= 2) expect(lookup.mayStartWith(key + rest)).toBe(true);
        }
      )
    );
  });
  it("refuses a text that starts as no key does (few pairs share a bit)", () => {
    const lookup = new NameLookup<string>();
    for (const name of ["烟台", "青岛市", "yantai"]) lookup.add(name, name);
    expect(lookup.mayStartWith("烟台开发区")).toBe(true);
    expect(lookup.mayStartWith("青岛")).toBe(true);
    expect(lookup.mayStartWith("ya")).toBe(true);
    const refused = ["台烟", "岛青", "ay", "某某", "时生", "zz"].filter(
      (t) => !lookup.mayStartWith(t)
    );
    expect(refused.length).toBeGreaterThanOrEqual(5);
    expect(new NameLookup<string>().mayStartWith("烟台")).toBe(false);
  });
  it("ignores names that are only punctuation", () => {
    const lookup = new NameLookup<string>();
    lookup.add(" - ", "x");
    expect(lookup.candidates()).toEqual([]);
  });
});

describe("SubstringIndex", () => {
  const index = new SubstringIndex<string>();
  index.add("烟台市海洋工程装备产业集群", "a");
  index.add("青烟威船舶与海洋工程装备集群", "b");
  index.add("Offshore Engineering", "c");
  it("finds every text containing the query", () => {
    expect(index.find("海洋工程")).toEqual(["a", "b"]);
    expect(index.find("烟")).toEqual(["a", "b"]);
    expect(index.find("engineering")).toEqual(["c"]);
  });
  it("finds nothing for text no name contains", () => {
    expect(index.find("海洋化工")).toEqual([]);
    expect(index.find("")).toEqual([]);
  });
});

describe("SubstringIndex without single Latin letters in its index", () => {
  const index = new SubstringIndex<string>();
  index.add("Offshore Engineering", "c");
  index.add("海洋工程", "d");
  index.add("x", "e");
  index.add("海洋·海洋", "f");
  it("still finds a single letter, by reading the texts", () => {
    expect(index.find("g")).toEqual(["c"]);
    expect(index.find("x")).toEqual(["e"]);
    expect(index.find("q")).toEqual([]);
  });
  it("finds a single Chinese character and a pair repeated in one text, each value once", () => {
    expect(index.find("洋")).toEqual(["d", "f"]);
    expect(index.find("海洋")).toEqual(["d", "f"]);
    expect(index.find("洋海")).toEqual(["f"]);
  });
});
