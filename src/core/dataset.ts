/**
 * The bundled dataset and its catalog. The catalog is built on first use, not at module
 * load, so loading the add-in costs nothing until a function or the pane asks for data.
 */
import type { Dataset } from "../data/types";
import data from "../data/clusters.json";
import { withTranslationMarks } from "../data/translated";
import { buildCatalog, type Catalog } from "./catalog";

let catalog: Catalog | undefined;

/**
 * The catalog over the bundled clusters.json, built once.
 *
 * @example
 * getCatalog().cities.get("yantai")?.short //=> "烟台"
 */
export function getCatalog(): Catalog {
  catalog ??= buildCatalog(withTranslationMarks(data as unknown as Dataset));
  return catalog;
}
