/**
 * The places of the name index: the dataset's cities and districts by every name they go by
 * (pinyin and initials included), and every other county-level division of Shandong from the
 * generated table, with the GB/T 2260 codes of both.
 */
import type { City, Cluster, Dataset, District } from "../data/types";
import type { Entry } from "./catalog";
import { push, pushPlaced, type Placed } from "./group";
import type { NameLookup } from "./lookup";
import { pinyinOf } from "./names";
import { stripPlaceSuffix } from "./text";
import countyTable from "./generated/counties.json";

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

export function placeEntries(
  data: Dataset,
  byCity: ReadonlyMap<string, Placed<Cluster>>,
  names: NameLookup<Entry>,
  codes: { cities: Map<string, number>; districts: Map<string, number> }
): void {
  const byDistrict = new Map<string, Placed<Cluster>>();
  data.clusters.forEach((cluster, i) => {
    if (cluster.district) pushPlaced(byDistrict, cluster.district, cluster, i);
  });
  const none = { clusters: [], positions: [] };
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
      ...(byCity.get(city.id) ?? none),
    };
    for (const name of [city.short, city.en, city.zh, city.id, city.traditional, city.pinyin])
      names.add(name, entry);
    addPinyin(city.short, entry);
    for (const district of city.districts) {
      districtEntries.push([
        district,
        {
          category: "district",
          id: district.id,
          label: { zh: district.zh, en: district.en },
          ...(byDistrict.get(district.id) ?? none),
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
  const cityByZh = new Map(data.cities.map((city) => [city.zh, city] as const));
  const cityByCode = new Map<number, City>();
  for (const { code, zh } of COUNTIES.cities) {
    const city = cityByZh.get(zh);
    if (!city) continue;
    cityByCode.set(code, city);
    codes.cities.set(city.id, code);
  }
  // A city's districts by name, so each county is one lookup, not a scan of the districts.
  const listedIn = new Map<City, Map<string, District>>();
  for (const city of data.cities) {
    const listed = new Map<string, District>();
    for (const district of city.districts)
      if (!listed.has(district.zh)) listed.set(district.zh, district);
    listedIn.set(city, listed);
  }
  for (const county of COUNTIES.counties) {
    const city = cityByCode.get(county.city);
    if (!city) continue;
    const listed = listedIn.get(city)!.get(county.zh);
    if (listed) {
      codes.districts.set(listed.id, county.code);
      continue;
    }
    const entry: Entry = {
      category: "district",
      id: `county-${county.code}`,
      label: { zh: county.zh, en: county.en },
      clusters: [],
      positions: [],
      city: city.id,
    };
    codes.districts.set(entry.id, county.code);
    for (const name of [county.zh, county.stem, county.en]) names.add(name, entry);
    names.addKey(county.pinyin, entry);
  }
}
