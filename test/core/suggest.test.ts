import { editDistance, suggest } from "../../src/core/suggest";

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
