/**
 * The reference tables: figures (SD.METRICS), policy targets (SD.TARGETS), programmes and
 * batches (SD.BATCHES), cited sources (SD.SOURCES) and the field list (SD.FIELDS). Every
 * stated number sits beside its qualifier column, so 170 stays a number and "余" stays visible.
 */
import type { Bilingual, Cluster, Metric, StatedCount } from "../data/types";
import type { Catalog } from "./catalog";
import { FIELDS } from "./fields";
import { pick, type Language } from "./i18n";
import { KINDS, LEVELS, QUALIFIERS, SOURCE_KINDS, STATUSES } from "./labels";
import { clustersMatching } from "./resolve";
import type { Cell, Table } from "./table";
import { splitList } from "./text";

function header(labels: readonly Bilingual[], language: Language): string[] {
  return labels.map((label) => pick(label, language));
}

const h = (zh: string, en: string): Bilingual => ({ zh, en });

const METRIC_HEADER = [
  h("编号", "ID"),
  h("名称", "Name"),
  h("城市", "City"),
  h("指标", "Figure"),
  h("指标键", "Key"),
  h("数值", "Value"),
  h("限定", "Qualifier"),
  h("单位", "Unit"),
  h("年份", "Year"),
  h("口径", "Scope"),
  h("来源", "Source"),
];

function metricRow(
  id: string,
  name: string,
  city: string,
  metric: Metric,
  language: Language
): Cell[] {
  return [
    id,
    name,
    city,
    pick(metric.label, language),
    metric.key,
    metric.value,
    pick(QUALIFIERS[metric.qualifier], language),
    metric.unit,
    metric.year ?? "",
    pick(metric.scope, language),
    metric.source,
  ];
}

/**
 * Every figure of the matching clusters with unit, year, qualifier, scope and source; with
 * no query, the city-wide and programme-wide figures too (their id and name are the city's or the
 * programme's).
 *
 * @example
 * metricsTable(catalog, ["济南"], "zh-CN").rows[0][5] //=> 170
 */
export function metricsTable(
  catalog: Catalog,
  query: readonly string[],
  language: Language
): Table {
  const all = query.flatMap(splitList).length === 0;
  const clusters = clustersMatching(catalog, { query });
  const rows: Cell[][] = [];
  for (const cluster of clusters) {
    const city = catalog.cities.get(cluster.city);
    const cityName = city ? (language === "en" ? city.en : city.short) : cluster.city;
    for (const metric of cluster.metrics)
      rows.push(metricRow(cluster.id, cluster.name.zh, cityName, metric, language));
  }
  if (all) {
    for (const city of catalog.dataset.cities) {
      const cityName = language === "en" ? city.en : city.short;
      for (const metric of city.metrics ?? [])
        rows.push(metricRow(city.id, cityName, cityName, metric, language));
    }
    for (const program of catalog.dataset.programs) {
      for (const metric of program.metrics ?? [])
        rows.push(metricRow(program.id, pick(program.name, language), "", metric, language));
    }
  }
  return { header: header(METRIC_HEADER, language), rows };
}

const TARGET_HEADER = [
  h("编号", "ID"),
  h("目标", "Target"),
  h("数值", "Value"),
  h("限定", "Qualifier"),
  h("单位", "Unit"),
  h("年份", "Year"),
  h("产业", "Industries"),
  h("说明", "Note"),
  h("来源", "Source"),
];

/** The policy targets, one per row. */
export function targetsTable(catalog: Catalog, language: Language): Table {
  return {
    header: header(TARGET_HEADER, language),
    rows: catalog.dataset.targets.map((t) => [
      t.id,
      pick(t.label, language),
      t.value,
      pick(QUALIFIERS[t.qualifier], language),
      t.unit,
      t.year,
      t.industries ?? "",
      t.note ? pick(t.note, language) : "",
      t.source,
    ]),
  };
}

const BATCH_HEADER = [
  h("名单", "Programme"),
  h("级别", "Level"),
  h("类别", "Kind"),
  h("批次", "Batch"),
  h("批次名称", "Batch label"),
  h("公布时间", "Announced"),
  h("公示时间", "Notice date"),
  h("状态", "Status"),
  h("山东数量（公布）", "Shandong (stated)"),
  h("山东数量限定", "Shandong qualifier"),
  h("全国数量（公布）", "Nationwide (stated)"),
  h("全国数量限定", "Nationwide qualifier"),
  h("本数据集收录", "Named in dataset"),
  h("来源", "Sources"),
  h("备注", "Note"),
];

const BATCH_UNKNOWN = h("批次不详", "Batch unknown");
const BATCH_UNKNOWN_NOTE = h(
  "来源未说明这些成员所在名单的年份；不计入任何批次。",
  "No source states the list year of these members; they count towards no batch."
);

