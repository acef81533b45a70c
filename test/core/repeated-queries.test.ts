/**
 * Queries answered from the per-catalog memos, and the shortcuts clustersMatching takes, give
 * what the plain computation gives: checked against a reference written without either.
 */
import { buildCatalog, type Catalog } from "../../src/core/catalog";
import { getCatalog } from "../../src/core/dataset";
import { QueryError, UnknownNameError } from "../../src/core/errors";
import { resolveFields } from "../../src/core/fields";
import { countClusters } from "../../src/core/queries";
import {
  clustersMatching,
  programsMatching,
  resolveTerm,
  type ClusterFilter,
} from "../../src/core/resolve";
import { splitList } from "../../src/core/text";
import type { Cluster } from "../../src/data/types";

const catalog = getCatalog();

/**
 * What clustersMatching did before its shortcuts: a Set of every match, filtered, sorted. Each
 * query here names one dimension (places, or industries), so its items are alternatives.
 */
function reference(c: Catalog, filter: ClusterFilter): Cluster[] {
  const allowed = new Set(programsMatching(c, filter).map((p) => p.id));
  const items = (filter.query ?? []).flatMap(splitList);
  const found = new Set<Cluster>(
    items.length === 0
      ? c.dataset.clusters
      : items.flatMap((item) => resolveTerm(c, item).flatMap((entry) => entry.clusters))
  );
  return [...found]
    .filter((cluster) => allowed.has(cluster.program))
    .sort((a, b) => c.dataset.clusters.indexOf(a) - c.dataset.clusters.indexOf(b));
}

const QUERIES = [
  "",
  "烟台",
  "煙臺",
  "海洋",
  "生物医药",
  "烟台、青岛",
  "济南、济南高新区",
  "烟台 青岛",
];
const LEVELS = ["", "国家级", "省级"];
const KINDS = ["", "战新", "先进制造业"];

describe("entries' records", () => {
  it("are each in dataset order, each record once: one entry's list needs no sort", () => {
    const lists = [
      ...catalog.names.candidates().map(({ value }) => value.clusters),
      ...catalog.clustersByCity.values(),
      ...catalog.clustersByProgram.values(),
    ];
    for (const list of lists) {
      const order = list.map((cluster) => catalog.dataset.clusters.indexOf(cluster));
      for (let i = 1; i < order.length; i++) expect(order[i]).toBeGreaterThan(order[i - 1]);
    }
  });

  it("carry each record's dataset position, which is what merging them sorts by", () => {
    const entries = new Set(catalog.names.candidates().map(({ value }) => value));
    expect(entries.size).toBeGreaterThan(300);
    for (const entry of entries)
      expect(entry.positions).toStrictEqual(
        entry.clusters.map((cluster) => catalog.dataset.clusters.indexOf(cluster))
      );
  });
});

describe("clustersMatching and countClusters", () => {
  it.each(QUERIES)("match the reference for %p with every level and kind", (query) => {
    for (const level of LEVELS) {
      for (const kind of KINDS) {
        const filter = { query: [query], level: [level], kind: [kind] };
        const expected = reference(catalog, filter);
        // Twice: the second answer comes from the memo.
        for (let round = 0; round < 2; round++) {
          expect(clustersMatching(catalog, filter)).toEqual(expected);
          expect(countClusters(catalog, filter)).toBe(new Set(expected.map((c) => c.key)).size);
        }
      }
    }
  });

  it("merge many entries in dataset order on a larger catalog (sorted and swept merges)", () => {
    const base = catalog.dataset;
    const big = buildCatalog({
      ...base,
      clusters: Array.from({ length: 20 }, (_, copy) =>
        base.clusters.map((c) => ({ ...c, id: `${c.id}-${copy}`, key: `${c.key}-${copy}` }))
      ).flat(),
    });
    for (const query of ["海洋", "烟台、青岛、济南、潍坊", "生物医药、人工智能"]) {
      const filter = { query: [query] };
      expect(clustersMatching(big, filter)).toEqual(reference(big, filter));
    }
  });

  it("give each caller its own array: changing one does not change the next answer", () => {
    const first = clustersMatching(catalog, { query: ["烟台"] });
    const copy = [...first];
    first.reverse();
    first.push(first[0]);
    expect(clustersMatching(catalog, { query: ["烟台"] })).toEqual(copy);
    const all = clustersMatching(catalog, {});
    all.length = 0;
    expect(clustersMatching(catalog, {})).toEqual(catalog.dataset.clusters);
  });

  it("answer a list of texts as the same texts in one cell", () => {
    expect(clustersMatching(catalog, { query: ["烟台", "青岛"] })).toEqual(
      clustersMatching(catalog, { query: ["烟台、青岛"] })
    );
    expect(countClusters(catalog, { query: ["烟台", "青岛"], level: ["国家级", "省级"] })).toBe(
      countClusters(catalog, { query: ["烟台\n青岛"], level: ["国家级\n省级"] })
    );
  });

  it("throw for an unknown name every time, with the same message", () => {
    const messages: string[] = [];
    for (let round = 0; round < 3; round++) {
      for (const run of [
        () => clustersMatching(catalog, { query: ["烟太"] }),
        () => countClusters(catalog, { query: ["烟太"] }),
        () => countClusters(catalog, { query: ["烟台"], level: ["市级"] }),
      ]) {
        try {
          run();
          throw new Error("no error");
        } catch (error) {
          expect(error).toBeInstanceOf(QueryError);
          messages.push((error as QueryError).describe("zh-CN"));
        }
      }
    }
    // Each round throws the first round's three messages again.
    expect(messages.slice(3)).toEqual([...messages.slice(0, 3), ...messages.slice(0, 3)]);
    expect(messages[0]).toContain("烟台");
  });
});

describe("resolveFields", () => {
  it("answers repeated field lists equally, and changes to one answer do not leak", () => {
    const first = resolveFields(catalog, []);
    const ids = first.map((f) => f.id);
    first.splice(0, first.length);
    expect(resolveFields(catalog, []).map((f) => f.id)).toEqual(ids);
    expect(resolveFields(catalog, ["名称,城市"]).map((f) => f.id)).toEqual(["name", "city"]);
    expect(resolveFields(catalog, ["名称,城市"]).map((f) => f.id)).toEqual(["name", "city"]);
  });
  it("still throws for an unknown field every time", () => {
    for (let round = 0; round < 2; round++)
      expect(() => resolveFields(catalog, ["名字x"])).toThrow(UnknownNameError);
  });
});
