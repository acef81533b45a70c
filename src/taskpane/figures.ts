/**
 * Figures as a reader should see them: with the source's qualifier in its place (170 with
 * "over" reads 170余家 / over 170), its unit, year and scope. Pure, so the wording is tested.
 */
import type { Metric, Qualifier, StatedCount } from "../data/types";
import { pick, type Language } from "../core/i18n";
import { SCOPES } from "../core/labels";

/** English for the dataset's units, with the factor that turns 亿 and 万 into English magnitudes. */
const UNITS_EN: Record<string, { unit: string; factor: number }> = {
  家: { unit: "enterprises", factor: 1 },
  个: { unit: "", factor: 1 },
  亿元: { unit: "billion yuan", factor: 0.1 },
  万元: { unit: "million yuan", factor: 0.01 },
  "%": { unit: "%", factor: 1 },
};

/** Chinese sources write 1000余亿元 without separators; English groups thousands. */
function number(value: number, language: Language): string {
  return language === "en"
    ? value.toLocaleString("en-US", { maximumFractionDigits: 4 })
    : value.toLocaleString("zh-CN", { useGrouping: false, maximumFractionDigits: 4 });
}

/**
 * A stated number with its qualifier and unit.
 *
 * @example
 * statedNumber(170, "over", "家", "zh-CN") //=> "170余家"
 * statedNumber(170, "over", "家", "en")    //=> "over 170 enterprises"
 * statedNumber(1000, "over", "亿元", "en") //=> "over 100 billion yuan"
 * statedNumber(30, "at-least", "家", "zh-CN") //=> "30家以上"
 */
export function statedNumber(
  value: number,
  qualifier: Qualifier,
  unit: string,
  language: Language
): string {
  if (language === "en") {
    const known = Object.prototype.hasOwnProperty.call(UNITS_EN, unit)
      ? UNITS_EN[unit]
      : { unit, factor: 1 };
    const n = number(value * known.factor, language);
    const withUnit = known.unit === "%" ? `${n}%` : known.unit ? `${n} ${known.unit}` : n;
    const lead = { exact: "", over: "over ", about: "about ", "at-least": "at least " }[qualifier];
    return `${lead}${withUnit}`;
  }
  const n = number(value, language);
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
): { label: string; value: string; year: string; scope: string } {
  const year =
    metric.year === undefined ? "" : language === "en" ? String(metric.year) : `${metric.year}年`;
  return {
    label: pick(metric.label, language),
    value: statedNumber(metric.value, metric.qualifier, metric.unit, language),
    year,
    scope: pick(metric.scope, language),
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
  // Stryker disable next-line ConditionalExpression: English gives 个 no unit word (UNITS_EN), so passing it in English reads the same.
  const value = statedNumber(count.value, count.qualifier, language === "en" ? "" : "个", language);
  const scope = pick(SCOPES[count.scope], language);
  return language === "en"
    ? `${value} (${scope}, as of ${count.asOf})`
    : `${value}（${scope}，截至 ${count.asOf}）`;
}
