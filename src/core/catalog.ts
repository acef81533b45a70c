/**
 * Indexes over one dataset, built once when it is loaded: by id, by city (joint clusters under
 * every city they span), by programme, and the name lookups resolution runs on. Queries read
 * these Maps instead of scanning the clusters. Every name lookup (and the codes, built with them)
 * is filled on first use: start-up pays only for the record maps.
 */
import type {
  Bilingual,
  City,
  Cluster,
  Dataset,
  District,
  Kind,
  Level,
  Program,
  Source,
} from "../data/types";
import { unmarked } from "../data/translated";
import { push, pushPlaced, type Placed } from "./group";
import { KINDS, LEVELS, spellings } from "./labels";
import { NameLookup, SubstringIndex } from "./lookup";
import { idCandidates } from "./ids";
import { canonical } from "./names";
import { placeEntries } from "./place-entries";
import type { Candidate } from "./suggest";

/**
 * Records in dataset order with their dataset positions (ascending): merging several lists then
 * keeps dataset order without a lookup per record, which at 100k records cost more than the rest
 * of a query.
 */
export interface Positioned {
  clusters: readonly Cluster[];
  positions: readonly number[];
}

/** Something a query term can name, with the clusters it stands for. */
export interface Entry extends Positioned {
  category: "city" | "district" | "industry" | "cluster";
  id: string;
  label: Bilingual;
  /** For a district or county: the id of its city. */
  city?: string;
}

/** What the `kind` argument can name: a kind of programme, or one programme. */
export type KindTarget = { type: "kind"; kind: Kind } | { type: "program"; program: Program };

export interface Catalog {
  readonly dataset: Dataset;
  readonly cities: ReadonlyMap<string, City>;
  readonly districts: ReadonlyMap<string, { district: District; city: City }>;
  readonly programs: ReadonlyMap<string, Program>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly clusters: ReadonlyMap<string, Cluster>;
  readonly clustersByCity: ReadonlyMap<string, readonly Cluster[]>;
  readonly clustersByProgram: ReadonlyMap<string, readonly Cluster[]>;
  /** GB/T 2260 codes of the cities (370600) and of the districts that are county-level divisions. */
  readonly cityCodes: ReadonlyMap<string, number>;
  readonly districtCodes: ReadonlyMap<string, number>;
  /** Cities, districts, industries and clusters by every name they go by, not by id (filled on first use, with codes and contains). */
  readonly names: NameLookup<Entry>;
  /** Industries and clusters by any part of their names. */
  readonly contains: SubstringIndex<Entry>;
  readonly levels: NameLookup<Level>;
  readonly kinds: NameLookup<KindTarget>;
  /** Metric key → its label, in the order metrics first appear. */
  readonly metrics: ReadonlyMap<string, Bilingual>;
  /** Metrics by key and label (filled on first use). */
  readonly metricNames: NameLookup<string>;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) map.set(item.id, item);
  return map;
}

/** An entry while its records are gathered: its lists still grow. */
type Growing = Omit<Entry, keyof Placed<Cluster>> & Placed<Cluster>;

/** Adds a record to the entry under a key, starting the entry (named by the record) when the key is new. */
function gather(
  map: Map<string, Growing>,
  category: "industry" | "cluster",
  id: string,
  label: Bilingual,
  cluster: Cluster,
  position: number
): void {
  const entry = map.get(id);
  if (entry === undefined) {
    map.set(id, { category, id, label, clusters: [cluster], positions: [position] });
    return;
  }
  entry.clusters.push(cluster);
  entry.positions.push(position);
}

/**
 * Industries and clusters into `names` and `contains` (ids are read through `clusters`: ids.ts).
 * At 100k records this is most of the index build, so it allocates little per record: each
 * entry is its own group while its records are gathered, and each name is canonicalised once.
 */
function clusterEntries(
  data: Dataset,
  names: NameLookup<Entry>,
  contains: SubstringIndex<Entry>
): void {
  const industries = new Map<string, Growing>();
  const keys = new Map<string, Growing>();
  // The names an entry already took, reused for every entry: a name in several records is indexed
  // once. Only a saving: indexed again, a name would go to the same entry, which addKey keeps
  // once and findKey gives once.
  // Stryker disable next-line ArrayDeclaration: a name taken ahead is only not indexed twice
  const taken: string[] = [];
  const index = (entry: Entry, name: string) => {
    // Stryker disable next-line ConditionalExpression: indexing a name twice gives the same lookups
    if (taken.includes(name)) return;
    taken.push(name);
    const key = canonical(name);
    names.addKey(key, entry);
    contains.addKey(key, entry);
  };
  // A name we translated also without its mark, as users type it.
  const indexChinese = (entry: Entry, zh: string) => {
    index(entry, zh);
    const typed = unmarked(zh);
    if (typed !== undefined) index(entry, typed);
  };
  const { clusters } = data;
  for (let i = 0; i < clusters.length; i++) {
    const { industry, key, name } = clusters[i];
    gather(industries, "industry", industry.zh, industry, clusters[i], i);
    gather(keys, "cluster", key, name, clusters[i], i);
  }
  for (const entry of industries.values()) {
    taken.length = 0;
    for (const { industry } of entry.clusters) {
      indexChinese(entry, industry.zh);
      index(entry, industry.en);
    }
  }
  for (const entry of keys.values()) {
    taken.length = 0;
    for (const { name, nameForms } of entry.clusters) {
      indexChinese(entry, name.zh);
      index(entry, name.en);
      for (const form of nameForms) index(entry, form.zh);
    }
  }
}

