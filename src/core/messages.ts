/**
 * Every sentence a user can read from core, in both languages, in one place. Errors and
 * tables call these; nothing else builds user-facing text.
 */
import type { Bilingual } from "../data/types";
import { pick, type Language } from "./i18n";

/** What kind of thing a name was taken to be, for "unknown city …" style messages. */
export type Category =
  "city" | "district" | "industry" | "cluster" | "program" | "name" | "level" | "kind" | "field";

/** The arguments users can get wrong, with the names shown in the formula bar. */
export const ARGUMENT_LABELS = {
  query: { zh: "查询", en: "query" },
  level: { zh: "级别", en: "level" },
  kind: { zh: "类别", en: "kind" },
  fields: { zh: "字段", en: "fields" },
  headers: { zh: "表头", en: "headers" },
  cluster: { zh: "集群", en: "cluster" },
  field: { zh: "字段", en: "field" },
} as const satisfies Record<string, Bilingual>;

export type ArgumentName = keyof typeof ARGUMENT_LABELS;

const CATEGORY_LABELS: Record<Category, Bilingual> = {
  city: { zh: "城市", en: "city" },
  district: { zh: "区县", en: "district or county" },
  industry: { zh: "产业", en: "industry" },
  cluster: { zh: "集群", en: "cluster" },
  program: { zh: "名单", en: "programme" },
  name: { zh: "名称", en: "name" },
  level: { zh: "级别", en: "level" },
  kind: { zh: "类别", en: "kind" },
  field: { zh: "字段", en: "field" },
};

/** What to type instead, per argument, when nothing close to the input exists. */
const HINTS: Record<ArgumentName, Bilingual> = {
  query: {
    zh: "请输入城市（如「烟台」）、区县、产业、集群名称或编号，多个值用「、」分隔",
    en: 'Type a city (e.g. "Yantai"), district, industry, cluster name or id; separate several with commas',
  },
  level: { zh: "请输入「国家级」或「省级」", en: 'Type "national" or "provincial"' },
  kind: {
    zh: "请输入「战略性新兴」「先进制造业」「特色产业集群」或「未来产业」",
    en: 'Type "strategic emerging", "advanced manufacturing", "SME characteristic" or "future industry"',
  },
  fields: {
    zh: "请输入字段名，如「name,city,batch」；SD.FIELDS() 列出全部字段",
    en: 'Type field names such as "name,city,batch"; SD.FIELDS() lists them all',
  },
  headers: {
    zh: "请输入 0（不要表头）或 1（要表头）",
    en: "Type 0 (no header row) or 1 (header row)",
  },
  cluster: {
    zh: "请输入集群名称或编号；SD.CLUSTERS() 列出全部集群",
    en: "Type a cluster name or id; SD.CLUSTERS() lists them all",
  },
  field: {
    zh: "请输入字段名，如「name」；SD.FIELDS() 列出全部字段",
    en: 'Type a field name such as "name"; SD.FIELDS() lists them all',
  },
};

/** What an empty result was a list of, for "no … match" messages. */
export type Subject = "clusters" | "metrics" | "sources" | "targets" | "batches";

const SUBJECTS: Record<Subject, Bilingual> = {
  clusters: { zh: "集群", en: "clusters" },
  metrics: { zh: "指标", en: "figures" },
  sources: { zh: "来源", en: "sources" },
  targets: { zh: "目标", en: "targets" },
  batches: { zh: "批次", en: "batches" },
};

/** How many characters of the user's input a message echoes. */
const SHOWN_LENGTH = 40;

/**
 * Long input is echoed shortened, so a pasted paragraph does not fill the error tooltip. The cut
 * counts code points, never UTF-16 units, so no emoji or rare CJK character is split in half.
 */
export function shown(text: string): string {
  // Most input is short: only a string that could exceed the limit is split into code points.
  if (text.length <= SHOWN_LENGTH) return text;
  // Stryker disable next-line MethodExpression: each slice only bounds the work; 40 code points are kept either way
  const head = Array.from(text.slice(0, 2 * SHOWN_LENGTH + 2)).slice(0, SHOWN_LENGTH + 1);
  return head.length > SHOWN_LENGTH ? `${head.slice(0, SHOWN_LENGTH).join("")}…` : text;
}

function orList(names: readonly string[], language: Language): string {
  return language === "en"
    ? names.map((name) => `"${name}"`).join(" or ")
    : names.map((name) => `「${name}」`).join("或");
}

/**
 * 未知城市「烟太」— 是否指「烟台」? / Unknown city "Yantia" — did you mean "Yantai"?
 *
 * @example
 * unknownName("zh-CN", "烟太", "city", ["烟台"], "query") //=> "未知城市「烟太」— 是否指「烟台」？"
 */
