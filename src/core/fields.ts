/**
 * The columns a cluster can be shown with: each field is its labels plus a value getter, so
 * SD.CLUSTERS, SD.CLUSTER, SD.FIELDS and the task pane share one definition. Metric figures
 * are fields too ("hightech-enterprises", or its label), with ".unit", ".qualifier", ".year"
 * and ".source" beside the value.
 */
import type { Bilingual, Cluster, Metric } from "../data/types";
import type { Catalog } from "./catalog";
import { UnknownNameError } from "./errors";
import { pick, type Language } from "./i18n";
import { KINDS, LEVELS, NAME_BASES, QUALIFIERS, STATUSES } from "./labels";
import { NameLookup } from "./lookup";
import { BoundedMemo, listKey, perOwner } from "./memo";
import type { ArgumentName } from "./messages";
import { canonical } from "./names";
import { suggest } from "./suggest";
import { splitList } from "./text";
import type { Cell } from "./table";

export interface FieldContext {
  catalog: Catalog;
  language: Language;
}

export interface Field {
  /** What formulas and SD.FIELDS call it: "name", "hightech-enterprises.unit". */
  id: string;
  label: Bilingual;
  value(cluster: Cluster, context: FieldContext): Cell;
}

interface FieldSpec extends Field {
  synonyms: readonly string[];
}

function joined(items: readonly string[], language: Language): string {
  return items.join(language === "en" ? ", " : "、");
}

function cityName(id: string, { catalog, language }: FieldContext): string {
  const city = catalog.cities.get(id);
  return city ? (language === "en" ? city.en : city.short) : id;
}

function program(cluster: Cluster, { catalog }: FieldContext) {
  return catalog.programs.get(cluster.program);
}

const spec = (
  id: string,
  zh: string,
  en: string,
  synonyms: readonly string[],
  value: Field["value"]
): FieldSpec => ({
  id,
  label: { zh, en },
  synonyms,
  value,
});

/** Every cluster field, in the order SD.FIELDS lists them. */
export const FIELDS: readonly FieldSpec[] = [
  spec("id", "编号", "ID", ["集群编号"], (c) => c.id),
  spec("key", "集群键", "Cluster key", ["键"], (c) => c.key),
  spec("name", "名称", "Name", ["集群名称", "集群", "cluster"], (c) => c.name.zh),
  spec("name_en", "英文名称", "Name (English)", ["english name"], (c) => c.name.en),
  spec("city", "城市", "City", ["市", "地市", "牵头城市"], (c, x) => cityName(c.city, x)),
  spec("cities", "涉及城市", "Cities", ["所有城市", "城市列表"], (c, x) =>
    joined(
      c.cities.map((id) => cityName(id, x)),
      x.language
    )
  ),
  spec("district", "区县", "District", ["县区", "县市区", "county"], (c, x) => {
    const found = c.district ? x.catalog.districts.get(c.district) : undefined;
    return found ? pick(found.district, x.language) : "";
  }),
  spec("industry", "产业", "Industry", ["行业", "产业领域"], (c) => c.industry.zh),
  spec("industry_en", "英文产业", "Industry (English)", ["产业英文"], (c) => c.industry.en),
  spec("level", "级别", "Level", ["层级"], (c, x) => {
    const p = program(c, x);
    return p ? pick(LEVELS[p.level].label, x.language) : "";
  }),
  spec("kind", "类别", "Kind", ["类型", "集群类别"], (c, x) => {
    const p = program(c, x);
    return p ? pick(KINDS[p.kind].label, x.language) : "";
  }),
  spec("program", "名单", "Programme", ["项目", "program", "认定名单"], (c, x) => {
    const p = program(c, x);
    return p ? pick(p.name, x.language) : c.program;
  }),
  spec("batch", "批次", "Batch", ["批"], (c) => c.batch ?? ""),
  // A record without its own date was announced with its batch.
  spec("announced", "公布时间", "Announced", ["公布日期", "认定时间", "date"], (c, x) => {
    return c.announced ?? program(c, x)?.batches.find((b) => b.number === c.batch)?.announced ?? "";
  }),
  spec("status", "状态", "Status", ["认定状态"], (c, x) => pick(STATUSES[c.status], x.language)),
  spec("lead", "龙头企业", "Lead enterprises", ["leadenterprises", "龙头"], (c, x) =>
    joined(c.leadEnterprises, x.language)
  ),
  spec("enterprises", "代表企业", "Enterprises", ["企业"], (c, x) =>
    joined(c.enterprises, x.language)
  ),
  spec("sources", "来源", "Sources", ["出处", "source"], (c) => c.sources.join(", ")),
  spec("name_basis", "名称依据", "Name basis", ["namebasis"], (c, x) =>
    c.nameForms[0] ? pick(NAME_BASES[c.nameForms[0].basis], x.language) : ""
  ),
  spec("note", "备注", "Note", ["说明"], (c, x) => (c.note ? pick(c.note, x.language) : "")),
];

