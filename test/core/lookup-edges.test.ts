/**
 * What the catalog's name lookup holds, on catalogs the test builds (the lookup is filled on
 * first use): every key is the canonical form of a name or place the dataset states for
 * that entry, so no suggestion or match comes from anywhere else.
 */
import { buildCatalog, type Entry } from "../../src/core/catalog";
import { getCatalog } from "../../src/core/dataset";
import { canonical } from "../../src/core/names";
import type { Dataset } from "../../src/data/types";
import { asWritten, miniDataset } from "./fixture";

/** The spellings the dataset states for an industry or cluster entry. */
function statedNames(dataset: Dataset, entry: Entry): string[] {
  if (entry.category === "industry")
    return dataset.clusters
      .filter((c) => c.industry.zh === entry.id)
      .flatMap((c) => [...asWritten(c.industry.zh), c.industry.en]);
  return dataset.clusters
    .filter((c) => c.key === entry.id)
    .flatMap((c) => [...asWritten(c.name.zh), c.name.en, ...c.nameForms.map((f) => f.zh)]);
}

describe("the name lookup of industries and clusters", () => {
  it.each([
    ["the bundled dataset", getCatalog().dataset],
    ["the small dataset", miniDataset],
  ])("holds only the names %s states for each entry", (_, dataset) => {
    const catalog = buildCatalog(dataset);
    let checked = 0;
    for (const { key, value } of catalog.names.candidates()) {
      if (value.category !== "industry" && value.category !== "cluster") continue;
      expect(statedNames(dataset, value).map(canonical)).toContain(key);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(2 * dataset.clusters.length);
  });
});
