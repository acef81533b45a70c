import { getCatalog } from "../../src/core/dataset";
import { editDistance, suggest, Suggester } from "../../src/core/suggest";

describe("editDistance", () => {
  it.each([
    ["yantai", "yantai", 0],
    ["yantia", "yantai", 1],
    ["烟太", "烟台", 1],
    ["qingdoa", "qingdao", 1],
    ["kitten", "sitting", 3],
  ])("%s → %s is %i", (a, b, d) => {
    expect(editDistance(a, b, 5)).toBe(d);
  });
  it("gives up past the limit", () => {
    expect(editDistance("a".repeat(10_000), "yantai", 3)).toBe(4);
  });
});

describe("suggest", () => {
  const candidates = [
    { key: "烟台", value: "烟台" },
    { key: "济南", value: "济南" },
    { key: "济宁", value: "济宁" },
    { key: "yantai", value: "Yantai" },
  ];
  it("finds the nearest name", () => {
    expect(suggest("烟太", candidates)).toEqual(["烟台"]);
    expect(suggest("yantia", candidates)).toEqual(["Yantai"]);
  });
  it("lists every name equally near", () => {
    expect(suggest("济男", candidates)).toEqual(["济南", "济宁"]);
  });
  it("suggests nothing when nothing is near", () => {
    expect(suggest("上海浦东", candidates)).toEqual([]);
  });
});

describe("Suggester", () => {
  /** Every way a name is commonly mistyped: a letter dropped, doubled, swapped or replaced. */
  function typos(key: string): string[] {
    const chars = [...key];
    const out: string[] = [];
    for (let i = 0; i < chars.length; i++) {
      out.push([...chars.slice(0, i), ...chars.slice(i + 1)].join(""));
      out.push([...chars.slice(0, i + 1), ...chars.slice(i)].join(""));
      out.push([...chars.slice(0, i), "x", ...chars.slice(i + 1)].join(""));
      if (i + 1 < chars.length)
        out.push([...chars.slice(0, i), chars[i + 1], chars[i], ...chars.slice(i + 2)].join(""));
    }
    return out;
  }

  it("gives what suggest gives over the same candidates, for typos of every name in the dataset", () => {
    const catalog = getCatalog();
    for (const lookup of [catalog.names, catalog.clusterNames]) {
      const candidates = lookup.candidates();
      const suggester = new Suggester(candidates);
      const keys = [...new Set(candidates.map((c) => c.key))];
      const terms = [
        "y",
        "ya",
        "yan",
        "zzz",
        "烟太",
        "yantia",
        ...keys.filter((_, i) => i % 7 === 0).flatMap(typos),
      ];
      for (const term of terms) expect(suggester.suggest(term)).toEqual(suggest(term, candidates));
    }
  });
});
