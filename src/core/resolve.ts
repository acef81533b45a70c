/**
 * Turns what a user typed into dataset objects: query terms into clusters, level and kind
 * words into filters, a cluster name into one record. Everything goes through the catalog's
 * Maps; only a failed lookup computes suggestions.
 */
import type { Bilingual, Cluster, Level, Program } from "../data/types";
import {
  clusterCandidates,
  type Catalog,
  type Entry,
  type KindTarget,
  type Positioned,
} from "./catalog";
import { announcedOf, yearOf } from "./dates";
import {
  AmbiguousClusterError,
  ClusterNotFoundError,
  QueryError,
  UnknownNameError,
} from "./errors";
import { clusterById, idCandidates, idEntry } from "./ids";
import { KINDS, LEVELS } from "./labels";
import type { NameLookup } from "./lookup";
import type { ArgumentName, Category } from "./messages";
import { canonical } from "./names";
import { BoundedMemo, listKey, memoised, perOwner } from "./memo";
import { exactEntries, parseQuery, type Dimension, type Status, type Term } from "./parse";
import { Suggester, type Candidate } from "./suggest";
import { isHan, splitList } from "./text";

/** What `SD.CLUSTERS` and `SD.COUNT` filter by; each list matches any of its items. */
export interface ClusterFilter {
  query?: readonly string[];
  level?: readonly string[];
  kind?: readonly string[];
}

/** Candidates worth suggesting: initials ("zz", "yt") are too short, "zzz" is not a misspelt 枣庄. */
function suggestible<T>(candidates: Candidate<T>[]): Candidate<T>[] {
  return candidates.filter(({ key }) => key.length > 3 || !/^[a-z]+$/.test(key));
}

/** One suggester per lookup, built on its first miss. */
const lookupSuggester = perOwner(
  (lookup: NameLookup<unknown>) => new Suggester(suggestible(lookup.candidates()))
);

function suggestionsFor<T>(lookup: NameLookup<T>, key: string): T[] {
  return (lookupSuggester(lookup) as Suggester<T>).suggest(key);
}

/** SD.CLUSTER's suggester: the clusters' names and ids only, built on the first miss. */
const clusterSuggester = perOwner(
  (catalog: Catalog) => new Suggester(suggestible(clusterCandidates(catalog)))
);

function entriesFor(catalog: Catalog, key: string): readonly Entry[] {
  const exact = exactEntries(catalog, key);
  if (exact.length > 0) return exact;
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
  const byId = idEntry(catalog, item.trim());
  if (byId) return [byId];
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
  filter: Pick<ClusterFilter, "level" | "kind">,
  queryLevels: readonly Level[],
  queryKinds: readonly KindTarget[]
): ReadonlySet<string> | undefined {
  const levels = resolveLevels(catalog, filter.level ?? []);
  const kinds = resolveKinds(catalog, filter.kind ?? []);
  if (levels.length + kinds.length + queryLevels.length + queryKinds.length === 0) return undefined;
  const query = new Set(programsOf(catalog, [...queryLevels], [...queryKinds]));
  return new Set(
    programsOf(catalog, levels, kinds)
      .filter((program) => query.has(program))
      .map((program) => program.id)
  );
}

type Suggestion = { category: Category; label: Bilingual };

/** The query suggester of a catalog: its names and filter words, listed on the first miss. */
const querySuggester = perOwner((catalog: Catalog): Suggester<Suggestion> => {
  const words = <T>(lookup: NameLookup<T>, category: Category, label: (v: T) => Bilingual) =>
    lookup
      .candidates()
      .map(({ key: k, value }) => ({ key: k, value: { category, label: label(value) } }));
  return new Suggester([
    ...suggestible([...catalog.names.candidates(), ...idCandidates(catalog)]).map(
      ({ key: k, value }) => ({ key: k, value: { category: value.category, label: value.label } })
    ),
    ...words(catalog.levels, "level", (level) => LEVELS[level].label),
    ...words(catalog.kinds, "kind", (t) =>
      t.type === "kind" ? KINDS[t.kind].label : t.program.name
    ),
  ]);
});

/** The nearest names and filter words to an unknown query word. */
function querySuggestions(catalog: Catalog, key: string) {
  const near = querySuggester(catalog).suggest(key);
  // Two spellings of one name ("烟台", "yantai") suggest it once.
  const labels = [...new Map(near.map((s) => [s.label.zh, s])).values()];
  return {
    category: labels.length > 0 ? labels[0].category : ("name" as Category),
    suggestions: labels.map((s) => s.label),
  };
}

