import type { Cluster, Dataset } from "./types";

/** Follows a Chinese text that is our translation of an English-only source, wherever it is shown. */
export const TRANSLATION_MARK = "（本项目译名）";

/**
 * A Chinese text without the mark, as users type it (a typo in a marked name is then near it,
 * not six characters further), or undefined when it carries none.
 *
 * @example
 * unmarked("塑料和橡胶材料（本项目译名）") //=> "塑料和橡胶材料"
 */
export function unmarked(zh: string): string | undefined {
  return zh.endsWith(TRANSLATION_MARK) ? zh.slice(0, -TRANSLATION_MARK.length) : undefined;
}

function marked(c: Cluster): Cluster {
  const what = c.translated ?? [];
  if (what.length === 0) return c;
  const mark = (zh: string, field: "name" | "industry") =>
    what.includes(field) ? `${zh}${TRANSLATION_MARK}` : zh;
  return {
    ...c,
    name: { ...c.name, zh: mark(c.name.zh, "name") },
    industry: { ...c.industry, zh: mark(c.industry.zh, "industry") },
  };
}

/**
 * The dataset as users see it: Chinese texts marked `translated` carry the mark, so the pane,
 * the functions and the inserted tables, which all read one catalog, show it without each
 * having to remember. The check reads the dataset unmarked.
 */
export function withTranslationMarks(d: Dataset): Dataset {
  return d.clusters.some((c) => (c.translated ?? []).length > 0)
    ? { ...d, clusters: d.clusters.map(marked) }
    : d;
}
