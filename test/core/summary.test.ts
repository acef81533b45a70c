import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Dataset } from "../../src/data/types";
import { buildCatalog } from "../../src/core/catalog";
import { summaryTable } from "../../src/core/summary";

const dataset = JSON.parse(
  readFileSync(join(__dirname, "fixtures", "mini-dataset.json"), "utf8")
) as Dataset;
const catalog = buildCatalog(dataset);
const all = dataset.clusters;

describe("summaryTable", () => {
  test("by city counts a cluster on two lists once and a joint cluster under each city it spans", () => {
    const table = summaryTable(catalog, all, "city", "zh-CN");
    expect(table.header).toEqual(["城市", "集群数（不重复）"]);
    // 烟台: offshore (two records, one cluster) + ships; 济南: software; 威海: ships (joint).
    expect(table.rows).toEqual([
      ["烟台", 2],
      ["威海", 1],
      ["济南", 1],
    ]);
  });

  test("by kind labels the kinds in the requested language", () => {
    const table = summaryTable(catalog, all, "kind", "en");
    expect(table.header).toEqual(["Kind", "Clusters (distinct)"]);
    expect(table.rows).toEqual([
      ["Strategic emerging industry cluster", 2],
      ["Advanced manufacturing cluster", 2],
    ]);
  });

  test("by industry lists only the industries present in the given records", () => {
    const table = summaryTable(catalog, all.slice(0, 2), "industry", "zh-CN");
    expect(table.rows).toEqual([["海洋工程装备", 1]]);
  });

  test("returns a header and no rows for an empty result", () => {
    expect(summaryTable(catalog, [], "city", "en")).toEqual({
      header: ["City", "Clusters (distinct)"],
      rows: [],
    });
  });
});
