/**
 * Recognitions per year and programme, for the pane's timeline and its inserted chart. A record
 * is one recognition (a cluster on two lists is two). Its year is its own announcement date, else
 * its batch's; where only the public notice (公示) is dated, that year is used and the record is
 * counted as dated by notice; with no date at all it goes in the "year unknown" column, which is
 * always present so no record is dropped silently.
 */
import type { Cluster } from "../data/types";
import type { Catalog } from "./catalog";

export interface TimelineYear {
  /** e.g. "2023"; "" for the records whose year is unknown. */
  year: string;
  /** Records per programme id, in the dataset's programme order. */
  counts: Record<string, number>;
  total: number;
  /** Records whose year comes from the public notice, not from an announcement. */
  byNotice: number;
}

export interface Timeline {
  /** Programme ids that have records in the result, in dataset order. */
  programs: string[];
  /** Years in order, then the unknown year (always last, possibly with total 0). */
  years: TimelineYear[];
}

function yearOf(catalog: Catalog, cluster: Cluster): { year: string; byNotice: boolean } {
  const batch = catalog.programs
    .get(cluster.program)
    ?.batches.find((b) => b.number === cluster.batch);
  const announced = cluster.announced ?? batch?.announced;
  if (announced) return { year: announced.slice(0, 4), byNotice: false };
  if (batch?.noticeDate) return { year: batch.noticeDate.slice(0, 4), byNotice: true };
  return { year: "", byNotice: false };
}

/**
 * @example
 * timeline(catalog, catalog.dataset.clusters).years[0] //=> { year: "2019", counts: { "national-strategic-emerging": 7 }, … }
 */
export function timeline(catalog: Catalog, clusters: readonly Cluster[]): Timeline {
  const years = new Map<string, TimelineYear>();
  const used = new Set<string>();
  const entry = (year: string) => {
    let found = years.get(year);
    if (!found) years.set(year, (found = { year, counts: {}, total: 0, byNotice: 0 }));
    return found;
  };
  for (const cluster of clusters) {
    const { year, byNotice } = yearOf(catalog, cluster);
    const row = entry(year);
    row.counts[cluster.program] = (row.counts[cluster.program] ?? 0) + 1;
    row.total += 1;
    if (byNotice) row.byNotice += 1;
    used.add(cluster.program);
  }
  const unknown = entry("");
  const known = [...years.values()]
    .filter((y) => y.year !== "")
    .sort((a, b) => a.year.localeCompare(b.year));
  return {
    programs: catalog.dataset.programs.map((p) => p.id).filter((id) => used.has(id)),
    years: [...known, unknown],
  };
}
