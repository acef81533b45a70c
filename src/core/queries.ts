/**
 * The cluster queries behind SD.CLUSTERS, SD.COUNT, SD.CITIES and SD.CLUSTER, as plain
 * tables and values for the functions and the task pane alike.
 */
import type { Cluster } from "../data/types";
import type { Catalog } from "./catalog";
import { NoClusterInPlaceError } from "./errors";
import { resolveField, resolveFields, type FieldContext } from "./fields";
import { pick, type Language } from "./i18n";
import { BoundedMemo, listKey, perOwner } from "./memo";
import {
  clustersMatching,
  countDistinct,
  emptyPlace,
  filterKeys,
  findCluster,
  programsMatching,
  type ClusterFilter,
} from "./resolve";
import type { Cell, Table } from "./table";

export interface ClustersOptions extends ClusterFilter {
  fields?: readonly string[];
}

/**
 * Matching clusters with the requested columns (default: id, name, city, district, industry,
 * level, kind, batch, announced, status). One row per record: a cluster recognised by two
 * programmes has two rows, each with its own level, kind and batch.
 *
 * @example
 * clustersTable(catalog, { query: ["烟台"], fields: ["name,batch"] }, "zh-CN").header //=> ["名称", "批次"]
 */
export function clustersTable(
  catalog: Catalog,
  options: ClustersOptions,
  language: Language
): Table {
  const memo = tableMemo(catalog);
  const keys = [...filterKeys(options), listKey(options.fields), language];
  let table = memo.get(keys);
  if (table === undefined) {
    const clusters = clustersMatching(catalog, options);
    const none = clusters.length === 0 ? noClusterIn(catalog, options) : undefined;
    if (none) throw none;
    table = recordsTable(catalog, clusters, options.fields ?? [], language);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the memo only saves work, a table recomputed is the same
    if (table.rows.length <= TABLE_MEMO_ROWS) memo.set(keys, table);
  }
  // Each call gets its own arrays; the cells are strings and numbers, shared safely.
  return {
    header: table.header.slice(),
    rows: table.rows.map((row) => row.slice()),
    ...(table.formats ? { formats: table.formats.slice() } : {}),
  };
}

/**
 * Tables kept per catalog, by filter, fields and language: a sheet recalculating SD.CLUSTERS
 * formats each record once. Only tables of at most TABLE_MEMO_ROWS rows, at most
 * TABLE_MEMO_LIMIT of them, so that the memo stays within a few megabytes at any scale.
 */
const TABLE_MEMO_ROWS = 1_000;
const TABLE_MEMO_LIMIT = 100;
const tableMemo = perOwner((): BoundedMemo<Table> => new BoundedMemo(TABLE_MEMO_LIMIT));

/**
 * For a filter that matched nothing: the error saying that a place it names (a county such as
 * 招远) has no cluster yet, rather than an empty table; undefined when no such place is named.
 */
export function noClusterIn(
  catalog: Catalog,
  filter: ClusterFilter
): NoClusterInPlaceError | undefined {
  const place = emptyPlace(catalog, filter);
  if (!place) return undefined;
  // Only districts and counties carry a city.
  const city = place.city ? catalog.cities.get(place.city) : undefined;
  return new NoClusterInPlaceError(place.label, city ? { zh: city.short, en: city.en } : undefined);
}

/**
 * Given records as a table with the given fields (field names or labels, as SD.CLUSTERS takes
 * them; none gives the default columns), headers in the language. The task pane's inserts use it
 * for the records its filters selected.
 */
export function recordsTable(
  catalog: Catalog,
  clusters: readonly Cluster[],
  fieldTexts: readonly string[],
  language: Language
): Table {
  const fields = resolveFields(catalog, fieldTexts);
  const context: FieldContext = { catalog, language };
  const table: Table = {
    header: fields.map((field) => pick(field.label, language)),
    rows: clusters.map((cluster) => fields.map((field) => field.value(cluster, context))),
  };
  if (fields.some((field) => field.format)) table.formats = fields.map((field) => field.format);
  return table;
}

/** Distinct clusters among records: one cluster named by two programmes counts once. */
function distinctClusters(records: readonly Cluster[]): number {
  return new Set(records.map((cluster) => cluster.key)).size;
}

const countMemo = perOwner((): BoundedMemo<number> => new BoundedMemo());

/**
 * How many distinct clusters match (records of one cluster in several programmes count once;
 * a joint cluster counts for each city it spans). Repeated filters are answered from a
 * per-catalog memo of counts.
 *
 * @example
 * countClusters(catalog, { query: ["烟台"], level: ["国家级"] }) //=> 3 (say)
 */
export function countClusters(catalog: Catalog, filter: ClusterFilter): number {
  const memo = countMemo(catalog);
  const keys = filterKeys(filter);
  let count = memo.get(keys);
  if (count === undefined) {
    count = countDistinct(catalog, filter);
    memo.set(keys, count);
  }
  return count;
}

/**
 * The cities down, one count column per programme across (filtered by level and kind), and
 * a total of distinct clusters: ready to chart.
 *
 * @example
 * citiesTable(catalog, { level: ["national"] }, "en").header[0] //=> "City"
 */
export function citiesTable(
  catalog: Catalog,
  filter: Pick<ClusterFilter, "level" | "kind">,
  language: Language
): Table {
  const programs = programsMatching(catalog, filter);
  const allowed = new Set(programs.map((program) => program.id));
  const rows = catalog.dataset.cities.map((city): Cell[] => {
    // Stryker disable next-line ArrayDeclaration: a stand-in list has no programme, so filters to none
    const records = (catalog.clustersByCity.get(city.id) ?? []).filter((cluster) =>
      allowed.has(cluster.program)
    );
    const perProgram = programs.map(
      (program) => records.filter((cluster) => cluster.program === program.id).length
    );
    return [language === "en" ? city.en : city.short, ...perProgram, distinctClusters(records)];
  });
  return {
    header: [
      language === "en" ? "City" : "城市",
      ...programs.map((program) => pick(program.name, language)),
      language === "en" ? "Total (distinct clusters)" : "合计（不重复集群）",
    ],
    rows,
  };
}

/**
 * One value of one cluster: a field ("industry", "批次") or a metric ("hightech-enterprises",
 * "hightech-enterprises.qualifier"). Throws ClusterNotFoundError (#N/A) for an unknown
 * cluster and UnknownNameError (#VALUE!) for an unknown field.
 *
 * @example
 * clusterValue(catalog, "ns1-jinan-it-services", "city", "zh-CN") //=> "济南"
 */
export function clusterValue(
  catalog: Catalog,
  cluster: string,
  field: string,
  language: Language
): Cell {
  const record = findCluster(catalog, cluster);
  return resolveField(catalog, field).value(record, { catalog, language });
}
