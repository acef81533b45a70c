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
import { announcedOf, excelSerial, precisionOf, yearOf, type Precision } from "./dates";
import { KINDS, LEVELS, NAME_BASES, QUALIFIERS, STATUSES } from "./labels";
import { NameLookup } from "./lookup";
import { BoundedMemo, listKey, memoised, perOwner } from "./memo";
import type { ArgumentName } from "./messages";
import { canonical } from "./names";
import { Suggester, type Candidate } from "./suggest";
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
  /** Number format of the column where it is not General: dates are serial numbers shown as dates. */
  format?: string;
}

/** The number format of date columns: ISO order, read the same in every locale. */
export const DATE_FORMAT = "yyyy-mm-dd";

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

/** English as English writes it: "biomedicine" heads a cell as "Biomedicine". */
function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const NUMERALS = "零一二三四五六七八九";

/** 1 → 一, 12 → 十二, 21 → 二十一 (batches never reach 100). */
function chineseNumber(n: number): string {
  if (n < 10) return NUMERALS[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? "" : NUMERALS[tens]}十${n % 10 === 0 ? "" : NUMERALS[n % 10]}`;
}

/**
 * 第二批（2022年） / Batch 2 (2022): the batch with the year it was announced, where known.
 *
 * @example
 * batchLabel(2, 2022, "zh-CN") //=> "第二批（2022年）"
 */
export function batchLabel(
  batch: number | undefined,
  year: number | undefined,
  language: Language
) {
  if (batch === undefined) return language === "en" ? "Batch unknown" : "批次不详";
  if (language === "en") return year ? `Batch ${batch} (${year})` : `Batch ${batch}`;
  return year ? `第${chineseNumber(batch)}批（${year}年）` : `第${chineseNumber(batch)}批`;
}

const PRECISIONS: Record<Precision, Bilingual> = {
  day: { zh: "日", en: "day" },
  month: { zh: "月", en: "month" },
  year: { zh: "年", en: "year" },
};

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

function cityCode(id: string, { catalog }: FieldContext): Cell {
  return catalog.cityCodes.get(id) ?? "";
}

/** Every cluster field, in the order SD.FIELDS lists them. */
export const FIELDS: readonly FieldSpec[] = [
  spec("id", "编号", "ID", ["集群编号"], (c) => c.id),
  // Records of one cluster recognised by several programmes share it: SD.COUNT counts these.
  spec("key", "集群键", "Cluster key", ["键", "cluster key"], (c) => c.key),
  spec("name", "名称", "Name", ["集群名称", "集群", "cluster"], (c, x) => pick(c.name, x.language)),
  spec("name_zh", "中文名称", "Name (Chinese)", ["chinese name"], (c) => c.name.zh),
  spec("name_en", "英文名称", "Name (English)", ["english name"], (c) => c.name.en),
  // Every city a joint cluster spans (青岛、烟台、威海), the lead city first.
  spec("city", "城市", "City", ["市", "地市"], (c, x) =>
    joined(
      (c.cities.length > 0 ? c.cities : [c.city]).map((id) => cityName(id, x)),
      x.language
    )
  ),
  spec("cities", "涉及城市", "Cities", ["所有城市", "城市列表"], (c, x) =>
    joined(
      c.cities.map((id) => cityName(id, x)),
      x.language
    )
  ),
  spec("lead_city", "牵头城市", "Lead city", ["leadcity", "主城市"], (c, x) => cityName(c.city, x)),
  spec("city_code", "城市代码", "City code", ["citycode", "城市区划代码"], (c, x) =>
    cityCode(c.city, x)
  ),
  spec("district", "区县", "District", ["县区", "县市区", "county"], (c, x) => {
    const found = c.district ? x.catalog.districts.get(c.district) : undefined;
    return found ? pick(found.district, x.language) : "";
  }),
  spec("county_code", "区县代码", "County code", ["countycode", "区县区划代码"], (c, x) =>
    c.district ? (x.catalog.districtCodes.get(c.district) ?? "") : ""
  ),
  spec("industry", "产业", "Industry", ["行业", "产业领域"], (c, x) =>
    x.language === "en" ? capitalised(c.industry.en) : c.industry.zh
  ),
  spec("industry_zh", "中文产业", "Industry (Chinese)", ["产业中文"], (c) => c.industry.zh),
  spec("industry_en", "英文产业", "Industry (English)", ["产业英文"], (c) =>
    capitalised(c.industry.en)
  ),
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
  spec("batch", "批次", "Batch", ["批"], (c, x) =>
    batchLabel(c.batch, yearOf(announcedOf(x.catalog, c)), x.language)
  ),
  spec("batch_number", "批次序号", "Batch number", ["batchnumber", "批次号"], (c) => c.batch ?? ""),
  spec(
    "year",
    "年份",
    "Year",
    ["公布年份", "年"],
    (c, x) => yearOf(announcedOf(x.catalog, c)) ?? ""
  ),
  // A date only where the day is known; "2019-10" as text would become a date in Excel.
  {
    ...spec(
      "announced",
      "公布日期",
      "Announced",
      ["公布时间", "认定时间", "date"],
      (c, x) => excelSerial(announcedOf(x.catalog, c)) ?? ""
    ),
    format: DATE_FORMAT,
  },
  spec("announced_precision", "日期精度", "Date precision", ["precision", "精度"], (c, x) => {
    const precision = precisionOf(announcedOf(x.catalog, c));
    return precision ? pick(PRECISIONS[precision], x.language) : "";
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

/**
 * The columns SD.CLUSTERS shows when `fields` is empty: the cluster key beside the record's
 * id marks records of one cluster, the batch reads as a label with its year as a number, and
 * the date is a date only where the day is known (its precision beside it).
 */
export const DEFAULT_FIELDS: readonly string[] = [
  "id",
  "key",
  "name",
  "city",
  "district",
  "industry",
  "level",
  "kind",
  "batch",
  "year",
  "announced",
  "announced_precision",
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
      // Stryker disable next-line ObjectLiteral: every metric name comes from a metric in catalog.metrics
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
    // Stryker disable next-line ObjectLiteral: every metric name comes from a metric in catalog.metrics
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
  return memoised(fieldMemo(catalog), [argument, text], UnknownNameError, (): Field =>
    findField(catalog, text, argument)
  );
}

/** One field by name, per catalog and argument: SD.CLUSTER over a range names the same field per cell. */
const fieldMemo = perOwner((): BoundedMemo<Field | UnknownNameError> => new BoundedMemo());

/** No field or metric name is longer: a longer text is unknown without looking it up. */
const MAX_FIELD_CHARS = 200;

function findField(catalog: Catalog, text: string, argument: ArgumentName): Field {
  if (text.length > MAX_FIELD_CHARS) throw new UnknownNameError(text, "field", [], argument);
  const found = fieldNames.get(text);
  if (found.length > 0) return found[0];
  const metric = findMetric(catalog, text);
  if (metric) return metric;
  throw new UnknownNameError(
    text,
    "field",
    fieldSuggester(catalog).suggest(canonical(text)),
    argument
  );
}

/** Field and metric names as suggestion candidates, listed once per catalog. */
const fieldSuggester = perOwner((catalog: Catalog) => {
  const candidates: Candidate<Bilingual>[] = [
    ...fieldNames.candidates().map(({ key: k, value }) => ({ key: k, value: value.label })),
    ...catalog.metricNames.candidates().map(({ key: k, value }) => ({
      key: k,
      // Stryker disable next-line ObjectLiteral: every metric name comes from a metric in catalog.metrics
      value: catalog.metrics.get(value) ?? { zh: value, en: value },
    })),
  ];
  return new Suggester(candidates);
});

/**
 * Resolved field lists by the raw `fields` texts, per catalog (metric fields come from it):
 * SD.CLUSTERS with its default columns would otherwise canonicalise ten names per call.
 */
const fieldsMemo = perOwner(
  (): BoundedMemo<readonly Field[] | UnknownNameError> => new BoundedMemo()
);

/**
 * The columns a `fields` argument asks for, in its order ("name,city,batch" or "名称,城市,批次");
 * the default columns when it names none. An unknown name throws the same error every time.
 *
 * @example
 * resolveFields(catalog, ["名称,城市"]).map((f) => f.id) //=> ["name", "city"]
 */
export function resolveFields(catalog: Catalog, texts: readonly string[]): Field[] {
  const fields = memoised(
    fieldsMemo(catalog),
    [listKey(texts)],
    UnknownNameError,
    (): readonly Field[] => {
      const items = texts.flatMap(splitList).filter((item) => canonical(item).length > 0);
      const names = items.length > 0 ? items : DEFAULT_FIELDS;
      return names.map((name) => resolveField(catalog, name, "fields"));
    }
  );
  return fields.slice();
}
