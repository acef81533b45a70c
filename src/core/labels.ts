/**
 * The dataset's enumerations with their labels in both languages and the other ways people
 * write them. Labels are what tables show; synonyms are what arguments accept.
 */
import type { Bilingual, Kind, Level, NameForm, Qualifier, Source } from "../data/types";

interface Term {
  label: Bilingual;
  /** Extra spellings accepted as input, beside the id and both labels. */
  synonyms: readonly string[];
}

export const LEVELS: Record<Level, Term> = {
  national: { label: { zh: "国家级", en: "National" }, synonyms: ["国家", "国", "nation"] },
  provincial: { label: { zh: "省级", en: "Provincial" }, synonyms: ["省", "province", "山东省级"] },
};

export const KINDS: Record<Kind, Term> = {
  "strategic-emerging": {
    label: { zh: "战略性新兴产业集群", en: "Strategic emerging industry cluster" },
    synonyms: [
      "战略性新兴",
      "战略性新兴产业",
      "战新",
      "战新集群",
      "新兴产业集群",
      "strategic emerging",
      "emerging",
      "sei",
    ],
  },
  "advanced-manufacturing": {
    label: { zh: "先进制造业集群", en: "Advanced manufacturing cluster" },
    synonyms: ["先进制造业", "先进制造", "先进制造集群", "advanced manufacturing", "manufacturing"],
  },
  "sme-characteristic": {
    label: { zh: "中小企业特色产业集群", en: "SME characteristic industry cluster" },
    synonyms: [
      "特色产业集群",
      "中小企业特色",
      "特色产业",
      "特色集群",
      "特色",
      "sme",
      "sme characteristic",
      "characteristic",
    ],
  },
  "future-industry": {
    label: { zh: "未来产业集群", en: "Future industry cluster" },
    synonyms: ["未来产业", "未来", "future industry", "future"],
  },
};

export const STATUSES: Record<"recognized" | "proposed", Bilingual> = {
  recognized: { zh: "已认定", en: "Recognized" },
  proposed: { zh: "拟认定（公示）", en: "Proposed (public notice)" },
};

/**
 * How a figure is stated, shown in its own column beside the number so the number stays a
 * number: 170 | 余 reads as the source's "170余家".
 */
export const QUALIFIERS: Record<Qualifier, Bilingual> = {
  exact: { zh: "", en: "" },
  over: { zh: "余", en: "over" },
  about: { zh: "约", en: "about" },
  "at-least": { zh: "以上", en: "at least" },
};

export const NAME_BASES: Record<NameForm["basis"], Bilingual> = {
  official: { zh: "官方名单", en: "Official list" },
  news: { zh: "新闻表述", en: "News wording" },
  short: { zh: "简称", en: "Short form" },
  mirror: { zh: "转载站表述", en: "Mirror-site wording" },
  reconstructed: { zh: "本项目补全或拼写", en: "Reconstructed by this project" },
  inferred: { zh: "推断", en: "Inferred" },
};

export const SOURCE_KINDS: Record<Source["kind"], Bilingual> = {
  article: { zh: "原文", en: "Source article" },
  secondary: { zh: "补充资料", en: "Supplementary" },
};

export const SCOPES: Record<"nationwide" | "shandong", Bilingual> = {
  nationwide: { zh: "全国", en: "Nationwide" },
  shandong: { zh: "山东", en: "Shandong" },
};

/** Every spelling of a term: its id, both labels, and its synonyms. */
export function spellings(id: string, term: Term): string[] {
  return [id, term.label.zh, term.label.en, ...term.synonyms];
}
