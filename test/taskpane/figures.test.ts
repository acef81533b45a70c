import { figureParts, statedCount, statedNumber } from "../../src/taskpane/figures";
import type { Metric } from "../../src/data/types";

describe("statedNumber", () => {
  test.each([
    ["exact", "zh-CN", "7个"],
    ["over", "zh-CN", "7余个"],
    ["about", "zh-CN", "约7个"],
    ["at-least", "zh-CN", "7个以上"],
    ["exact", "en", "7"],
    ["over", "en", "over 7"],
    ["about", "en", "about 7"],
    ["at-least", "en", "at least 7"],
  ] as const)(
    "puts the qualifier %s where %s readers expect it",
    (qualifier, language, expected) => {
      expect(statedNumber(7, qualifier, "个", language)).toBe(expected);
    }
  );

  test("170 with over reads 170余家 and over 170 enterprises", () => {
    expect(statedNumber(170, "over", "家", "zh-CN")).toBe("170余家");
    expect(statedNumber(170, "over", "家", "en")).toBe("over 170 enterprises");
  });

  test("writes Chinese figures without thousands separators, as the sources do", () => {
    expect(statedNumber(1000, "over", "亿元", "zh-CN")).toBe("1000余亿元");
  });

  test("turns 亿元 and 万元 into English magnitudes instead of leaving a foreign unit", () => {
    expect(statedNumber(1000, "over", "亿元", "en")).toBe("over 100 billion yuan");
    expect(statedNumber(35, "exact", "亿元", "en")).toBe("3.5 billion yuan");
    expect(statedNumber(500, "exact", "万元", "en")).toBe("5 million yuan");
    expect(statedNumber(12.5, "about", "%", "en")).toBe("about 12.5%");
  });

  test("shows a unit it does not know as written", () => {
    expect(statedNumber(3, "exact", "吨", "en")).toBe("3 吨");
  });
});

describe("figureParts", () => {
  const metric: Metric = {
    key: "hightech-enterprises",
    label: { zh: "高新技术企业", en: "High-tech enterprises" },
    value: 170,
    unit: "家",
    qualifier: "over",
    year: 2023,
    scope: { zh: "集群内", en: "Within the cluster" },
    source: "src-002",
  };

  test("gives label, value and the year and scope that qualify it", () => {
    expect(figureParts(metric, "zh-CN")).toEqual({
      label: "高新技术企业",
      value: "170余家",
      year: "2023年",
      scope: "集群内",
    });
    expect(figureParts(metric, "en")).toEqual({
      label: "High-tech enterprises",
      value: "over 170 enterprises",
      year: "2023",
      scope: "Within the cluster",
    });
  });

  test("leaves the year out where none is stated", () => {
    expect(figureParts({ ...metric, year: undefined }, "en").year).toBe("");
  });
});

test("statedCount names the scope and the date", () => {
  const count = {
    value: 66,
    qualifier: "exact" as const,
    scope: "nationwide" as const,
    asOf: "2019-10",
    sources: [],
  };
  expect(statedCount(count, "en")).toBe("66 (Nationwide, as of 2019-10)");
  expect(statedCount(count, "zh-CN")).toBe("66个（全国，截至 2019-10）");
});
