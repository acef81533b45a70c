/**
 * What the pane shows before a refresh: per tracked table, chart and comparison sheet, whether
 * it was written from the dataset the add-in now carries, or from which older one. Pure: read
 * from the registry alone, no trip to Excel.
 */
import type { LoadedRegistry } from "./registry";
import type { RegistryEntry } from "./registry-format";

export interface TableStatus {
  entryId: string;
  type: RegistryEntry["type"];
  /** The table's name, or the comparison sheet's name. */
  name: string;
  sheetName: string;
  /** Dataset version it was last written from ("" where an old entry did not record it). */
  version: string;
  /** ISO time of the insert or of the last refresh. */
  refreshedAt: string;
  /** Written from the dataset version the add-in carries now. */
  current: boolean;
}

/**
 * @example
 * tableStatuses(loaded, "2026.12.0")[0] //=> { name: "SD_t1", version: "2026.11.0", current: false, … }
 */
export function tableStatuses(loaded: LoadedRegistry, datasetVersion: string): TableStatus[] {
  return loaded.registry.entries.map((e) => ({
    entryId: e.id,
    type: e.type,
    name: e.type === "comparison" ? e.sheetName : e.tableName,
    sheetName: e.sheetName,
    version: e.version,
    refreshedAt: e.refreshedAt,
    current: e.version === datasetVersion,
  }));
}
