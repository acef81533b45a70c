// Why `any`: the metadata generator reads these signatures: `any` and `any[][]` are how it learns a parameter takes any value or a range.
/**
 * The SD.* custom functions. Each is a thin adapter: coerce the raw Excel arguments, call
 * core, let the adapter turn failures into Excel errors. The JSDoc below is the source of
 * functions.json (custom-functions-metadata-plugin), which also appends the
 * `CustomFunctions.associate` calls to this file at build time, so none are written here.
 * Every function is exported so tests and other code can call it directly.
 */
// package.json's version is the add-in's (manifest.xml's <Version> follows it).
import { version as addinVersion } from "../../package.json";
import { clusterCard } from "../core/card";
import { getCatalog } from "../core/dataset";
import {
  batchesTable,
  fieldsTable,
  metricsTable,
  sourcesTable,
  targetsTable,
} from "../core/listings";
import { citiesTable, clustersTable, clusterValue, countClusters } from "../core/queries";
import { findCluster } from "../core/resolve";
import { splitList } from "../core/text";
import { cellAnswers, scalar, liftCells, spillTable } from "./adapter";
import { assertFitsSheet, cellText, isOmitted, textList } from "./args";
import { toEntity } from "./entity";
import { supportsEntities } from "./host";

// The enums below are Excel custom enums (@customenum): Excel offers their values in AutoComplete
// where the host supports it and treats the parameter as plain text elsewhere
// (docs: custom-functions-custom-enums.md, "Backwards compatibility"). Their values are the ids
// core accepts; the build names them from core's labels in each language (metadata-build.ts).

/**
 * National or provincial lists.
 * @customenum {string}
 */
export enum Level {
  /** National lists */
  national = "national",
  /** Provincial lists */
  provincial = "provincial",
}

/**
 * The four programmes of cluster recognition.
 * @customenum {string}
 */
export enum Kind {
  /** Strategic emerging industry clusters */
  strategicEmerging = "strategic-emerging",
  /** Advanced manufacturing clusters */
  advancedManufacturing = "advanced-manufacturing",
  /** SME characteristic industry clusters */
  smeCharacteristic = "sme-characteristic",
  /** Future industry clusters */
  futureIndustry = "future-industry",
}

/**
 * Lists Shandong's industrial clusters that match a city, district, industry, cluster name or id, as a table.
 * @customfunction CLUSTERS
 * @param {any[][]} [query] City, district or county, industry, cluster name or id; several separated by 、 or commas match any; empty lists all.
 * @param [level] national (国家级) or provincial (省级); empty keeps both.
 * @param [kind] strategic emerging (战略性新兴), advanced manufacturing (先进制造业), SME characteristic (特色产业集群) or future industry (未来产业); empty keeps all.
 * @param {any[][]} [fields] Columns in order, e.g. "name,city,batch" (SD.FIELDS lists them); empty gives the default columns.
 * @param {any} [headers] 1 (default) for a header row, 0 for data only.
 * @returns {any[][]} One row per cluster record.
 * @example =SD.CLUSTERS("烟台、威海", "国家级")
 */
export function clusters(
  query?: any[][],
  level?: Level[][],
  kind?: Kind[][],
  fields?: any[][],
  headers?: any
): any[][] {
  return spillTable(headers, "clusters", (lang) => {
    // One column per field: more than a sheet's columns is refused before any is resolved.
    const columns = textList(fields, "fields").flatMap(splitList);
    assertFitsSheet(1, columns.length);
    return clustersTable(
      getCatalog(),
      {
        query: textList(query, "query"),
        level: textList(level, "level"),
        kind: textList(kind, "kind"),
        fields: columns,
      },
      lang
    );
  });
}

/**
 * One value of a cluster: a field such as city, industry, level or batch, or a figure. Ranges of clusters and fields spill a grid.
 * @customfunction CLUSTER
 * @param {any[][]} cluster Cluster name or id, or a range of them.
 * @param {any[][]} [field] Field (name, city, district, industry, level, kind, batch, announced, lead, sources …) or figure key; a range spills across. Default: name.
 * @returns {any[][]} The value, or a grid of values for ranges.
 * @example =SD.CLUSTER(A2:A9, B1:E1)
 */
export function cluster(cluster: any[][], field?: any[][]): any[][] {
  const fieldOmitted = isOmitted(field);
  return liftCells([cluster, field], ([name, fieldName], lang) => {
    const clusterText = cellText(name, "cluster");
    const fieldText = fieldOmitted ? "name" : cellText(fieldName, "field");
    return clusterText === "" || fieldText === ""
      ? ""
      : clusterValue(getCatalog(), clusterText, fieldText, lang);
  });
}

/**
 * Counts distinct clusters that match; a range of queries spills one count per cell.
 * @customfunction COUNT
 * @param {any[][]} [query] City, district, industry, cluster name or id (several separated by 、 match any), or a range of them; empty counts all.
 * @param [level] national (国家级) or provincial (省级); empty keeps both.
 * @param [kind] strategic emerging, advanced manufacturing, SME characteristic or future industry; empty keeps all.
 * @returns {any[][]} The count, or one count per cell of a range.
 * @example =SD.COUNT(A2:A17, "国家级")
 */
export function count(query?: any[][], level?: Level[][], kind?: Kind[][]): any[][] {
  return liftCells([query, level, kind], isOmitted(query) ? countAll : countCell, countAnswers);
}

