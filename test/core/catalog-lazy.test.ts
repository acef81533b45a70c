/**
 * Start-up builds only the record maps: no name is canonicalised until a query names something
 * (or the pane, once drawn, fills the name indexes while idle).
 */
import type * as Names from "../../src/core/names";
import type { Dataset } from "../../src/data/types";

const asked: string[] = [];

jest.mock("../../src/core/names", () => {
  const actual = jest.requireActual<typeof Names>("../../src/core/names");
  return {
    ...actual,
    canonical: (text: string) => {
      asked.push(text);
      return actual.canonical(text);
    },
  };
});

// Imported after the mock, so that the catalog canonicalises through it.
import { buildCatalog, fillNameIndexes } from "../../src/core/catalog";
import { clustersMatching } from "../../src/core/resolve";
import data from "../../src/data/clusters.json";

const dataset = data as unknown as Dataset;
const yantai = dataset.clusters.filter((c) => c.cities.includes("yantai") || c.city === "yantai");

beforeEach(() => (asked.length = 0));

it("canonicalises no name while building the catalog", () => {
  const catalog = buildCatalog(dataset);
  expect(asked).toStrictEqual([]);
  expect(catalog.clusters.size).toBe(dataset.clusters.length);
});

it("fills the name indexes on the first query that names something, once", () => {
  const catalog = buildCatalog(dataset);
  expect(clustersMatching(catalog, { query: ["烟台"] })).toStrictEqual(yantai);
  const first = asked.length;
  expect(first).toBeGreaterThan(dataset.clusters.length);
  expect(clustersMatching(catalog, { query: ["烟台"] })).toStrictEqual(yantai);
  expect(asked.length - first).toBeLessThan(5);
});

it("fills every index ahead of time with fillNameIndexes, and answers the same", () => {
  const catalog = buildCatalog(dataset);
  fillNameIndexes(catalog);
  const filled = asked.length;
  expect(filled).toBeGreaterThan(dataset.clusters.length);
  expect(clustersMatching(catalog, { query: ["烟台"], level: ["国家级"] })).toStrictEqual(
    yantai.filter((c) => dataset.programs.find((p) => p.id === c.program)?.level === "national")
  );
  expect(asked.length - filled).toBeLessThan(5);
});
