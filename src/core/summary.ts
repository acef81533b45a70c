/**
 * Counts of a result by city, kind or industry: the small two-column tables a chart is built
 * on. Counted like SD.COUNT: distinct clusters (one cluster on two lists counts once), and a
 * joint cluster counts for every city it spans.
 */
import type { Cluster } from "../data/types";
import type { Catalog } from "./catalog";
import { pick, type Language } from "./i18n";
import { KINDS } from "./labels";
import type { Table } from "./table";

export type SummaryBy = "city" | "kind" | "industry";

const GROUP_HEADERS: Record<SummaryBy, { zh: string; en: string }> = {
  city: { zh: "城市", en: "City" },
  kind: { zh: "类别", en: "Kind" },
  industry: { zh: "产业", en: "Industry" },
};

const COUNT_HEADER = { zh: "集群数（不重复）", en: "Clusters (distinct)" };

/** The groups one record belongs to, as [id, label] pairs. */
function groupsOf(
  catalog: Catalog,
  cluster: Cluster,
  by: SummaryBy,
  language: Language
): [string, string][] {
  switch (by) {
    case "city":
      return [...new Set(cluster.cities.length > 0 ? cluster.cities : [cluster.city])].map((id) => {
        const city = catalog.cities.get(id);
        return [id, city ? (language === "en" ? city.en : city.short) : id];
      });
    case "kind": {
      const kind = catalog.programs.get(cluster.program)?.kind;
      return kind ? [[kind, pick(KINDS[kind].label, language)]] : [];
    }
    case "industry":
      return [[cluster.industry.zh, pick(cluster.industry, language)]];
  }
}

/**
 * One row per group that has clusters, most clusters first (ties keep the order groups first
 * appear in, which is the dataset's).
 *
 * @example
 * summaryTable(catalog, clustersMatching(catalog, { query: ["烟台"] }), "city", "zh-CN").rows[0] //=> ["烟台", 9] (say)
 */
export function summaryTable(
  catalog: Catalog,
  clusters: readonly Cluster[],
  by: SummaryBy,
  language: Language
): Table {
  const groups = new Map<string, { label: string; keys: Set<string> }>();
  for (const cluster of clusters) {
    for (const [id, label] of groupsOf(catalog, cluster, by, language)) {
      const group = groups.get(id) ?? { label, keys: new Set<string>() };
      group.keys.add(cluster.key);
      groups.set(id, group);
    }
  }
  const rows = [...groups.values()]
    .map((group, order) => ({ label: group.label, count: group.keys.size, order }))
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map((row) => [row.label, row.count]);
  return { header: [pick(GROUP_HEADERS[by], language), pick(COUNT_HEADER, language)], rows };
}
