/**
 * What a typed place name resolves to: the dataset's cities and districts by every name they go
 * by, and every other county of Shandong as a place with no clusters, with their GB/T 2260 codes.
 * The oracle is the county table itself (src/core/generated/counties.json, from the national
 * division list) and the dataset, read here directly. Each test builds its own catalog, so the
 * lazily built name index is built inside it.
 */
import type { Cluster, Dataset } from "../../src/data/types";
import { buildCatalog, type Catalog, type Entry } from "../../src/core/catalog";
import { getCatalog } from "../../src/core/dataset";
import counties from "../../src/core/generated/counties.json";
import nameIndex from "../../src/core/generated/name-index.json";

const data = getCatalog().dataset;
const fresh = (dataset: Dataset = data) => buildCatalog(dataset);

interface County {
  code: number;
  city: number;
  zh: string;
  stem: string;
  type: string;
  en: string;
  pinyin: string;
}
const COUNTIES = counties.counties as County[];
const pinyin = nameIndex.pinyin as Record<string, { full: string[]; initials: string }>;

const cityOfCode = (code: number) => {
  const zh = counties.cities.find((c) => c.code === code)!.zh;
  return data.cities.find((c) => c.zh === zh)!;
};
/** The county of the table a listed (non-zone) district is, by its city and official name. */
const countyOf = (cityId: string, zh: string) =>
  COUNTIES.find((c) => cityOfCode(c.city).id === cityId && c.zh === zh);

/** The place entries a name resolves to, as the user would see them listed. */
const places = (catalog: Catalog, name: string) =>
  catalog.names.get(name).filter((e) => e.category === "city" || e.category === "district");
const placesByKey = (catalog: Catalog, key: string) =>
  catalog.names.getKey(key).filter((e) => e.category === "city" || e.category === "district");

/** The records a place stands for, with their positions in the dataset. */
const placed = (keep: (c: Cluster) => boolean) => {
  const clusters: Cluster[] = [];
  const positions: number[] = [];
  data.clusters.forEach((c, i) => {
    if (keep(c)) {
      clusters.push(c);
      positions.push(i);
    }
  });
  return { clusters, positions };
};

const citiesOf = (c: Cluster) => (c.cities.length > 0 ? c.cities : [c.city]);

const listed = data.cities.flatMap((city) =>
  city.districts.map((district) => ({ city, district }))
);

describe("cities", () => {
  it("every city answers to its short, full, English, traditional, id and pinyin names, with all its clusters", () => {
    const catalog = fresh();
    for (const city of data.cities) {
      const expected: Entry = {
        category: "city",
        id: city.id,
        label: { zh: city.short, en: city.en },
        ...placed((c) => citiesOf(c).includes(city.id)),
      };
      for (const name of [city.short, city.zh, city.en, city.traditional, city.id, city.pinyin])
        expect(places(catalog, name)).toContainEqual(expected);
      for (const form of pinyin[city.short].full)
        expect(placesByKey(catalog, form)).toContainEqual(expected);
    }
  });

  it("every city has its GB/T 2260 code", () => {
    const catalog = fresh();
    expect(new Map(catalog.cityCodes)).toStrictEqual(
      new Map(counties.cities.map((c) => [data.cities.find((d) => d.zh === c.zh)!.id, c.code]))
    );
    expect(catalog.cityCodes.get("yantai")).toBe(370600);
  });
});

