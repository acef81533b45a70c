import { getCatalog } from "../../src/core/dataset";
import { UnknownNameError } from "../../src/core/errors";
import {
  applyFilter,
  EMPTY_FILTER,
  filterOptions,
  hasFilters,
} from "../../src/taskpane/browse-model";

const catalog = getCatalog();
const ids = (filter: Partial<typeof EMPTY_FILTER>) =>
  applyFilter(catalog, { ...EMPTY_FILTER, ...filter }).clusters.map((c) => c.id);

describe("applyFilter", () => {
  test("with nothing set it is every record, in dataset order", () => {
    expect(ids({})).toEqual(catalog.dataset.clusters.map((c) => c.id));
  });

  test("煙臺, yantai and 烟台市 select the same records, as in the functions", () => {
    const yantai = ids({ search: "烟台" });
    expect(yantai.length).toBeGreaterThan(0);
    for (const form of ["煙臺", "yantai", "烟台市", " YanTai "])
      expect(ids({ search: form })).toEqual(yantai);
  });

  test("the city filter keeps a joint cluster under every city it spans", () => {
    const joint = catalog.dataset.clusters.find((c) => c.cities.length > 1)!;
    for (const city of joint.cities) expect(ids({ city })).toContain(joint.id);
  });

  test("search and city narrow each other (both must hold)", () => {
    const both = ids({ search: "生物医药", city: "yantai" });
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(ids({ search: "生物医药" }).length);
    for (const id of both) expect(catalog.clusters.get(id)!.cities).toContain("yantai");
  });

  test("level, kind, batch and industry each keep only matching records", () => {
    for (const id of ids({ level: "national" })) {
      expect(catalog.programs.get(catalog.clusters.get(id)!.program)!.level).toBe("national");
    }
    for (const id of ids({ kind: "future-industry" })) {
      expect(catalog.programs.get(catalog.clusters.get(id)!.program)!.kind).toBe("future-industry");
    }
    const batch = ids({ batch: "provincial-strategic-emerging#2" });
    expect(batch.length).toBeGreaterThan(0);
    for (const id of batch)
      expect(catalog.clusters.get(id)).toMatchObject({
        program: "provincial-strategic-emerging",
        batch: 2,
      });
    for (const id of ids({ industry: "生物医药" }))
      expect(catalog.clusters.get(id)!.industry.zh).toBe("生物医药");
  });

  test("an unknown search gives no records and core's error with its suggestion", () => {
    const result = applyFilter(catalog, { ...EMPTY_FILTER, search: "烟太" });
    expect(result.clusters).toEqual([]);
    expect(result.error).toBeInstanceOf(UnknownNameError);
    expect(result.error!.describe("zh-CN")).toContain("烟台");
  });
});

test("hasFilters ignores the search box", () => {
  expect(hasFilters({ ...EMPTY_FILTER, search: "烟台" })).toBe(false);
  expect(hasFilters({ ...EMPTY_FILTER, industry: "生物医药" })).toBe(true);
});

test("filterOptions lead with 'all' and label in the language", () => {
  const zh = filterOptions(catalog, "zh-CN", "全部");
  const en = filterOptions(catalog, "en", "All");
  expect(zh.city[0]).toEqual(["", "全部"]);
  expect(zh.city).toContainEqual(["yantai", "烟台"]);
  expect(en.city).toContainEqual(["yantai", "Yantai"]);
  expect(en.level).toEqual([
    ["", "All"],
    ["national", "National"],
    ["provincial", "Provincial"],
  ]);
  expect(zh.batch.length - 1).toBe(
    catalog.dataset.programs.reduce((n, p) => n + p.batches.length, 0)
  );
  expect(new Set(zh.industry.map(([v]) => v)).size).toBe(zh.industry.length);
});
