import { buildCatalog } from "../../src/core/catalog";
import { getCatalog } from "../../src/core/dataset";
import { clusterById, idCandidates, idEntry, idTextLimit } from "../../src/core/ids";
import type { Dataset } from "../../src/data/types";

const catalog = getCatalog();
const { clusters } = catalog.dataset;

/** Full-width forms of ASCII letters, digits and the hyphen (U+FF01–FF5E), as a Chinese IME types them. */
const fullWidth = (text: string) =>
  text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
/** Mathematical bold digits and small letters: two UTF-16 units each, one ASCII unit in NFKC. */
const bold = (text: string) =>
  [...text]
    .map((c) =>
      /\d/.test(c)
        ? String.fromCodePoint(0x1d7ce + Number(c))
        : /[a-z]/.test(c)
          ? String.fromCodePoint(0x1d41a + c.charCodeAt(0) - 0x61)
          : c
    )
    .join("");

describe("clusterById", () => {
  it("finds every record by its id as written, in any case and in full width", () => {
    for (const cluster of clusters) {
      for (const typed of [cluster.id, cluster.id.toUpperCase(), fullWidth(cluster.id)])
        expect(clusterById(catalog, typed)).toBe(cluster);
    }
  });
  it("folds width even where the text is twice the longest id in UTF-16 units", () => {
    const longest = clusters.reduce((a, b) => (b.id.length > a.id.length ? b : a));
    const typed = bold(longest.id);
    expect(typed.length).toBeGreaterThan(longest.id.length);
    expect(clusterById(catalog, typed)).toBe(longest);
  });
  it("takes nothing but case and width as the same id", () => {
    const id = "ns1-jinan-it-services";
    expect(clusterById(catalog, id)?.id).toBe(id);
    for (const typed of [
      "ns1 jinan it services",
      "ns1jinanitservices",
      "ns1—jinan-it-services",
      "ns1-jinan",
      "",
    ])
      expect(clusterById(catalog, typed)).toBeUndefined();
  });
});

describe("idEntry", () => {
  it("gives every record as that one record labelled by its id, at its dataset position", () => {
    clusters.forEach((cluster, position) => {
      expect(idEntry(catalog, cluster.id.toUpperCase())).toStrictEqual({
        category: "cluster",
        id: cluster.id,
        label: { zh: cluster.id, en: cluster.id },
        clusters: [cluster],
        positions: [position],
      });
    });
    expect(idEntry(catalog, "济南")).toBeUndefined();
  });
});

describe("idTextLimit", () => {
  it("is twice the longest id, in UTF-16 units", () => {
    expect(idTextLimit(catalog)).toBe(2 * Math.max(...clusters.map(({ id }) => id.length)));
  });
});

describe("idCandidates", () => {
  it("lists every id's canonical key with its entry, in dataset order", () => {
    const small: Dataset = { ...catalog.dataset, clusters: clusters.slice(3, 6) };
    const candidates = idCandidates(buildCatalog(small));
    expect(candidates.map(({ key }) => key)).toStrictEqual(
      small.clusters.map(({ id }) => id.replace(/-/g, ""))
    );
    expect(candidates.map(({ value }) => value.positions)).toStrictEqual([[0], [1], [2]]);
    expect(candidates.map(({ value }) => value.clusters[0])).toStrictEqual(small.clusters);
  });
});
