/**
 * Cluster ids inside a query: read as written in the id column (any case, full width), as one
 * term even where their words are names, and replaced whole when misspelt.
 */
import { buildCatalog } from "../../src/core/catalog";
import { getCatalog } from "../../src/core/dataset";
import { UnknownNameError } from "../../src/core/errors";
import { queryTerms } from "../../src/core/resolve";
import type { Dataset } from "../../src/data/types";
import { miniDataset, thrown } from "./fixture";

const catalog = getCatalog();

/** The small dataset with one more record, whose id starts with a city and an industry word. */
const parkDataset: Dataset = {
  ...miniDataset,
  clusters: [
    ...miniDataset.clusters,
    { ...miniDataset.clusters[0], id: "yantai-offshore-park", key: "yantai-offshore-park" },
    { ...miniDataset.clusters[0], id: "yantai", key: "yantai-id" },
  ],
};
const park = buildCatalog(parkDataset);

const terms = (within: typeof catalog, text: string) =>
  queryTerms(within, [text]).map((t) => ({
    typed: t.typed,
    dimension: t.match.dimension,
    ids: "entries" in t.match ? t.match.entries.map((e) => e.id) : [],
  }));

describe("an id in a query", () => {
  it("is one term, in any case and width, beside other terms", () => {
    expect(terms(catalog, "NS1-Jinan-IT-Services 国家级")).toStrictEqual([
      { typed: "NS1-Jinan-IT-Services", dimension: "cluster", ids: ["ns1-jinan-it-services"] },
      { typed: "国家级", dimension: "level", ids: [] },
    ]);
    expect(terms(catalog, "烟台、ｎｓ１－ｊｉｎａｎ－ｉｔ－ｓｅｒｖｉｃｅｓ")[1]).toStrictEqual({
      typed: "ｎｓ１－ｊｉｎａｎ－ｉｔ－ｓｅｒｖｉｃｅｓ",
      dimension: "cluster",
      ids: ["ns1-jinan-it-services"],
    });
  });
  it("is read in letters of two UTF-16 units each", () => {
    // Mathematical bold: one ASCII unit each in NFKC.
    const bold = "𝐧𝐬𝟏-𝐣𝐢𝐧𝐚𝐧-𝐢𝐭-𝐬𝐞𝐫𝐯𝐢𝐜𝐞𝐬";
    expect(terms(catalog, bold)).toStrictEqual([
      { typed: bold, dimension: "cluster", ids: ["ns1-jinan-it-services"] },
    ]);
  });
  it("is read whole where its words are a city and part of a name", () => {
    expect(terms(park, "yantai-offshore-park")).toStrictEqual([
      { typed: "yantai-offshore-park", dimension: "cluster", ids: ["yantai-offshore-park"] },
    ]);
    expect(terms(park, "yantai offshore").map((t) => t.dimension)).toStrictEqual([
      "place",
      "industry",
    ]);
  });
  it("gives way to a name written the same", () => {
    expect(terms(park, "yantai")).toStrictEqual([
      { typed: "yantai", dimension: "place", ids: ["yantai"] },
    ]);
    expect(terms(park, "yantai").length).toBe(1);
  });
  it("is not read across a space, two hyphens or another dash", () => {
    for (const text of ["ns1 jinan-it-services", "ns1--jinan-it-services", "ns1—jinan-it-services"])
      expect(thrown(() => queryTerms(catalog, [text]))).toBeInstanceOf(UnknownNameError);
  });
  it("misspelt, is the unknown word whole, with the id suggested", () => {
    for (const [within, text, id] of [
      [catalog, "ns1-jinan-it-servics", "ns1-jinan-it-services"],
      [park, "yantai-offshore-parc", "yantai-offshore-park"],
      [park, "Yantai-Offshore-Parc 国家级", "yantai-offshore-park"],
    ] as const) {
      const error = thrown(() => queryTerms(within, [text])) as UnknownNameError;
      expect(error.term).toBe(text.split(" ")[0]);
      expect(error.suggestions.map((s) => s.en)).toContain(id);
    }
  });
  it("misspelt, is replaced without the Chinese around it, hyphen or not", () => {
    for (const text of [
      "烟台-ns1-jinan-it-servics",
      "ns1-jinan-it-servics-烟台",
      "烟台ns1-jinan-it-servics",
    ]) {
      const error = thrown(() => queryTerms(catalog, [text])) as UnknownNameError;
      expect(error.term).toBe("ns1-jinan-it-servics");
    }
  });
  it("misspelt past what any name is near, leaves the unknown word where it was", () => {
    const error = thrown(() => queryTerms(park, ["yantai-xqzwvk"])) as UnknownNameError;
    expect(error.term).toBe("xqzwvk");
  });
});