/** Parsed queries by their texts, failures included, so a sheet of one typo computes it once. */
const parseMemo = perOwner((): BoundedMemo<readonly Term[] | QueryError> => new BoundedMemo());

/**
 * The terms of a query argument (memoised per catalog; an unknown word throws the same error
 * every time it is asked).
 */
export function queryTerms(catalog: Catalog, texts: readonly string[]): readonly Term[] {
  return memoised(parseMemo(catalog), [listKey(texts)], QueryError, (): readonly Term[] =>
    parseQuery(catalog, texts, (key) => querySuggestions(catalog, key))
  );
}

const knownPrograms = new WeakMap<Catalog, boolean>();

/** Whether every record names a known programme (the checks ensure it): then none needs a check. */
// Stryker disable next-line BlockStatement: without the answer every record gets the programme check, which every listed programme passes
function allProgramsKnown(catalog: Catalog): boolean {
  let known = knownPrograms.get(catalog);
  // Stryker disable next-line ConditionalExpression,BlockStatement,EqualityOperator: a cache; unfilled, the check is always added and passes the same records
  if (known === undefined) {
    // Stryker disable next-line ArrowFunction: false only adds the programme check, which keeps the same records
    known = catalog.dataset.clusters.every((cluster) => catalog.programs.has(cluster.program));
    knownPrograms.set(catalog, known);
  }
  return known;
}

/** A test a record must pass, given the record and its position in the dataset. */
type Check = (cluster: Cluster, position: number) => boolean;

/** What matching a filter takes: record lists to merge, and a check each record must pass. */
interface Plan {
  /** The lists to merge; undefined for every record of the dataset. */
  lists: readonly Positioned[] | undefined;
  keep: Check | undefined;
}

function allOf(checks: readonly Check[]): Check | undefined {
  if (checks.length === 0) return undefined;
  if (checks.length === 1) return checks[0];
  return (cluster, position) => checks.every((check) => check(cluster, position));
}

/**
 * The plan for a filter: within one dimension of the query any term may match (OR), across
 * dimensions all must (AND); the `level` and `kind` arguments narrow like the query's own
 * level and kind words. The smallest dimension's records are the lists to merge; the others
 * become checks.
 */
function planFor(catalog: Catalog, filter: ClusterFilter): Plan {
  const terms = queryTerms(catalog, filter.query ?? []);
  const groups = new Map<Dimension, Entry[]>();
  const levels: Level[] = [];
  const kinds: KindTarget[] = [];
  const years = new Set<number>();
  const batches = new Set<number>();
  const statuses = new Set<Status>();
  for (const { match } of terms) {
    switch (match.dimension) {
      case "level":
        levels.push(...match.levels);
        break;
      case "kind":
        kinds.push(...match.kinds);
        break;
      case "year":
        years.add(match.year);
        break;
      case "batch":
        batches.add(match.batch);
        break;
      case "status":
        for (const status of match.statuses) statuses.add(status);
        break;
      default: {
        const entries = groups.get(match.dimension) ?? [];
        entries.push(...match.entries);
        groups.set(match.dimension, entries);
      }
    }
  }
  const checks: Check[] = [];
  const allowed = programFilter(catalog, filter, levels, kinds);
  if (allowed) checks.push((cluster) => allowed.has(cluster.program));
  else if (!allProgramsKnown(catalog))
    checks.push((cluster) => catalog.programs.has(cluster.program));
  if (years.size > 0)
    checks.push((cluster) => years.has(yearOf(announcedOf(catalog, cluster)) ?? 0));
  if (batches.size > 0)
    checks.push((cluster) => cluster.batch !== undefined && batches.has(cluster.batch));
  if (statuses.size > 0) checks.push((cluster) => statuses.has(cluster.status));
  // Stryker disable next-line MethodExpression: which dimension is listed and which checked gives the same records (order restored in inDatasetOrder, count by key)
  const dimensions = [...groups.values()].sort(
    // Stryker disable next-line ArrowFunction,ArithmeticOperator: the sort only picks the cheapest dimension to list
    (a, b) => size(a) - size(b)
  );
  if (dimensions.length === 0) return { lists: undefined, keep: allOf(checks) };
  // Stryker disable next-line MethodExpression: checking the listed dimension too is redundant
  for (const other of dimensions.slice(1)) {
    // Marked by position: a Set of the records would hash each one (thousands of them at scale).
    const members = new Uint8Array(catalog.dataset.clusters.length);
    for (const { positions } of other) for (const position of positions) members[position] = 1;
    checks.push((_, position) => members[position] === 1);
  }
  return { lists: dimensions[0], keep: allOf(checks) };
}

