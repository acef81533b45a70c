/**
 * The whole index build: buildCatalog, then the name indexes it leaves to the first query that
 * names something (and the cluster and metric lookups). Benchmarks that compare index builds
 * use this, so a lookup filled on first use is never left out of a figure.
 */
import { buildCatalog, fillNameIndexes, type Catalog } from "../src/core/catalog";
import type { Dataset } from "../src/data/types";

export function buildWhole(dataset: Dataset): Catalog {
  const catalog = buildCatalog(dataset);
  fillNameIndexes(catalog);
  return catalog;
}
