// The count tables charts are built on: distinct clusters per group, most first, ties in the order
// the groups first appear. The oracle below is a plain count over the records, grouped by hand.
import fc from "fast-check";
import type { Cluster, Dataset } from "../../src/data/types";
import { buildCatalog } from "../../src/core/catalog";
import { getCatalog } from "../../src/core/dataset";
import { summaryTable } from "../../src/core/summary";
import { miniCatalog, miniDataset } from "./fixture";

const byId = (id: string) => miniDataset.clusters.find((c) => c.id === id)!;
const jinan = byId("ns1-jinan-software");
const offshoreNational = byId("ns1-yantai-offshore");
const offshoreProvincial = byId("pa1-yantai-offshore");
const ships = byId("pa1-yantai-weihai-ships");

describe("summary tables", () => {
  it("put the group with most clusters first, whatever order the records come in", () => {
    const records = [jinan, offshoreNational, ships];
    expect(summaryTable(miniCatalog, records, "city", "zh-CN").rows).toStrictEqual([
      ["烟台", 2],
      ["济南", 1],
      ["威海", 1],
    ]);
    expect(
      summaryTable(miniCatalog, [ships, jinan, offshoreNational], "city", "zh-CN").rows
    ).toStrictEqual([
      ["烟台", 2],
      ["威海", 1],
      ["济南", 1],
    ]);
  });

  it("name cities in English for an English table", () => {
    const table = summaryTable(miniCatalog, miniDataset.clusters, "city", "en");
    expect(table).toStrictEqual({
      header: ["City", "Clusters (distinct)"],
      rows: [
        ["Yantai", 2],
        ["Weihai", 1],
        ["Jinan", 1],
      ],
    });
  });

  it("count a record without a list of cities under its lead city, and a repeated city once", () => {
    const data: Dataset = {
      ...miniDataset,
      clusters: [
        { ...jinan, cities: [] },
        { ...ships, cities: [ships.city, ships.city] },
      ],
    };
    const catalog = buildCatalog(data);
    expect(summaryTable(catalog, data.clusters, "city", "zh-CN").rows).toStrictEqual([
      ["济南", 1],
      ["烟台", 1],
    ]);
  });

  it("leave a record of a programme the catalog does not know out of the count by kind", () => {
    const stray = { ...jinan, key: "stray", program: "no-such-programme" };
    const data: Dataset = { ...miniDataset, clusters: [stray, offshoreProvincial] };
    const catalog = buildCatalog(data);
    expect(summaryTable(catalog, data.clusters, "kind", "zh-CN").rows).toStrictEqual([
      ["先进制造业集群", 1],
    ]);
  });

  it("match a hand count of any selection of the real records", () => {
    const catalog = getCatalog();
    const clusters = catalog.dataset.clusters;
    const groupsOf = {
      city: (c: Cluster) => [...new Set(c.cities)].map((id) => catalog.cities.get(id)!.short),
      industry: (c: Cluster) => [c.industry.zh],
    };
    fc.assert(
      fc.property(
        fc.shuffledSubarray(clusters as Cluster[]),
        fc.constantFrom("city" as const, "industry" as const),
        (records, by) => {
          const seen: string[] = [];
          for (const c of records)
            for (const g of groupsOf[by](c)) if (!seen.includes(g)) seen.push(g);
          const count = (g: string) =>
            new Set(records.filter((c) => groupsOf[by](c).includes(g)).map((c) => c.key)).size;
          const expected = seen
            .map((g, i) => ({ g, n: count(g), i }))
            .sort((a, b) => (a.n !== b.n ? b.n - a.n : a.i - b.i))
            .map(({ g, n }) => [g, n]);
          expect(summaryTable(catalog, records, by, "zh-CN").rows).toStrictEqual(expected);
        }
      ),
      { numRuns: 50 }
    );
  });
});