/** The columns SD.CLUSTERS shows when `fields` is empty. */
export const DEFAULT_FIELDS: readonly string[] = [
  "id",
  "name",
  "city",
  "district",
  "industry",
  "level",
  "kind",
  "batch",
  "announced",
  "status",
];

const fieldNames = new NameLookup<FieldSpec>();
for (const field of FIELDS)
  for (const name of [field.id, field.label.zh, field.label.en, ...field.synonyms])
    fieldNames.add(name, field);

type Aspect = "unit" | "qualifier" | "year" | "source";

const ASPECTS: Record<Aspect, Bilingual & { synonyms: readonly string[] }> = {
  unit: { zh: "单位", en: "unit", synonyms: [] },
  qualifier: { zh: "限定", en: "qualifier", synonyms: ["修饰", "约数"] },
  year: { zh: "年份", en: "year", synonyms: ["年"] },
  source: { zh: "来源", en: "source", synonyms: ["出处"] },
};

const aspectNames = new NameLookup<Aspect>();
for (const [aspect, names] of Object.entries(ASPECTS) as [Aspect, (typeof ASPECTS)[Aspect]][]) {
  for (const name of [aspect, names.zh, names.en, ...names.synonyms]) aspectNames.add(name, aspect);
}

function metricValue(metric: Metric, aspect: Aspect | undefined, language: Language): Cell {
  switch (aspect) {
    case undefined:
      return metric.value;
    case "unit":
      return metric.unit;
    case "qualifier":
      return pick(QUALIFIERS[metric.qualifier], language);
    case "year":
      return metric.year ?? "";
    case "source":
      return metric.source;
  }
}

function metricField(key: string, label: Bilingual, aspect: Aspect | undefined): Field {
  return {
    id: aspect ? `${key}.${aspect}` : key,
    label: aspect
      ? { zh: `${label.zh}（${ASPECTS[aspect].zh}）`, en: `${label.en} (${ASPECTS[aspect].en})` }
      : label,
    value: (cluster, { language }) => {
      const metric = cluster.metrics.find((m) => m.key === key);
      return metric ? metricValue(metric, aspect, language) : "";
    },
  };
}

/** A metric named with an optional aspect after "." or ":", e.g. "高新技术企业.单位". */
function findMetric(catalog: Catalog, text: string): Field | undefined {
  const whole = catalog.metricNames.get(text);
  if (whole.length > 0)
    return metricField(
      whole[0],
      catalog.metrics.get(whole[0]) ?? { zh: whole[0], en: whole[0] },
      undefined
    );
  const cut = Math.max(text.lastIndexOf("."), text.lastIndexOf(":"), text.lastIndexOf("："));
  if (cut <= 0) return undefined;
  const metric = catalog.metricNames.get(text.slice(0, cut));
  const aspect = aspectNames.get(text.slice(cut + 1));
  if (metric.length === 0 || aspect.length === 0) return undefined;
  return metricField(
    metric[0],
    catalog.metrics.get(metric[0]) ?? { zh: metric[0], en: metric[0] },
    aspect[0]
  );
}

/**
 * The field one name stands for: a field id, its zh or en label, a synonym, or a metric.
 * Throws `UnknownNameError` with the nearest field names.
 *
 * @example
 * resolveField(catalog, "批次").id //=> "batch"
 */
export function resolveField(
  catalog: Catalog,
  text: string,
  argument: ArgumentName = "field"
): Field {
  const found = fieldNames.get(text);
  if (found.length > 0) return found[0];
  const metric = findMetric(catalog, text);
  if (metric) return metric;
  const key = canonical(text);
  const candidates = [
    ...fieldNames.candidates().map(({ key: k, value }) => ({ key: k, value: value.label })),
    ...catalog.metricNames.candidates().map(({ key: k, value }) => ({
      key: k,
      value: catalog.metrics.get(value) ?? { zh: value, en: value },
    })),
  ];
  throw new UnknownNameError(text, "field", suggest(key, candidates), argument);
}

/**
 * Resolved field lists by the raw `fields` texts, per catalog (metric fields come from it):
 * SD.CLUSTERS with its default columns would otherwise canonicalise ten names per call.
 */
const fieldsMemo = perOwner((): BoundedMemo<readonly Field[]> => new BoundedMemo());

/**
 * The columns a `fields` argument asks for, in its order ("name,city,batch" or "名称,城市,批次");
 * the default columns when it names none.
 *
 * @example
 * resolveFields(catalog, ["名称,城市"]).map((f) => f.id) //=> ["name", "city"]
 */
export function resolveFields(catalog: Catalog, texts: readonly string[]): Field[] {
  const memo = fieldsMemo(catalog);
  const keys = [listKey(texts)];
  let fields = memo.get(keys);
  if (fields === undefined) {
    const items = texts.flatMap(splitList).filter((item) => canonical(item).length > 0);
    const names = items.length > 0 ? items : DEFAULT_FIELDS;
    fields = names.map((name) => resolveField(catalog, name, "fields"));
    memo.set(keys, fields);
  }
  return fields.slice();
}
