/**
 * Suggestions and lookups that run inside lazily built suggesters, each on a catalog the test
 * builds itself (a shared catalog's suggesters are built by whichever test misses first),
 * checked against literal answers and plain filters over the data.
 */
import { buildCatalog } from "../../src/core/catalog";
import { getCatalog } from "../../src/core/dataset";
import { ClusterNotFoundError, UnknownNameError } from "../../src/core/errors";
import { findCluster, queryTerms, resolveTerm } from "../../src/core/resolve";
import type { Dataset } from "../../src/data/types";
import { miniDataset, thrown } from "./fixture";

const dataset = getCatalog().dataset;
const fresh = () => buildCatalog(dataset);

/** The suggestions of an unknown word, asked of a fresh catalog as a term and as a query. */
function suggested(text: string, of: () => ReturnType<typeof buildCatalog> = fresh) {
  return [() => resolveTerm(of(), text), () => queryTerms(of(), [text])].map((run) => {
    const error = thrown(run);
    expect(error).toBeInstanceOf(UnknownNameError);
    return (error as UnknownNameError).suggestions;
  });
}

describe("suggestions leave out initials", () => {
  it("suggests no place for two letters one away from its initials (qx is not qd, 青岛)", () => {
    expect(suggested("qx")).toStrictEqual([[], []]);
    expect(suggested("yx")).toStrictEqual([[], []]);
  });

  it("suggests no place for three letters one away from its three initials (lgx is not lgq)", () => {
    expect(suggested("lgx")).toStrictEqual([[], []]);
  });

  it("still suggests a short name of letters and digits, which is not initials", () => {
    // The fixture with one industry renamed to a short code, as a product line may be named.
    const data = structuredClone(miniDataset) as Dataset;
    const renamed = data.clusters.filter((c) => c.industry.zh === "信息技术服务");
    for (const cluster of renamed) cluster.industry = { zh: "信息技术服务", en: "B2B" };
    const label = { zh: "信息技术服务", en: "B2B" };
    expect(suggested("b2c", () => buildCatalog(data))).toStrictEqual([[label], [label]]);
  });
});

describe("a misspelt kind in a query", () => {
  it("is reported as a kind, suggesting the kind's name", () => {
    const error = thrown(() => queryTerms(fresh(), ["战心"])) as UnknownNameError;
    expect(error).toBeInstanceOf(UnknownNameError);
    expect(error.category).toBe("kind");
    expect(error.suggestions).toStrictEqual([
      { zh: "战略性新兴产业集群", en: "Strategic emerging industry cluster" },
    ]);
  });
});

describe("findCluster", () => {
  it("finds every record by its id typed in capitals", () => {
    const catalog = fresh();
    for (const cluster of dataset.clusters)
      expect(findCluster(catalog, cluster.id.toUpperCase())).toBe(cluster);
  });

  it("suggests the nearest cluster name for a misspelt one, on a fresh catalog", () => {
    const error = thrown(() => findCluster(fresh(), "济南市信息技术服务产业集郡"));
    expect(error).toBeInstanceOf(ClusterNotFoundError);
    const cluster = dataset.clusters.find((c) => c.name.zh === "济南市信息技术服务产业集群")!;
    expect((error as ClusterNotFoundError).suggestions).toStrictEqual([cluster.name]);
  });
});
