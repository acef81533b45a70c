/** The programmes a level and kind filter admit (every one where the filter is empty). */
export function programsFor(
  catalog: Catalog,
  filters: { level?: string; kind?: string }
): Catalog["dataset"]["programs"] {
  return catalog.dataset.programs.filter(
    (program) =>
      (!filters.level || program.level === filters.level) &&
      (!filters.kind || program.kind === filters.kind)
  );
}

/**
 * The timeline as a table for Excel: a row per year, then the "year unknown" row (always, so no
 * record is dropped silently), a column per programme. The columns are every programme the
 * request's level and kind allow, not only those with records, so a refresh after the dataset
 * changes finds the same header and rewrites only the counts.
 */
import type { Cluster } from "../data/types";
import type { Catalog } from "../core/catalog";
import { pick, type Language } from "../core/i18n";
import type { Table } from "../core/table";
import { timeline } from "../core/timeline";
import type { TableQuery } from "../excel/registry-format";
import { visualStrings } from "./visual-strings";

export function timelineTable(
  catalog: Catalog,
  clusters: readonly Cluster[],
  request: Pick<TableQuery, "level" | "kind">,
  language: Language
): Table {
  const v = visualStrings(language);
  const programs = programsFor(catalog, request);
  return {
    header: [v.yearHeader, ...programs.map((program) => pick(program.name, language))],
    rows: timeline(catalog, clusters).years.map((year) => [
      year.year || v.unknownYear,
      ...programs.map((program) => year.counts[program.id] ?? 0),
    ]),
  };
}