// Stryker disable next-line BlockStatement: size only orders the dimensions (see above)
function size(lists: readonly Positioned[]): number {
  let total = 0;
  // Stryker disable next-line AssignmentOperator: size only orders the dimensions (see above)
  for (const list of lists) total += list.clusters.length;
  return total;
}

/**
 * A place the query names that has no cluster at all (a county the sources name none in), for
 * "no cluster in 龙口 yet" instead of an empty table.
 */
export function emptyPlace(catalog: Catalog, filter: ClusterFilter): Entry | undefined {
  for (const { match } of queryTerms(catalog, filter.query ?? [])) {
    if (match.dimension === "place" && match.entries.every((entry) => entry.clusters.length === 0))
      return match.entries[0];
  }
  return undefined;
}

/**
 * Merges record lists into one without duplicates, in dataset order. A single list is already
 * in that order; several are merged by dataset position, sorting the positions when the
 * answer is small and sweeping a mark per record when it is a good part of the dataset.
 */
function inDatasetOrder(
  catalog: Catalog,
  lists: readonly Positioned[] | undefined,
  keep: Check | undefined
): Cluster[] {
  const all = catalog.dataset.clusters;
  if (lists === undefined) return keep ? all.filter(keep) : [...all];
  if (lists.length === 1) {
    const { clusters, positions } = lists[0];
    return keep ? clusters.filter((cluster, i) => keep(cluster, positions[i])) : [...clusters];
  }
  const positions: number[] = [];
  for (const { clusters, positions: at } of lists)
    for (let i = 0; i < clusters.length; i++)
      if (!keep || keep(clusters[i], at[i])) positions.push(at[i]);
  const out: Cluster[] = [];
  // A comparison sort costs about log2(n) steps per position; a sweep one step per record.
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator,BlockStatement: sorting and sweeping give the same records; the test picks the cheaper
  if (positions.length * Math.log2(positions.length + 1) < all.length) {
    const sorted = Int32Array.from(positions).sort();
    for (let i = 0; i < sorted.length; i++)
      // sorted[-1] is undefined: the first position is always kept.
      // Stryker disable next-line ArithmeticOperator: comparing with the next one keeps the last of equal positions, the same record
      if (sorted[i] !== sorted[i - 1]) out.push(all[sorted[i]]);
    return out;
  }
  const marked = new Uint8Array(all.length);
  for (const position of positions) marked[position] = 1;
  for (let i = 0; i < marked.length; i++) if (marked[i] === 1) out.push(all[i]);
  return out;
}

function matchRecords(catalog: Catalog, filter: ClusterFilter): Cluster[] {
  const { lists, keep } = planFor(catalog, filter);
  return inDatasetOrder(catalog, lists, keep);
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
  const { lists, keep } = planFor(catalog, filter);
  const keys = new Set<string>();
  const add = (cluster: Cluster, position: number) => {
    if (!keep || keep(cluster, position)) keys.add(cluster.key);
  };
  if (lists === undefined) catalog.dataset.clusters.forEach(add);
  else
    for (const { clusters, positions } of lists) clusters.forEach((c, i) => add(c, positions[i]));
  return keys.size;
}

const isCluster = (entry: Entry) => entry.category === "cluster";

/**
 * One cluster record for a scalar lookup: by id, by any of its names, or by a part of a name
 * that only one cluster has. A cluster recognised by several programmes answers with its
 * first record. Throws `ClusterNotFoundError` (#N/A) or `AmbiguousClusterError` (#VALUE!).
 *
 * @example
 * findCluster(catalog, "ns1-jinan-it-services").name.zh //=> "济南市信息技术服务产业集群"
 */
export function findCluster(catalog: Catalog, text: string): Cluster {
  // Longer than any name or id: nothing to look up, nothing near enough to suggest.
  if (text.length > 4 * catalog.names.longest + 64) throw new ClusterNotFoundError(text, []);
  const key = canonical(text);
  const byId = clusterById(catalog, text.trim());
  if (byId) return byId;
  const exact = catalog.names.getKey(key).filter(isCluster);
  const entries =
    exact.length > 0 || key.length === 0 ? exact : catalog.contains.findKey(key).filter(isCluster);
  if (entries.length === 1) return entries[0].clusters[0];
  if (entries.length > 1) {
    throw new AmbiguousClusterError(
      text,
      entries.map((entry) => entry.clusters[0])
    );
  }
  const near = key.length === 0 ? [] : clusterSuggester(catalog).suggest(key);
  throw new ClusterNotFoundError(
    text,
    near.map((entry) => entry.label)
  );
}
