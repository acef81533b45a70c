import fc from "fast-check";
import { clusterCandidates } from "../../src/core/catalog";
import { getCatalog } from "../../src/core/dataset";
import { editDistance, suggest, Suggester } from "../../src/core/suggest";
import { typo, TYPO_KINDS } from "./typos";

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
  // The exhaustive comparison over typos of every name runs in the bench (bench/queries.ts);
  // here a bounded random sample of the same typos keeps the test quick.
  const catalog = getCatalog();
  const lookups = [catalog.names.candidates(), clusterCandidates(catalog)].map((candidates) => {
    return {
      candidates,
      suggester: new Suggester(candidates),
      keys: [...new Set(candidates.map((c) => c.key))],
    };
  });

  it("gives what suggest gives for fixed short and misspelt terms", () => {
    for (const { candidates, suggester } of lookups)
      for (const term of ["y", "ya", "yan", "zzz", "烟太", "yantia", "", "济男"])
        expect(suggester.suggest(term)).toEqual(suggest(term, candidates));
  });

  it("gives what suggest gives over the same candidates, for a sample of typos of the dataset's names", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: lookups.length - 1 }),
        fc.nat(),
        fc.constantFrom(...TYPO_KINDS),
        fc.nat(),
        fc.constantFrom("x", "烟", "a", "台"),
        (which, keyIndex, kind, position, letter) => {
          const { candidates, suggester, keys } = lookups[which];
          const term = typo(keys[keyIndex % keys.length], kind, position, letter);
          expect(suggester.suggest(term)).toEqual(suggest(term, candidates));
        }
      ),
      { numRuns: 300 }
    );
  });
});