/** Built on first use: for indexes that only some queries need. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/**
 * Builds the indexes over a dataset, the name lookups on first use (fillNameIndexes fills
 * them ahead). Call once per dataset load (`getCatalog` in dataset.ts does); everything a query
 * needs is then a Map lookup.
 *
 * @example
 * const catalog = buildCatalog(dataset);
 * catalog.clustersByCity.get("weihai") // includes the 烟台—威海 joint cluster
 */
export function buildCatalog(dataset: Dataset): Catalog {
  const byCity = new Map<string, Placed<Cluster>>();
  const clustersByProgram = new Map<string, Cluster[]>();
  const metrics = new Map<string, Bilingual>();
  dataset.clusters.forEach((cluster, position) => {
    const cities = cluster.cities.length > 0 ? cluster.cities : [cluster.city];
    for (let i = 0; i < cities.length; i++)
      if (cities.indexOf(cities[i]) === i) pushPlaced(byCity, cities[i], cluster, position);
    push(clustersByProgram, cluster.program, cluster);
    for (const metric of cluster.metrics)
      if (!metrics.has(metric.key)) metrics.set(metric.key, metric.label);
  });
  const clustersByCity = new Map([...byCity].map(([id, { clusters }]) => [id, clusters]));

  // The name indexes are most of the build, and only a query that names something needs them:
  // filled on first use, so the pane's first list and the functions' registration do not wait.
  const named = lazy(() => {
    const names = new NameLookup<Entry>();
    const contains = new SubstringIndex<Entry>();
    const codes = { cities: new Map<string, number>(), districts: new Map<string, number>() };
    placeEntries(dataset, byCity, names, codes);
    clusterEntries(dataset, names, contains);
    return { names, contains, codes };
  });
  // Only field names need these: filled on first use.
  const metricNames = lazy(() => {
    const lookup = new NameLookup<string>();
    for (const cluster of dataset.clusters)
      for (const metric of cluster.metrics)
        for (const name of [metric.key, metric.label.zh, metric.label.en])
          lookup.add(name, metric.key);
    return lookup;
  });

  // Level and kind words go through canonical() too, whose first use compiles its patterns.
  const terms = lazy(() => {
    const levels = new NameLookup<Level>();
    for (const [level, term] of Object.entries(LEVELS) as [Level, (typeof LEVELS)[Level]][]) {
      for (const name of spellings(level, term)) levels.add(name, level);
    }
    const kinds = new NameLookup<KindTarget>();
    for (const [kind, term] of Object.entries(KINDS) as [Kind, (typeof KINDS)[Kind]][]) {
      const target: KindTarget = { type: "kind", kind };
      for (const name of spellings(kind, term)) kinds.add(name, target);
    }
    for (const program of dataset.programs) {
      const target: KindTarget = { type: "program", program };
      for (const name of [program.id, program.name.zh, program.name.en]) kinds.add(name, target);
    }
    return { levels, kinds };
  });

  const districts = new Map<string, { district: District; city: City }>();
  for (const city of dataset.cities)
    for (const district of city.districts) districts.set(district.id, { district, city });
  return {
    dataset,
    cities: byId(dataset.cities),
    districts,
    programs: byId(dataset.programs),
    sources: byId(dataset.sources),
    clusters: byId(dataset.clusters),
    clustersByCity,
    clustersByProgram,
    get cityCodes() {
      return named().codes.cities;
    },
    get districtCodes() {
      return named().codes.districts;
    },
    get names() {
      return named().names;
    },
    get contains() {
      return named().contains;
    },
    get levels() {
      return terms().levels;
    },
    get kinds() {
      return terms().kinds;
    },
    metrics,
    get metricNames() {
      return metricNames();
    },
  };
}

/**
 * Every name and id of a cluster with its entry, names in the order of `names` and then the ids:
 * what a scalar lookup (SD.CLUSTER) suggests from. Read from `names` rather than kept in a lookup
 * of its own, which at 100k records cost a quarter of the index build for the few calls that miss.
 */
export function clusterCandidates(catalog: Catalog): Candidate<Entry>[] {
  return [
    ...catalog.names.candidates().filter(({ value }) => value.category === "cluster"),
    ...idCandidates(catalog),
  ];
}

/**
 * Fills the lookups buildCatalog leaves to first use, e.g. while the pane is idle after its first
 * render, so that the first search does not wait for them.
 */
export function fillNameIndexes(catalog: Catalog): void {
  void [catalog.names, catalog.contains, catalog.levels, catalog.kinds];
  void catalog.metricNames;
}
