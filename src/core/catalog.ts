/**
 * Indexes over one dataset, built once when it is loaded: by id, by city (joint clusters under
 * every city they span), by programme, and the name lookups resolution runs on. Queries read
 * these Maps instead of scanning the clusters.
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
import { KINDS, LEVELS, spellings } from "./labels";
import { NameLookup, SubstringIndex } from "./lookup";
import { canonical, pinyinOf } from "./names";
import { stripPlaceSuffix } from "./text";
import countyTable from "./generated/counties.json";

/** Something a query term can name, with the clusters it stands for. */
export interface Entry {
  category: "city" | "district" | "industry" | "cluster";
  id: string;
  label: Bilingual;
  clusters: readonly Cluster[];
  /** For a district or county: the id of its city. */
  city?: string;
}

/** A county-level division of Shandong from the generated table (scripts/build-counties.ts). */
interface County {
  code: number;
  city: number;
  zh: string;
  stem: string;
  en: string;
  pinyin: string;
}

const COUNTIES = countyTable as { cities: { code: number; zh: string }[]; counties: County[] };

/** What the `kind` argument can name: a kind of programme, or one programme. */
export type KindTarget = { type: "kind"; kind: Kind } | { type: "program"; program: Program };

export interface Catalog {
  readonly dataset: Dataset;
  readonly cities: ReadonlyMap<string, City>;
  readonly districts: ReadonlyMap<string, { district: District; city: City }>;
  readonly programs: ReadonlyMap<string, Program>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly clusters: ReadonlyMap<string, Cluster>;
  /** Position of each cluster in the dataset, so results keep the dataset's order. */
  readonly clusterOrder: ReadonlyMap<Cluster, number>;
  readonly clustersByCity: ReadonlyMap<string, readonly Cluster[]>;
  readonly clustersByProgram: ReadonlyMap<string, readonly Cluster[]>;
  /** GB/T 2260 codes of the cities (370600) and of the districts that are county-level divisions. */
  readonly cityCodes: ReadonlyMap<string, number>;
  readonly districtCodes: ReadonlyMap<string, number>;
  /** Cities, districts, industries and clusters by every name they go by. */
  readonly names: NameLookup<Entry>;
  /** Only the clusters, by every name and id, for scalar lookups and their suggestions. */
  readonly clusterNames: NameLookup<Entry>;
  /** Industries and clusters by any part of their names. */
  readonly contains: SubstringIndex<Entry>;
  readonly levels: NameLookup<Level>;
  readonly kinds: NameLookup<KindTarget>;
  /** Metric key → its label, in the order metrics first appear. */
  readonly metrics: ReadonlyMap<string, Bilingual>;
  readonly metricNames: NameLookup<string>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const values = map.get(key);
  if (values) values.push(value);
  else map.set(key, [value]);
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function placeEntries(
  data: Dataset,
  byCity: Map<string, Cluster[]>,
  names: NameLookup<Entry>,
  codes: { cities: Map<string, number>; districts: Map<string, number> }
): void {
  const byDistrict = new Map<string, Cluster[]>();
  for (const cluster of data.clusters)
    if (cluster.district) push(byDistrict, cluster.district, cluster);
  const initialsOwners = new Map<string, Entry[]>();
  const addPinyin = (name: string, entry: Entry) => {
    const { full, initials } = pinyinOf(name);
    for (const form of full) names.addKey(form, entry);
    if (initials) push(initialsOwners, initials, entry);
  };
  const districtEntries: [District, Entry][] = [];
  for (const city of data.cities) {
    const entry: Entry = {
      category: "city",
      id: city.id,
      label: { zh: city.short, en: city.en },
      clusters: byCity.get(city.id) ?? [],
    };
    for (const name of [city.short, city.en, city.zh, city.id, city.traditional, city.pinyin])
      names.add(name, entry);
    addPinyin(city.short, entry);
    for (const district of city.districts) {
      const clusters = byDistrict.get(district.id) ?? [];
      districtEntries.push([
        district,
        {
          category: "district",
          id: district.id,
          label: { zh: district.zh, en: district.en },
          clusters,
          city: city.id,
        },
      ]);
    }
  }
  // Districts after cities, so suggestions and shared names list the city first.
  for (const [district, entry] of districtEntries) {
    const stem = district.type === "zone" ? undefined : stripPlaceSuffix(district.zh);
    for (const name of [district.zh, district.en, district.id, ...district.aliases, stem ?? ""])
      names.add(name, entry);
    addPinyin(stem ?? district.zh, entry);
  }
  countyEntries(data, names, codes);
  // Initials like "jn" are only a name when one place has them (济南 and 济宁 share "jn"),
  // and never override a real name that happens to be spelled the same.
  for (const [initials, owners] of initialsOwners) {
    if (new Set(owners).size === 1 && names.getKey(initials).length === 0)
      names.addKey(initials, owners[0]);
  }
}

/**
 * Every county-level division the dataset does not list itself, as a place with no clusters
 * (龙口 is known, and has none yet), and the GB/T 2260 codes of cities and districts.
 */
function countyEntries(
  data: Dataset,
  names: NameLookup<Entry>,
  codes: { cities: Map<string, number>; districts: Map<string, number> }
): void {
  const cityByCode = new Map<number, City>();
  for (const { code, zh } of COUNTIES.cities) {
    const city = data.cities.find((c) => c.zh === zh);
    if (!city) continue;
    cityByCode.set(code, city);
    codes.cities.set(city.id, code);
  }
  for (const county of COUNTIES.counties) {
    const city = cityByCode.get(county.city);
    if (!city) continue;
    const listed = city.districts.find((d) => d.zh === county.zh);
    if (listed) {
      codes.districts.set(listed.id, county.code);
      continue;
    }
    const entry: Entry = {
      category: "district",
      id: `county-${county.code}`,
      label: { zh: county.zh, en: county.en },
      clusters: [],
      city: city.id,
    };
    codes.districts.set(entry.id, county.code);
    for (const name of [county.zh, county.stem, county.en]) names.add(name, entry);
    names.addKey(county.pinyin, entry);
  }
}

function clusterEntries(
  data: Dataset,
  names: NameLookup<Entry>,
  clusterNames: NameLookup<Entry>,
  contains: SubstringIndex<Entry>
): void {
  const byIndustry = new Map<string, Cluster[]>();
  const byKey = new Map<string, Cluster[]>();
  for (const cluster of data.clusters) {
    push(byIndustry, cluster.industry.zh, cluster);
    push(byKey, cluster.key, cluster);
  }
  for (const [zh, clusters] of byIndustry) {
    const entry: Entry = { category: "industry", id: zh, label: clusters[0].industry, clusters };
    for (const name of new Set(clusters.flatMap((c) => [c.industry.zh, c.industry.en]))) {
      const key = canonical(name);
      names.addKey(key, entry);
      contains.addKey(key, entry);
    }
  }
  for (const [key, clusters] of byKey) {
    const entry: Entry = { category: "cluster", id: key, label: clusters[0].name, clusters };
    const spelled = clusters.flatMap((c) => [
      c.name.zh,
      c.name.en,
      ...c.nameForms.map((form) => form.zh),
    ]);
    // Canonicalised once for all three indexes: at scale canonical() is much of the build.
    for (const name of new Set(spelled)) {
      const key = canonical(name);
      names.addKey(key, entry);
      clusterNames.addKey(key, entry);
      contains.addKey(key, entry);
    }
  }
  for (const cluster of data.clusters) {
    const entry: Entry = {
      category: "cluster",
      id: cluster.id,
      label: { zh: cluster.id, en: cluster.id },
      clusters: [cluster],
    };
    const key = canonical(cluster.id);
    names.addKey(key, entry);
    clusterNames.addKey(key, entry);
  }
}

/**
 * Builds every index over a dataset. Call once per dataset load (`getCatalog` in dataset.ts
 * does); everything a query needs is then a Map lookup.
 *
 * @example
 * const catalog = buildCatalog(dataset);
 * catalog.clustersByCity.get("weihai") // includes the 烟台—威海 joint cluster
 */
export function buildCatalog(dataset: Dataset): Catalog {
  const clustersByCity = new Map<string, Cluster[]>();
  const clustersByProgram = new Map<string, Cluster[]>();
  const metrics = new Map<string, Bilingual>();
  const metricNames = new NameLookup<string>();
  for (const cluster of dataset.clusters) {
    for (const city of new Set(cluster.cities.length > 0 ? cluster.cities : [cluster.city]))
      push(clustersByCity, city, cluster);
    push(clustersByProgram, cluster.program, cluster);
    for (const metric of cluster.metrics) {
      if (!metrics.has(metric.key)) metrics.set(metric.key, metric.label);
      for (const name of [metric.key, metric.label.zh, metric.label.en])
        metricNames.add(name, metric.key);
    }
  }

  const names = new NameLookup<Entry>();
  const clusterNames = new NameLookup<Entry>();
  const contains = new SubstringIndex<Entry>();
  const codes = { cities: new Map<string, number>(), districts: new Map<string, number>() };
  placeEntries(dataset, clustersByCity, names, codes);
  clusterEntries(dataset, names, clusterNames, contains);

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

  return {
    dataset,
    cities: byId(dataset.cities),
    districts: new Map(
      dataset.cities.flatMap((city) =>
        city.districts.map((district) => [district.id, { district, city }] as const)
      )
    ),
    programs: byId(dataset.programs),
    sources: byId(dataset.sources),
    clusters: byId(dataset.clusters),
    clusterOrder: new Map(dataset.clusters.map((cluster, i) => [cluster, i])),
    clustersByCity,
    clustersByProgram,
    cityCodes: codes.cities,
    districtCodes: codes.districts,
    names,
    clusterNames,
    contains,
    levels,
    kinds,
    metrics,
    metricNames,
  };
}
