/**
 * Turns what a user typed into dataset objects: query terms into clusters, level and kind
 * words into filters, a cluster name into one record. Everything goes through the catalog's
 * Maps; only a failed lookup computes suggestions.
 */
import type { Cluster, Level, Program } from "../data/types";
import type { Catalog, Entry, KindTarget } from "./catalog";
import { AmbiguousClusterError, ClusterNotFoundError, UnknownNameError } from "./errors";
import { KINDS, LEVELS } from "./labels";
import type { NameLookup } from "./lookup";
import type { ArgumentName, Category } from "./messages";
import { canonical } from "./names";
import { BoundedMemo, listKey, perOwner } from "./memo";
import { Suggester } from "./suggest";
import { isHan, splitList, stripPlaceSuffix, stripProvincePrefix } from "./text";

/** What `SD.CLUSTERS` and `SD.COUNT` filter by; each list matches any of its items. */
export interface ClusterFilter {
  query?: readonly string[];
  level?: readonly string[];
  kind?: readonly string[];
}

const suggesters = new WeakMap<NameLookup<unknown>, Suggester<unknown>>();

function suggestionsFor<T>(lookup: NameLookup<T>, key: string): T[] {
  let suggester = suggesters.get(lookup) as Suggester<T> | undefined;
  if (!suggester) {
    // Initials ("zz", "yt") are too short to suggest: "zzz" is not a misspelt 枣庄.
    suggester = new Suggester(
      lookup.candidates().filter(({ key }) => key.length > 3 || !/^[a-z]+$/.test(key))
    );
    suggesters.set(lookup, suggester);
  }
  return suggester.suggest(key);
}

/** Keys to try after the exact one: without "山东省", without or with another 市/区/县. */
function fallbackKeys(key: string): string[] {
  const keys: string[] = [];
  for (const base of [key, stripProvincePrefix(key)]) {
    if (base === undefined) continue;
    if (base !== key) keys.push(base);
    const stem = stripPlaceSuffix(base);
    if (stem) keys.push(stem);
  }
  return keys;
}

function entriesFor(catalog: Catalog, key: string): readonly Entry[] {
  const exact = catalog.names.getKey(key);
  if (exact.length > 0) return exact;
  for (const fallback of fallbackKeys(key)) {
    const found = catalog.names.getKey(fallback);
    if (found.length > 0) return found;
  }
  // Part of an industry or cluster name ("海洋" → 海洋工程装备 …); Latin needs three letters
  // so that "an" does not match half the English names.
  return isHan(key) || key.length >= 3 ? catalog.contains.findKey(key) : [];
}

function unknownTerm(catalog: Catalog, item: string, key: string): UnknownNameError {
  const near = suggestionsFor(catalog.names, key);
  const category: Category = near.length > 0 ? near[0].category : "name";
  return new UnknownNameError(
    item,
    category,
    near.map((entry) => entry.label),
    "query"
  );
}

/**
 * The entries one query item names, trying exact names, then suffix variations, then part
 * of a name. Throws `UnknownNameError` with suggestions when nothing fits.
 *
 * @example
 * resolveTerm(catalog, "煙臺").map((e) => e.id) //=> ["yantai"]
 */
export function resolveTerm(catalog: Catalog, item: string): readonly Entry[] {
  const key = canonical(item);
  if (key.length === 0) return [];
  const entries = entriesFor(catalog, key);
  if (entries.length > 0) return entries;
  // "烟台 青岛": spaces are not list separators, but two known names around one still are.
  const parts = item.trim().split(/\s+/);
  if (parts.length > 1) {
    const resolved = parts.map((part) => entriesFor(catalog, canonical(part)));
    if (resolved.every((found) => found.length > 0)) return resolved.flat();
  }
  throw unknownTerm(catalog, item, key);
}

function resolveWords<T>(
  lookup: NameLookup<T>,
  texts: readonly string[],
  argument: ArgumentName & Category,
  label: (value: T) => { zh: string; en: string }
): T[] {
  const out = new Set<T>();
  for (const item of texts.flatMap(splitList)) {
    const key = canonical(item);
    if (key.length === 0) continue;
    const found = lookup.getKey(key);
    if (found.length === 0)
      throw new UnknownNameError(item, argument, suggestionsFor(lookup, key).map(label), argument);
    for (const value of found) out.add(value);
  }
  return [...out];
}

