/**
 * The Browse view's filter and what it selects. The search goes through core's query parser
 * (the same as SD.CLUSTERS' query: 煙臺, yantai and 烟台市 all work, "烟台 生物医药" and
 * "烟台生物医药" mean Yantai's biomedicine cluster, 国家级 / 2022 / 第二批 filter) with the level and kind
 * filters; the city, batch and industry filters then narrow that to a city's records
 * (core's index, joint clusters included), one batch, or one industry.
 */
import type { Cluster, Kind, Level } from "../data/types";
import type { Catalog } from "../core/catalog";
import { QueryError, type UnknownNameError } from "../core/errors";
import { replaceSpan } from "../core/parse";
import { noClusterIn } from "../core/queries";
import { pick, type Language } from "../core/i18n";
import { KINDS, LEVELS } from "../core/labels";
import { clustersMatching } from "../core/resolve";

export interface BrowseFilter {
  search: string;
  /** City id, or "" for all. */
  city: string;
  level: Level | "";
  kind: Kind | "";
  /** "programme-id#batch-number", or "". */
  batch: string;
  /** Industry as its Chinese name (the dataset's key for it), or "". */
  industry: string;
}

export const EMPTY_FILTER: BrowseFilter = {
  search: "",
  city: "",
  level: "",
  kind: "",
  batch: "",
  industry: "",
};

export interface BrowseResult {
  clusters: Cluster[];
  /**
   * Why the search matched nothing, in words core chose. An `UnknownNameError` carries the
   * unknown word (`term`), where it stands in the search text (`at.start`, `at.end`, UTF-16
   * offsets) and `choices(language)`, the suggestions as text; `withSuggestion` puts one in.
   * A `NoClusterInPlaceError` says a known county has no cluster yet.
   */
  error?: QueryError;
}

/**
 * The search text with the unknown word replaced by a suggestion the user picked.
 *
 * @example
 * withSuggestion("烟太 生物医药", error, "烟台") //=> "烟台 生物医药"
 */
export function withSuggestion(search: string, error: UnknownNameError, choice: string): string {
  return error.at ? replaceSpan(search, error.at, choice) : choice;
}

export function batchValue(program: string, batch: number): string {
  return `${program}#${batch}`;
}

/**
 * The records the filter selects, in dataset order.
 *
 * @example
 * applyFilter(catalog, { ...EMPTY_FILTER, search: "煙臺" }).clusters // 烟台's records
 */
export function applyFilter(catalog: Catalog, filter: BrowseFilter): BrowseResult {
  let clusters: Cluster[];
  try {
    clusters = clustersMatching(catalog, {
      query: filter.search.trim() ? [filter.search] : [],
      level: filter.level ? [filter.level] : [],
      kind: filter.kind ? [filter.kind] : [],
    });
  } catch (error) {
    if (error instanceof QueryError) return { clusters: [], error };
    throw error;
  }
  if (clusters.length === 0) {
    const none = noClusterIn(catalog, { query: [filter.search] });
    if (none) return { clusters, error: none };
  }
  if (filter.city) {
    const inCity = new Set(catalog.clustersByCity.get(filter.city) ?? []);
    clusters = clusters.filter((cluster) => inCity.has(cluster));
  }
  if (filter.batch)
    clusters = clusters.filter((c) => batchValue(c.program, c.batch ?? 0) === filter.batch);
  if (filter.industry) clusters = clusters.filter((c) => c.industry.zh === filter.industry);
  return { clusters };
}

/** True when any filter other than the search is set. */
export function hasFilters(filter: BrowseFilter): boolean {
  return Boolean(filter.city || filter.level || filter.kind || filter.batch || filter.industry);
}

export type Options = [value: string, text: string][];

/** The choices of every filter, labelled in the language, each led by "all". */
export function filterOptions(catalog: Catalog, language: Language, all: string) {
  const data = catalog.dataset;
  const collator = new Intl.Collator(language === "en" ? "en" : "zh-CN-u-co-pinyin");
  const industries = new Map<string, string>();
  for (const cluster of data.clusters)
    industries.set(cluster.industry.zh, pick(cluster.industry, language));
  const lead: [string, string] = ["", all];
  return {
    city: [
      lead,
      ...data.cities.map((city): [string, string] => [
        city.id,
        language === "en" ? city.en : city.short,
      ]),
    ],
    level: [
      lead,
      ...(Object.keys(LEVELS) as Level[]).map((level): [string, string] => [
        level,
        pick(LEVELS[level].label, language),
      ]),
    ],
    kind: [
      lead,
      ...(Object.keys(KINDS) as Kind[]).map((kind): [string, string] => [
        kind,
        pick(KINDS[kind].label, language),
      ]),
    ],
    batch: [
      lead,
      ...data.programs.flatMap((program) =>
        program.batches.map((batch): [string, string] => [
          batchValue(program.id, batch.number),
          `${pick(program.name, language)} · ${pick(batch.label, language)}`,
        ])
      ),
    ],
    industry: [lead, ...[...industries].sort((a, b) => collator.compare(a[1], b[1]))],
  } satisfies Record<Exclude<keyof BrowseFilter, "search">, Options>;
}