/** The latest stated count of a scope (the first listed of those stated on one date), or none. */
function stated(
  totals: readonly StatedCount[],
  scope: StatedCount["scope"]
): StatedCount | undefined {
  let latest: StatedCount | undefined;
  for (const t of totals) if (t.scope === scope && (!latest || t.asOf > latest.asOf)) latest = t;
  return latest;
}

/**
 * Programmes and their batches: the total a source states (for Shandong and nationwide, each
 * with its qualifier) beside how many of its clusters the dataset names.
 */
export function batchesTable(catalog: Catalog, language: Language): Table {
  const rows: Cell[][] = [];
  for (const program of catalog.dataset.programs) {
    const members = catalog.clustersByProgram.get(program.id) ?? [];
    for (const batch of program.batches) {
      const shandong = stated(batch.totals, "shandong");
      const nationwide = stated(batch.totals, "nationwide");
      rows.push([
        pick(program.name, language),
        pick(LEVELS[program.level].label, language),
        pick(KINDS[program.kind].label, language),
        batch.number,
        pick(batch.label, language),
        batch.announced ?? "",
        batch.noticeDate ?? "",
        pick(STATUSES[batch.status], language),
        shandong?.value ?? "",
        shandong ? pick(QUALIFIERS[shandong.qualifier], language) : "",
        nationwide?.value ?? "",
        nationwide ? pick(QUALIFIERS[nationwide.qualifier], language) : "",
        members.filter((cluster: Cluster) => cluster.batch === batch.number).length,
        batch.sources.join(", "),
        batch.note ? pick(batch.note, language) : "",
      ]);
    }
    // Members whose list year no source states count apart, never against a batch's total.
    const unknown = members.filter((cluster: Cluster) => cluster.batch === undefined);
    if (unknown.length > 0)
      rows.push([
        pick(program.name, language),
        pick(LEVELS[program.level].label, language),
        pick(KINDS[program.kind].label, language),
        // Text where a batch number would be, so a reader (and the pane's coverage card) sees it.
        pick(BATCH_UNKNOWN, language),
        pick(BATCH_UNKNOWN, language),
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        unknown.length,
        [...new Set(unknown.flatMap((cluster: Cluster) => cluster.sources))].join(", "),
        pick(BATCH_UNKNOWN_NOTE, language),
      ]);
  }
  return { header: header(BATCH_HEADER, language), rows };
}

/**
 * The title stands apart from our description so that an analyst cites the words the source
 * printed, in its language, and reads what it is in theirs.
 */
const SOURCE_HEADER = [
  h("编号", "ID"),
  h("原标题", "Title (as published)"),
  h("说明", "Description"),
  h("发布者", "Publisher"),
  h("日期", "Date"),
  h("类型", "Kind"),
  h("网址", "URL"),
  h("备注", "Note"),
];

/**
 * The cited sources: all of them, or those a query names by id ("src-002") or cites for the
 * clusters it matches ("烟台").
 *
 * @example
 * sourcesTable(catalog, ["src-002"], "zh-CN").rows.length //=> 1
 */
export function sourcesTable(
  catalog: Catalog,
  query: readonly string[],
  language: Language
): Table {
  const items = query.flatMap(splitList);
  let ids: Set<string>;
  if (items.length === 0) {
    ids = new Set(catalog.sources.keys());
  } else {
    // Items come trimmed from splitList.
    // Stryker disable next-line MethodExpression: an id no source has matches no row below
    ids = new Set(items.filter((item) => catalog.sources.has(item)));
    const rest = items.filter((item) => !catalog.sources.has(item));
    if (rest.length > 0) {
      for (const cluster of clustersMatching(catalog, { query: rest })) {
        for (const id of [...cluster.sources, ...cluster.metrics.map((m) => m.source)]) ids.add(id);
      }
    }
  }
  const rows = catalog.dataset.sources
    .filter((source) => ids.has(source.id))
    .map((s): Cell[] => [
      s.id,
      s.title ?? "",
      pick(s.label, language),
      s.publisher ?? "",
      s.date,
      pick(SOURCE_KINDS[s.kind], language),
      s.url ?? "",
      s.note ? pick(s.note, language) : "",
    ]);
  return { header: header(SOURCE_HEADER, language), rows };
}

const FIELD_HEADER = [
  h("字段", "Field"),
  h("中文名", "Chinese name"),
  h("英文名", "English name"),
  h("类型", "Type"),
];

/** Every field SD.CLUSTERS and SD.CLUSTER accept, then every metric key. */
export function fieldsTable(catalog: Catalog, language: Language): Table {
  const field = pick(h("字段", "field"), language);
  const metric = pick(h("指标", "figure"), language);
  return {
    header: header(FIELD_HEADER, language),
    rows: [
      ...FIELDS.map((f): Cell[] => [f.id, f.label.zh, f.label.en, field]),
      ...[...catalog.metrics].map(([key, label]): Cell[] => [key, label.zh, label.en, metric]),
    ],
  };
}