/** The levels a `level` argument names (国家级 / 国家 / national …); empty when it names none. */
export function resolveLevels(catalog: Catalog, texts: readonly string[]): Level[] {
  return resolveWords(catalog.levels, texts, "level", (level) => LEVELS[level].label);
}

/** The kinds or programmes a `kind` argument names (战新 / 先进制造业 / a programme id …). */
export function resolveKinds(catalog: Catalog, texts: readonly string[]): KindTarget[] {
  return resolveWords(catalog.kinds, texts, "kind", (target) =>
    target.type === "kind" ? KINDS[target.kind].label : target.program.name
  );
}

/**
 * The programmes a level and kind filter keep (all of them when both are empty).
 *
 * @example
 * programsMatching(catalog, { level: ["省级"], kind: ["战新"] }).map((p) => p.id) //=> ["provincial-strategic-emerging"]
 */
export function programsMatching(
  catalog: Catalog,
  filter: Pick<ClusterFilter, "level" | "kind">
): Program[] {
  return programsOf(
    catalog,
    resolveLevels(catalog, filter.level ?? []),
    resolveKinds(catalog, filter.kind ?? [])
  );
}

function programsOf(catalog: Catalog, levelList: Level[], kinds: KindTarget[]): Program[] {
  const levels = new Set(levelList);
  return catalog.dataset.programs.filter(
    (program) =>
      (levels.size === 0 || levels.has(program.level)) &&
      (kinds.length === 0 ||
        kinds.some((t) => (t.type === "kind" ? t.kind === program.kind : t.program === program)))
  );
}

/**
 * The programme ids a level and kind filter keeps, or `undefined` when it names no level and
 * no kind, so that callers skip the programme check altogether.
 */
function programFilter(
  catalog: Catalog,
  filter: Pick<ClusterFilter, "level" | "kind">
): ReadonlySet<string> | undefined {
  const levels = resolveLevels(catalog, filter.level ?? []);
  const kinds = resolveKinds(catalog, filter.kind ?? []);
  if (levels.length === 0 && kinds.length === 0) return undefined;
  return new Set(programsOf(catalog, levels, kinds).map((program) => program.id));
}

/**
 * The record lists a filter's query names, one per resolved entry (each in dataset order,
 * as the catalog builds them), or the whole dataset when the query is empty. Records may
 * repeat across lists.
 */
function candidateLists(catalog: Catalog, filter: ClusterFilter): (readonly Cluster[])[] {
  const items = (filter.query ?? []).flatMap(splitList);
  if (items.length === 0) return [catalog.dataset.clusters];
  const lists: (readonly Cluster[])[] = [];
  for (const item of items)
    for (const entry of resolveTerm(catalog, item)) lists.push(entry.clusters);
  return lists;
}

/**
 * Only the records of known programmes, or of the filtered ones. Without a level or kind every
 * programme is kept, and a dataset whose records all name a known programme (the checks ensure
 * it) needs no check per record.
 */
function keepProgram(
  catalog: Catalog,
  allowed: ReadonlySet<string> | undefined
): ((cluster: Cluster) => boolean) | undefined {
  if (allowed) return (cluster) => allowed.has(cluster.program);
  if (allProgramsKnown(catalog)) return undefined;
  return (cluster) => catalog.programs.has(cluster.program);
}

const knownPrograms = new WeakMap<Catalog, boolean>();

function allProgramsKnown(catalog: Catalog): boolean {
  let known = knownPrograms.get(catalog);
  if (known === undefined) {
    known = catalog.dataset.clusters.every((cluster) => catalog.programs.has(cluster.program));
    knownPrograms.set(catalog, known);
  }
  return known;
}

/**
 * Merges record lists into one without duplicates, in dataset order. A single list is already
 * in that order; several are merged by dataset position, sorting the positions when the
 * answer is small and sweeping a mark per record when it is a good part of the dataset.
 */
