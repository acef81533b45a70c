/**
 * The requirement sets each feature needs, checked before the feature runs (inserting when the
 * pane starts, refreshing when Refresh all is clicked, in the pane or on the ribbon) so a host
 * without them gets a clear message instead of a failure halfway through a write.
 */

/** Inserting and recording: tables/charts 1.1, autofit 1.2, OrNullObject 1.4, custom XML 1.5, freeze panes 1.7. */
export const INSERT_REQUIREMENT = { name: "ExcelApi", version: "1.7" };
/** Refresh resizes tables (1.13) and finds the SD formulas with getSpecialCells (1.9). */
export const REFRESH_REQUIREMENT = { name: "ExcelApi", version: "1.13" };

interface RequirementHost {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** The requirements (as "ExcelApi 1.13") this host lacks, of those given. */
export function missingRequirements(
  host: RequirementHost,
  needed: { name: string; version: string }[] = [INSERT_REQUIREMENT, REFRESH_REQUIREMENT]
): string[] {
  return needed
    .filter((r) => !host.isSetSupported(r.name, r.version))
    .map((r) => `${r.name} ${r.version}`);
}