describe("districts the dataset lists", () => {
  it("each answers to its names and aliases, with its own clusters and its city", () => {
    const catalog = fresh();
    for (const { city, district } of listed) {
      const expected: Entry = {
        category: "district",
        id: district.id,
        label: { zh: district.zh, en: district.en },
        ...placed((c) => c.district === district.id),
        city: city.id,
      };
      for (const name of [district.zh, district.en, district.id, ...district.aliases])
        expect(places(catalog, name)).toContainEqual(expected);
    }
  });

  it("a county-level one also answers to its name without 市/区/县 and to its pinyin, and has its code", () => {
    const catalog = fresh();
    let checked = 0;
    for (const { city, district } of listed.filter((d) => d.district.type !== "zone")) {
      const county = countyOf(city.id, district.zh)!;
      expect(county).toBeDefined();
      const found = (list: readonly Entry[]) => list.filter((e) => e.id === district.id);
      // 莘县 and 冠县 have no stem: one character is not a name.
      if (county.stem) expect(found(places(catalog, county.stem))).toHaveLength(1);
      expect(found(placesByKey(catalog, county.pinyin))).toHaveLength(1);
      expect(catalog.districtCodes.get(district.id)).toBe(county.code);
      checked++;
    }
    expect(checked).toBeGreaterThan(30);
    // 东营区 without its suffix is also the city's name: both places, the city first.
    expect(places(catalog, "东营").map((e) => e.id)).toStrictEqual([
      "dongying",
      "dongying-dongying",
    ]);
    expect(places(catalog, "longkou").map((e) => e.id)).toStrictEqual(["yantai-longkou"]);
  });

  it("a development zone answers to its full name and its pinyin, not to a clipped name, and has no code", () => {
    const catalog = fresh();
    for (const { district } of listed.filter((d) => d.district.type === "zone")) {
      expect(catalog.districtCodes.has(district.id)).toBe(false);
      const clipped = district.zh.replace(/区$/, "");
      if (!district.aliases.includes(clipped))
        expect(places(catalog, clipped).map((e) => e.id)).not.toContain(district.id);
      for (const form of pinyin[district.zh]?.full ?? [])
        expect(placesByKey(catalog, form).map((e) => e.id)).toContain(district.id);
    }
    expect(placesByKey(catalog, "jinangaoxinqu").map((e) => e.id)).toStrictEqual(["jinan-gaoxin"]);
    expect(places(catalog, "济南高新")).toStrictEqual([]);
  });

  it("a place answers to its names only: no stray key leads to it", () => {
    const catalog = fresh();
    const keysOf = (id: string) =>
      catalog.names
        .candidates()
        .filter((c) => c.value.id === id)
        .map((c) => c.key)
        .sort();
    // A zone: its names, aliases and pinyin (its initials "jngxq" are 济宁高新区's too, so not a
    // name); an unlisted county: its name, stem, English and pinyin.
    expect(keysOf("jinan-gaoxin")).toStrictEqual(
      [
        "济南高新区",
        "jinanhightechzone",
        "jinangaoxin",
        "济南高新技术产业开发区",
        "jinangaoxinqu",
      ].sort()
    );
    const zhaoyuan = COUNTIES.find((c) => c.zh === "招远市")!;
    expect(keysOf(`county-${zhaoyuan.code}`)).toStrictEqual(["招远市", "招远", "zhaoyuan"].sort());
  });

  it("a district with no clusters in the dataset resolves with none", () => {
    const variant = structuredClone(data);
    variant.clusters = variant.clusters.filter((c) => c.district !== "yantai-longkou");
    const catalog = fresh(variant);
    const entry = places(catalog, "龙口").find((e) => e.id === "yantai-longkou");
    expect(entry?.clusters).toStrictEqual([]);
  });

  it("two districts of one name in a city: the first listed keeps the county's code", () => {
    const variant = structuredClone(data);
    const yantai = variant.cities.find((c) => c.id === "yantai")!;
    const longkou = yantai.districts.find((d) => d.id === "yantai-longkou")!;
    yantai.districts.push({ ...longkou, id: "yantai-longkou-again", aliases: [] });
    const catalog = fresh(variant);
    expect(catalog.districtCodes.get("yantai-longkou")).toBe(370681);
    expect(catalog.districtCodes.has("yantai-longkou-again")).toBe(false);
  });
});

describe("counties the dataset does not list", () => {
  it("each of the table's counties is either a listed district or a place of its own with no clusters", () => {
    const catalog = fresh();
    let unlisted = 0;
    for (const county of COUNTIES) {
      const city = cityOfCode(county.city);
      const district = city.districts.find((d) => d.zh === county.zh);
      const own = `county-${county.code}`;
      if (district) {
        expect(places(catalog, county.zh).map((e) => e.id)).not.toContain(own);
        expect(catalog.districtCodes.has(own)).toBe(false);
        continue;
      }
      unlisted++;
      const expected: Entry = {
        category: "district",
        id: own,
        label: { zh: county.zh, en: county.en },
        clusters: [],
        positions: [],
        city: city.id,
      };
      for (const name of [county.zh, county.stem, county.en].filter((n) => n !== ""))
        expect(places(catalog, name)).toContainEqual(expected);
      expect(placesByKey(catalog, county.pinyin)).toContainEqual(expected);
      expect(catalog.districtCodes.get(own)).toBe(county.code);
    }
    expect(places(catalog, "莒县").map((e) => e.id)).toStrictEqual(["county-371122"]);
    const listedCounties = listed.filter((d) => d.district.type !== "zone").length;
    expect(unlisted).toBe(COUNTIES.length - listedCounties);
    expect(COUNTIES).toHaveLength(136);
  });

  it("龙口 / 龙口市 / Longkou is the dataset's district of 烟台; 招远 / 招远市 / Zhaoyuan is a county of 烟台 with none", () => {
    const catalog = fresh();
    for (const name of ["龙口", "龙口市", "龍口市", "longkou"]) {
      const [entry, ...more] = places(catalog, name);
      expect(more).toStrictEqual([]);
      expect([entry.id, entry.city, entry.clusters.length]).toStrictEqual([
        "yantai-longkou",
        "yantai",
        1,
      ]);
    }
    for (const name of ["招远", "招远市", "Zhaoyuan", "zhao yuan"]) {
      expect(places(catalog, name)).toStrictEqual([
        {
          category: "district",
          id: "county-370685",
          label: { zh: "招远市", en: "Zhaoyuan" },
          clusters: [],
          positions: [],
          city: "yantai",
        },
      ]);
    }
    expect(catalog.districtCodes.get("yantai-longkou")).toBe(370681);
  });
});

describe("initials", () => {
  it("are a name only when one place has them and no real name is spelled so", () => {
    const catalog = fresh();
    const ids = (key: string) => placesByKey(catalog, key).map((e) => e.id);
    expect(ids("yt")).toStrictEqual(["yantai"]);
    expect(ids("lk")).toStrictEqual(["yantai-longkou"]);
    // 济南 and 济宁 are both "jn": neither.
    expect(pinyin["济南"].initials).toBe(pinyin["济宁"].initials);
    expect(ids("jn")).toStrictEqual([]);

    const variant = structuredClone(data);
    variant.cities
      .find((c) => c.id === "weihai")!
      .districts.find((d) => d.id === "weihai-rushan")!
      .aliases.push("YT");
    const renamed = fresh(variant);
    expect(placesByKey(renamed, "yt").map((e) => e.id)).toStrictEqual(["weihai-rushan"]);
  });
});