function inDatasetOrder(
  catalog: Catalog,
  lists: readonly (readonly Cluster[])[],
  keep: ((cluster: Cluster) => boolean) | undefined
): Cluster[] {
  if (lists.length === 1) return keep ? lists[0].filter(keep) : [...lists[0]];
  const all = catalog.dataset.clusters;
  const positions: number[] = [];
  for (const list of lists)
    for (const cluster of list)
      if (!keep || keep(cluster)) positions.push(catalog.clusterOrder.get(cluster) ?? 0);
  const out: Cluster[] = [];
  // A comparison sort costs about log2(n) steps per position; a sweep one step per record.
  if (positions.length * Math.log2(positions.length + 1) < all.length) {
    const sorted = Int32Array.from(positions).sort();
    for (let i = 0; i < sorted.length; i++)
      if (i === 0 || sorted[i] !== sorted[i - 1]) out.push(all[sorted[i]]);
    return out;
  }
  const marked = new Uint8Array(all.length);
  for (const position of positions) marked[position] = 1;
  for (let i = 0; i < marked.length; i++) if (marked[i] === 1) out.push(all[i]);
  return out;
}

function matchRecords(catalog: Catalog, filter: ClusterFilter): Cluster[] {
  const keep = keepProgram(catalog, programFilter(catalog, filter));
  return inDatasetOrder(catalog, candidateLists(catalog, filter), keep);
}

/** The memo keys of a filter: the texts of its query, level and kind as given. */
export function filterKeys(filter: ClusterFilter): string[] {
  return [listKey(filter.query), listKey(filter.level), listKey(filter.kind)];
}

const matchMemo = perOwner((): BoundedMemo<readonly Cluster[]> => new BoundedMemo());

/**
 * The clusters matching a filter, in dataset order. A joint cluster matches each city it spans.
 * Repeated filters are answered from a per-catalog memo; each call gets its own array.
 *
 * @example
 * clustersMatching(catalog, { query: ["烟台、青岛"], level: ["国家级"] })
 */
export function clustersMatching(catalog: Catalog, filter: ClusterFilter): Cluster[] {
  const memo = matchMemo(catalog);
  const keys = filterKeys(filter);
  let matched = memo.get(keys);
  if (matched === undefined) {
    matched = matchRecords(catalog, filter);
    memo.set(keys, matched);
  }
  return matched.slice();
}

/**
 * How many distinct clusters (by key) a filter matches, without putting them in order.
 *
 * @example
 * countDistinct(catalog, { query: ["烟台"] }) //=> 9 (say)
 */
export function countDistinct(catalog: Catalog, filter: ClusterFilter): number {
  const keep = keepProgram(catalog, programFilter(catalog, filter));
  const keys = new Set<string>();
  for (const list of candidateLists(catalog, filter))
    for (const cluster of list) if (!keep || keep(cluster)) keys.add(cluster.key);
  return keys.size;
}

/**
 * One cluster record for a scalar lookup: by id, by any of its names, or by a part of a name
 * that only one cluster has. A cluster recognised by several programmes answers with its
 * first record. Throws `ClusterNotFoundError` (#N/A) or `AmbiguousClusterError` (#VALUE!).
 *
 * @example
 * findCluster(catalog, "ns1-jinan-it-services").name.zh //=> "济南市信息技术服务产业集群"
 */
export function findCluster(catalog: Catalog, text: string): Cluster {
  const key = canonical(text);
  const byId = catalog.clusters.get(text.trim());
  if (byId) return byId;
  const exact = catalog.clusterNames.getKey(key);
  const entries =
    exact.length > 0 || key.length === 0
      ? exact
      : catalog.contains.findKey(key).filter((e) => e.category === "cluster");
  if (entries.length === 1) return entries[0].clusters[0];
  if (entries.length > 1) {
    throw new AmbiguousClusterError(
      text,
      entries.map((entry) => entry.clusters[0])
    );
  }
  const near = key.length === 0 ? [] : suggestionsFor(catalog.clusterNames, key);
  throw new ClusterNotFoundError(
    text,
    near.map((entry) => entry.label)
  );
}