/** SD.COUNT's answers to single-cell calls: a count depends only on its arguments. */
const countAnswers = cellAnswers();

/** SD.COUNT of one query cell; a blank one counts nothing. Not a closure: every call passes it. */
function countCell([q, l, k]: unknown[]): number | "" {
  const text = cellText(q, "query");
  return text === "" ? "" : countFiltered([text], l, k);
}

/** SD.COUNT with the query omitted: every cluster the level and kind keep. */
function countAll([, l, k]: unknown[]): number {
  return countFiltered([], l, k);
}

function countFiltered(query: string[], l: unknown, k: unknown): number {
  return countClusters(getCatalog(), {
    query,
    level: [cellText(l, "level")],
    kind: [cellText(k, "kind")],
  });
}

/**
 * The 16 cities of Shandong with their number of clusters in each programme, ready to chart.
 * @customfunction CITIES
 * @param [level] national (国家级) or provincial (省级); empty keeps both.
 * @param [kind] strategic emerging, advanced manufacturing, SME characteristic or future industry; empty keeps all.
 * @param {any} [headers] 1 (default) for a header row, 0 for data only.
 * @returns {any[][]} Cities down, programmes across, with a total.
 * @example =SD.CITIES("国家级")
 */
export function cities(level?: Level[][], kind?: Kind[][], headers?: any): any[][] {
  // Stryker disable next-line StringLiteral: the 16 cities are always there, so "no clusters match" is never shown
  return spillTable(headers, "clusters", (lang) =>
    citiesTable(
      getCatalog(),
      { level: textList(level, "level"), kind: textList(kind, "kind") },
      lang
    )
  );
}

/**
 * Every figure stated for the matching clusters, with its qualifier, unit, year, scope and source.
 * @customfunction METRICS
 * @param {any[][]} [query] City, district, industry, cluster name or id; empty lists every figure.
 * @param {any} [headers] 1 (default) for a header row, 0 for data only.
 * @returns {any[][]} One row per figure.
 * @example =SD.METRICS("济南")
 */
export function metrics(query?: any[][], headers?: any): any[][] {
  return spillTable(headers, "metrics", (lang) =>
    metricsTable(getCatalog(), textList(query, "query"), lang)
  );
}

/**
 * The province's policy targets for its clusters.
 * @customfunction TARGETS
 * @param {any} [headers] 1 (default) for a header row, 0 for data only.
 * @returns {any[][]} One row per target.
 * @example =SD.TARGETS()
 */
export function targets(headers?: any): any[][] {
  // Stryker disable next-line StringLiteral: the dataset always has targets, so "no targets match" is never shown
  return spillTable(headers, "targets", (lang) => targetsTable(getCatalog(), lang));
}

/**
 * Programmes and their batches: the total a source states beside the clusters the dataset names.
 * @customfunction BATCHES
 * @param {any} [headers] 1 (default) for a header row, 0 for data only.
 * @returns {any[][]} One row per batch.
 * @example =SD.BATCHES()
 */
export function batches(headers?: any): any[][] {
  // Stryker disable next-line StringLiteral: the dataset always has batches, so "no batches match" is never shown
  return spillTable(headers, "batches", (lang) => batchesTable(getCatalog(), lang));
}

/**
 * The articles and reports the dataset cites: all, by id, or those behind the matching clusters.
 * @customfunction SOURCES
 * @param {any[][]} [query] Source id, or a city, district, industry, cluster name or id; empty lists all.
 * @param {any} [headers] 1 (default) for a header row, 0 for data only.
 * @returns {any[][]} One row per source.
 * @example =SD.SOURCES("烟台")
 */
export function sources(query?: any[][], headers?: any): any[][] {
  return spillTable(headers, "sources", (lang) =>
    sourcesTable(getCatalog(), textList(query, "query"), lang)
  );
}

/**
 * The fields and figures SD.CLUSTERS and SD.CLUSTER accept, with their Chinese and English names.
 * @customfunction FIELDS
 * @param {any} [headers] 1 (default) for a header row, 0 for data only.
 * @returns {any[][]} One row per field.
 * @example =SD.FIELDS()
 */
export function fields(headers?: any): any[][] {
  // Stryker disable next-line StringLiteral: there are always fields, so "no clusters match" is never shown
  return spillTable(headers, "clusters", (lang) => fieldsTable(getCatalog(), lang));
}

/**
 * The versions of the bundled dataset (with its date) and of the add-in.
 * @customfunction VERSION
 * @returns {any} The dataset and add-in versions, as text.
 * @example =SD.VERSION()
 */
export function version(): any {
  return scalar((lang) => {
    const { version: data, updated } = getCatalog().dataset;
    return lang === "zh-CN"
      ? `数据集 ${data}（${updated}），加载项 ${addinVersion}`
      : `dataset ${data} (${updated}), add-in ${addinVersion}`;
  });
}

/**
 * A cluster as a data type card (then =A2.industry reads a field); the cluster's name where Excel cannot show cards.
 * @customfunction CARD
 * @param {any} cluster Cluster name or id.
 * @returns {any} The cluster as an entity value.
 * @example =SD.CARD("ns1-jinan-it-services")
 */
export function card(cluster: any): any {
  return scalar((lang) => {
    const text = cellText(cluster, "cluster");
    if (text === "") return "";
    const catalog = getCatalog();
    return supportsEntities()
      ? toEntity(clusterCard(catalog, text, lang))
      : findCluster(catalog, text).name.zh;
  });
}