export function unknownName(
  language: Language,
  term: string,
  category: Category,
  suggestions: readonly string[],
  argument: ArgumentName
): string {
  const what = pick(CATEGORY_LABELS[category], language);
  if (language === "en") {
    const head = `Unknown ${what} "${shown(term)}"`;
    return suggestions.length > 0
      ? `${head} — did you mean ${orList(suggestions, language)}?`
      : `${head}. ${HINTS[argument].en}.`;
  }
  const head = `未知${what}「${shown(term)}」`;
  return suggestions.length > 0
    ? `${head}— 是否指${orList(suggestions, language)}？`
    : `${head}。${HINTS[argument].zh}。`;
}

/** No cluster has this name: #N/A, as a lookup that finds nothing. */
export function clusterNotFound(
  language: Language,
  term: string,
  suggestions: readonly string[]
): string {
  if (language === "en") {
    const head = `No cluster "${shown(term)}"`;
    return suggestions.length > 0
      ? `${head} — did you mean ${orList(suggestions, language)}?`
      : `${head}. ${HINTS.cluster.en}.`;
  }
  const head = `未找到集群「${shown(term)}」`;
  return suggestions.length > 0
    ? `${head}— 是否指${orList(suggestions, language)}？`
    : `${head}。${HINTS.cluster.zh}。`;
}

/** A name that fits several different clusters; the ids are what to type instead. */
export function ambiguousCluster(
  language: Language,
  term: string,
  candidates: readonly { name: string; id: string }[]
): string {
  const shownCount = 3;
  const rest = candidates.length - shownCount;
  if (language === "en") {
    const listed = candidates.slice(0, shownCount).map((c) => `${c.name} (${c.id})`);
    const more = rest > 0 ? ` and ${rest} more` : "";
    return `"${shown(term)}" fits ${candidates.length} clusters: ${listed.join(", ")}${more}. Type the cluster's id instead.`;
  }
  const listed = candidates.slice(0, shownCount).map((c) => `${c.name}（${c.id}）`);
  const more = rest > 0 ? "等" : "";
  return `「${shown(term)}」对应 ${candidates.length} 个集群：${listed.join("、")}${more}。请改为输入集群编号。`;
}

/** An argument of the wrong type (a logical value, an object) where text or 0/1 was expected. */
export function invalidArgument(language: Language, argument: ArgumentName, got: string): string {
  const name = pick(ARGUMENT_LABELS[argument], language);
  return language === "en"
    ? `The ${name} argument cannot be ${shown(got)}. ${HINTS[argument].en}.`
    : `参数「${name}」不能是 ${shown(got)}。${HINTS[argument].zh}。`;
}

/** Nothing matched and there is no header row to show: #N/A with the reason. */
export function noMatch(language: Language, subject: Subject): string {
  const what = pick(SUBJECTS[subject], language);
  return language === "en" ? `No ${what} match these conditions.` : `没有符合条件的${what}。`;
}

/** More terms in one query than anyone types. */
export function queryTooLong(language: Language, limit: number): string {
  return language === "en"
    ? `A query can hold at most ${limit} names or words. Split it over several cells.`
    : `一个查询最多 ${limit} 个名称或词语，请分到多个单元格。`;
}

/** A place the add-in knows, with no cluster recorded in it. */
export function noClusterInPlace(
  language: Language,
  place: Bilingual,
  city: Bilingual | undefined
): string {
  if (language === "en") {
    const where = city ? `${place.en} (${city.en})` : place.en;
    return `No cluster in ${where} yet: the sources name none there.`;
  }
  const where = city ? `${place.zh}（${city.zh}）` : place.zh;
  return `${where}尚无集群：所引来源未列出该地的集群。`;
}

/** A failure we did not foresee; the user can still act on it. */
export function unexpected(language: Language): string {
  return language === "en"
    ? "Qilu Clusters could not compute this. Check the arguments, or report it with the formula."
    : "齐鲁集群无法计算此公式。请检查参数，或连同公式一起反馈。";
}

/** A result larger than a sheet: Excel could only show #SPILL!, so it is never built. */
export function resultTooLarge(
  language: Language,
  rows: number,
  columns: number,
  limits: { rows: number; columns: number }
): string {
  const n = (value: number) => value.toLocaleString("en-US");
  const plural = (value: number, word: string) => `${n(value)} ${word}${value === 1 ? "" : "s"}`;
  return language === "en"
    ? `The result would be ${plural(rows, "row")} × ${plural(columns, "column")}, more than a sheet holds (${n(limits.rows)} rows, ${n(limits.columns)} columns). Ask for fewer fields or a narrower query.`
    : `结果将有 ${n(rows)} 行 × ${n(columns)} 列，超出工作表的上限（${n(limits.rows)} 行、${n(limits.columns)} 列）。请减少字段或缩小查询范围。`;
}
