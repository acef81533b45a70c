/**
 * What the pane asks src/excel to write, composed from the current result: the table (core's
 * field definitions in the header language), the note beside it, the summary behind a chart,
 * and the comparison sheet's layout. Pure, so every piece can be checked without Excel.
 */
import type { Cluster } from "../data/types";
import type { Catalog } from "../core/catalog";
import { pick, type Language } from "../core/i18n";
import { KINDS, LEVELS } from "../core/labels";
import { recordsTable } from "../core/queries";
import { summaryTable, type SummaryBy } from "../core/summary";
import type { Table } from "../core/table";
import type { ComparisonLayout } from "../excel/comparison-sheet";
import type { TableQuery } from "../excel/registry-format";
import { applyFilter, type BrowseFilter } from "./browse-model";
import { strings } from "./strings";
import { programsFor, timelineTable } from "./timeline-table";

/** The sources the records cite, each once, in the order first cited. */
export function citedSources(clusters: readonly Cluster[]): string[] {
  return [...new Set(clusters.flatMap((cluster) => cluster.sources))];
}

/**
 * The note written beside an inserted table: dataset version and date, and the sources the
 * records cite (SD.SOURCES gives their titles and links).
 */
export function noteText(
  catalog: Catalog,
  sourceIds: readonly string[],
  language: Language
): string {
  const { version, updated } = catalog.dataset;
  const listed = sourceIds.length > 0 ? sourceIds.join(language === "en" ? ", " : "、") : "—";
  const hint =
    language === "en" ? " (titles and links: =SD.SOURCES())" : "（标题与链接见 =SD.SOURCES()）";
  return strings(language).noteTemplate(version, updated, `${listed}${hint}`);
}

/** What an inserted table records so a refresh can produce it again: every filter of the pane. */
export function tableRequest(
  view: TableQuery["view"],
  filter: BrowseFilter,
  fields: readonly string[]
): TableQuery {
  return {
    view,
    query: filter.search.trim(),
    level: filter.level,
    kind: filter.kind,
    city: filter.city,
    batch: filter.batch,
    industry: filter.industry,
    fields: [...fields],
  };
}

/** The pane's filter that a recorded request stands for (entries from older versions lack some). */
export function requestFilter(request: TableQuery): BrowseFilter {
  return {
    search: request.query,
    city: request.city ?? "",
    level: request.level as BrowseFilter["level"],
    kind: request.kind as BrowseFilter["kind"],
    batch: request.batch ?? "",
    industry: request.industry ?? "",
  };
}

/** What a refresh writes for a recorded request: the table and its note, from the current dataset. */
export function producedTable(catalog: Catalog, request: TableQuery, language: Language) {
  const { clusters, error } = applyFilter(catalog, requestFilter(request));
  // A recorded search the dataset no longer resolves must not empty the table: refresh reports it.
  if (error) throw error;
  return {
    ...contentOf(catalog, request, clusters, language),
    note: noteText(catalog, citedSources(clusters), language),
  };
}

const SUMMARY_BY: Record<Exclude<TableQuery["view"], "clusters" | "timeline">, SummaryBy> = {
  "summary-by-city": "city",
  "summary-by-kind": "kind",
  "summary-by-industry": "industry",
};

/**
 * The table a recorded request gives from the current dataset: what an insert wrote, and what a
 * refresh writes again. A search the dataset no longer resolves gives no rows.
 */
export function produceContent(catalog: Catalog, request: TableQuery, language: Language): Table {
  return contentOf(
    catalog,
    request,
    applyFilter(catalog, requestFilter(request)).clusters,
    language
  );
}

function contentOf(
  catalog: Catalog,
  request: TableQuery,
  clusters: readonly Cluster[],
  language: Language
): Table {
  if (request.view === "clusters") return recordsTable(catalog, clusters, request.fields, language);
  if (request.view === "timeline") return timelineTable(catalog, clusters, request, language);
  return chartContent(catalog, clusters, SUMMARY_BY[request.view], language).table;
}

export function summaryView(by: SummaryBy): TableQuery["view"] {
  return by === "city"
    ? "summary-by-city"
    : by === "kind"
      ? "summary-by-kind"
      : "summary-by-industry";
}

/** The counts behind a chart, with its title. */
export function chartContent(
  catalog: Catalog,
  clusters: readonly Cluster[],
  by: SummaryBy,
  language: Language
) {
  const table = summaryTable(catalog, clusters, by, language);
  return { table, title: strings(language).chartTitle(table.header[0]) };
}

/**
 * Cities down and programmes across (those the level and kind filters allow), each column
 * carrying the level and kind words SD.COUNT reads from rows 2 and 3.
 */
export function comparisonLayout(
  catalog: Catalog,
  filters: Pick<BrowseFilter, "level" | "kind">,
  language: Language
): ComparisonLayout {
  const s = strings(language);
  const programs = programsFor(catalog, filters);
  return {
    sheetName: s.sheetComparison,
    note: noteText(
      catalog,
      citedSources(programs.flatMap((p) => catalog.clustersByProgram.get(p.id) ?? [])),
      language
    ),
    levelLabel: s.comparisonLevel,
    kindLabel: s.comparisonKind,
    rowHeader: s.comparisonRowHeader,
    totalLabel: s.comparisonTotal,
    rows: catalog.dataset.cities.map((city) => ({
      label: language === "en" ? city.en : city.short,
    })),
    columns: programs.map((program) => ({
      label: pick(program.name, language),
      level: pick(LEVELS[program.level].label, language),
      kind: pick(KINDS[program.kind].label, language),
    })),
  };
}
