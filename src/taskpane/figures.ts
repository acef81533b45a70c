/**
 * Figures as a reader should see them: with the source's qualifier in its place (170 with
 * "over" reads 170余家 / over 170), its unit, year and scope. Pure, so the wording is tested.
 */
import type { Metric, Qualifier, StatedCount } from "../data/types";
import { pick, type Language } from "../core/i18n";
import { SCOPES } from "../core/labels";

/** English for the dataset's units; units not listed are shown as written. */
const UNITS_EN: Record<string, string> = {
  家: "enterprises",
  个: "",
  亿元: "× 100 million yuan",
  万元: "× 10,000 yuan",
  "%": "%",
};

function number(value: number, language: Language): string {
  return value.toLocaleString(language === "en" ? "en-US" : "zh-CN");
}

/**
 * A stated number with its qualifier and unit.
 *
 * @example
 * statedNumber(170, "over", "家", "zh-CN") //=> "170余家"
 * statedNumber(170, "over", "家", "en")    //=> "over 170 enterprises"
 * statedNumber(30, "at-least", "家", "zh-CN") //=> "30家以上"
 */
export function statedNumber(
  value: number,
  qualifier: Qualifier,
  unit: string,
  language: Language
): string {
  const n = number(value, language);
  if (language === "en") {
    const enUnit = unit in UNITS_EN ? UNITS_EN[unit] : unit;
    const withUnit = enUnit === "%" ? `${n}%` : enUnit ? `${n} ${enUnit}` : n;
    const lead = { exact: "", over: "over ", about: "about ", "at-least": "at least " }[qualifier];
    return `${lead}${withUnit}`;
  }
  switch (qualifier) {
    case "exact":
      return `${n}${unit}`;
    case "over":
      return `${n}余${unit}`;
    case "about":
      return `约${n}${unit}`;
    case "at-least":
      return `${n}${unit}以上`;
  }
}

/** A figure's label, value and the context that keeps it honest: year and scope. */
export function figureParts(
  metric: Metric,
  language: Language
): { label: string; value: string; context: string } {
  const year =
    metric.year === undefined ? "" : language === "en" ? String(metric.year) : `${metric.year}年`;
  const scope = pick(metric.scope, language);
  return {
    label: pick(metric.label, language),
    value: statedNumber(metric.value, metric.qualifier, metric.unit, language),
    context: [year, scope].filter(Boolean).join(" · "),
  };
}

/**
 * A stated programme or batch total with its scope and date.
 *
 * @example
 * statedCount({ value: 66, qualifier: "exact", scope: "nationwide", asOf: "2019-10", sources: [] }, "en")
 * //=> "66 (Nationwide, as of 2019-10)"
 */
export function statedCount(count: StatedCount, language: Language): string {
  const value = statedNumber(count.value, count.qualifier, language === "en" ? "" : "个", language);
  const scope = pick(SCOPES[count.scope], language);
  return language === "en"
    ? `${value} (${scope}, as of ${count.asOf})`
    : `${value}（${scope}，截至 ${count.asOf}）`;
}
