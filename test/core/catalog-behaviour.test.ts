/**
 * What the catalog's indexes answer, each checked against a plain filter over the dataset: the
 * names of industries and clusters, ids, cities, districts, metrics and programmes.
 */
import { buildCatalog, clusterCandidates, type Catalog, type Entry } from "../../src/core/catalog";
import { getCatalog } from "../../src/core/dataset";
import { canonical } from "../../src/core/names";
import type { Cluster, Dataset } from "../../src/data/types";
import { asWritten, miniDataset } from "./fixture";

/**
 * A catalog built by the test that reads it: its name indexes are filled on first use, so a
 * shared catalog would be filled by whichever test ran first, and mutation testing (which runs
 * only the tests that reached a line) would credit that test alone with the indexing code.
 */
const fresh = () => buildCatalog(getCatalog().dataset);
const clusters = getCatalog().dataset.clusters;

function entriesOf(catalog: Catalog, name: string, category: Entry["category"]): Entry[] {
  return catalog.names.get(name).filter((entry) => entry.category === category);
}

/** The spellings of a cluster's names, as the dataset states them (a name we translated also without its mark). */
function namesOf(cluster: Cluster): string[] {
  return [...asWritten(cluster.name.zh), cluster.name.en, ...cluster.nameForms.map((f) => f.zh)];
}

describe("catalog names", () => {
  it("finds every industry by its Chinese and English name, with all its clusters", () => {
    const catalog = fresh();
    for (const cluster of clusters) {
      const expected = clusters.filter((c) => c.industry.zh === cluster.industry.zh);
      for (const name of [cluster.industry.zh, cluster.industry.en]) {
        const entry = entriesOf(catalog, name, "industry").find(
          (e) => e.id === cluster.industry.zh
        );
        expect(entry?.label).toStrictEqual(expected[0].industry);
        expect(entry?.clusters).toStrictEqual(expected);
        expect(catalog.contains.find(name)).toContain(entry);
      }
    }
  });

  it("finds every cluster by each of its names, with the records of that cluster", () => {
    const catalog = fresh();
    for (const cluster of clusters) {
      const expected = clusters.filter((c) => c.key === cluster.key);
      for (const name of namesOf(cluster)) {
        const entry = entriesOf(catalog, name, "cluster").find((e) => e.id === cluster.key);
        expect(entry?.label).toStrictEqual(expected[0].name);
        expect(entry?.clusters).toStrictEqual(expected);
        expect(catalog.contains.find(name)).toContain(entry);
      }
    }
  });

  it("holds no cluster id among its names: ids are read through the records (ids.ts)", () => {
    const catalog = fresh();
    for (const cluster of clusters)
      expect(catalog.names.get(cluster.id).map((entry) => entry.id)).not.toContain(cluster.id);
  });

  it("suggests for SD.CLUSTER exactly the clusters' names and ids", () => {
    const catalog = fresh();
    const candidates = clusterCandidates(catalog);
    expect(candidates.every(({ value }) => value.category === "cluster")).toBe(true);
    const expected = new Set(clusters.flatMap((c) => [...namesOf(c), c.id].map(canonical)));
    expect(new Set(candidates.map(({ key }) => key))).toStrictEqual(expected);
  });
});

describe("catalog records", () => {
  it("files each record under every city it spans, once, and under no other key", () => {
    const catalog = fresh();
    for (const [city, filed] of catalog.clustersByCity) {
      expect(catalog.cities.has(city)).toBe(true);
      expect(filed).toStrictEqual(clusters.filter((c) => c.cities.includes(city)));
    }
  });

  it("files a record without a list of cities under its lead city, and a repeated city once", () => {
    const [first, second] = miniDataset.clusters;
    const data: Dataset = {
      ...miniDataset,
      clusters: [
        { ...first, cities: [] },
        { ...second, cities: [second.city, second.city] },
      ],
    };
    const built = buildCatalog(data);
    expect(built.clustersByCity.get(first.city)).toContain(data.clusters[0]);
    expect(
      built.clustersByCity.get(second.city)?.filter((c) => c === data.clusters[1])
    ).toHaveLength(1);
  });

  it("finds every district with its city", () => {
    const catalog = fresh();
    for (const city of catalog.dataset.cities)
      for (const district of city.districts)
        expect(catalog.districts.get(district.id)).toStrictEqual({ district, city });
  });

  it("lists each metric key once, in order of first appearance, with its first label", () => {
    const catalog = fresh();
    const expected = new Map<string, unknown>();
    for (const cluster of clusters)
      for (const metric of cluster.metrics)
        if (!expected.has(metric.key)) expected.set(metric.key, metric.label);
    expect([...catalog.metrics]).toStrictEqual([...expected]);
    expect(catalog.metrics.size).toBeGreaterThan(0);
  });

  it("keeps the first label of a metric that two records label differently", () => {
    const [first, second] = miniDataset.clusters;
    const metric = { ...first.metrics[0], key: "m", label: { zh: "甲", en: "A" } };
    const data: Dataset = {
      ...miniDataset,
      clusters: [
        { ...first, metrics: [metric] },
        { ...second, metrics: [{ ...metric, label: { zh: "乙", en: "B" } }] },
      ],
    };
    expect(buildCatalog(data).metrics.get("m")).toStrictEqual({ zh: "甲", en: "A" });
  });

  it("finds every metric by its key and both labels", () => {
    const catalog = fresh();
    for (const cluster of clusters)
      for (const metric of cluster.metrics)
        for (const name of [metric.key, metric.label.zh, metric.label.en])
          expect(catalog.metricNames.get(name)).toContain(metric.key);
  });

  it("finds every programme by its id and both names", () => {
    const catalog = fresh();
    for (const program of catalog.dataset.programs)
      for (const name of [program.id, program.name.zh, program.name.en])
        expect(catalog.kinds.get(name)).toContainEqual({ type: "program", program });
  });
});
