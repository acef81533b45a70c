// Core's answers as a user sees them through the SD.* functions, each checked against a plain
// filter over clusters.json: never against the resolution or query code under test.
import dataset from "../../src/data/clusters.json";
import { withTranslationMarks } from "../../src/data/translated";
import type { Cluster, Dataset } from "../../src/data/types";
import { getCatalog } from "../../src/core/dataset";
import { setLanguage } from "../../src/core/i18n";
import { clustersMatching } from "../../src/core/resolve";
import * as SD from "../../src/functions/functions";
import { installCustomFunctions, isError } from "../functions/custom-functions-stub";

// As users see it: our translations of English-only names carry their mark.
const data = withTranslationMarks(dataset as unknown as Dataset);
let restore: () => void;
beforeAll(() => {
  restore = installCustomFunctions();
});
afterAll(() => restore());

const none = null as unknown as any[][];
const one = (value: unknown) => [[value]] as any[][];

/** A record's cities: a joint cluster spans several, any other lists its one city. */
const citiesOf = (c: Cluster) => (c.cities.length > 0 ? c.cities : [c.city]);
const inCity = (cityId: string) => data.clusters.filter((c) => citiesOf(c).includes(cityId));
const cityId = (short: string) => data.cities.find((c) => c.short === short)!.id;
const distinct = (records: readonly Cluster[]) => new Set(records.map((c) => c.key)).size;

describe("SD.CITIES counts what a plain filter over the dataset counts", () => {
  test("every city's count per programme, and its distinct total", () => {
    const grid = SD.cities(none, none, none);
    expect(grid[0]).toStrictEqual([
      "城市",
      ...data.programs.map((p) => p.name.zh),
      "合计（不重复集群）",
    ]);
    expect(grid.slice(1).map((row) => row[0])).toStrictEqual(data.cities.map((c) => c.short));
    for (const city of data.cities) {
      const records = inCity(city.id);
      const expected = [
        city.short,
        ...data.programs.map((p) => records.filter((c) => c.program === p.id).length),
        distinct(records),
      ];
      expect(grid.find((row) => row[0] === city.short)).toStrictEqual(expected);
    }
  });

  test("a level keeps that level's programmes only, and the total counts only them", () => {
    const programs = data.programs.filter((p) => p.level === "national");
    const ids = new Set(programs.map((p) => p.id));
    const grid = SD.cities(one("国家级"), none, one(0));
    for (const city of data.cities) {
      const records = inCity(city.id).filter((c) => ids.has(c.program));
      expect(grid.find((row) => row[0] === city.short)).toStrictEqual([
        city.short,
        ...programs.map((p) => records.filter((c) => c.program === p.id).length),
        distinct(records),
      ]);
    }
    // Some city has records of both levels, so counting every programme would differ.
    expect(
      data.cities.some(
        (c) => inCity(c.id).length !== inCity(c.id).filter((r) => ids.has(r.program)).length
      )
    ).toBe(true);
  });
});

test("SD.CITIES in English names the cities, programmes and total in English", () => {
  setLanguage("en");
  try {
    const grid = SD.cities(none, none, none);
    expect(grid[0]).toStrictEqual([
      "City",
      ...data.programs.map((p) => p.name.en),
      "Total (distinct clusters)",
    ]);
    expect(grid.slice(1).map((row) => row[0])).toStrictEqual(data.cities.map((c) => c.en));
  } finally {
    setLanguage(null);
  }
});

describe("a query of several names", () => {
  test("two cities give the records of either, each once, in dataset order, with nothing else", () => {
    const ids = new Set([cityId("烟台"), cityId("威海")]);
    const expected = data.clusters.filter((c) => citiesOf(c).some((id) => ids.has(id)));
    const catalog = getCatalog();
    expect(clustersMatching(catalog, { query: ["烟台、威海"] })).toStrictEqual(expected);
    expect(clustersMatching(catalog, { query: ["烟台 威海"] })).toStrictEqual(expected);
    const grid = SD.clusters(one("烟台、威海"), none, none, one("id"), one(0));
    expect(grid).toStrictEqual(expected.map((c) => [c.id]));
  });

  test("two small districts' records merge without a stray entry", () => {
    const catalog = getCatalog();
    const [a, b] = data.clusters.filter((c) => c.district).slice(0, 2);
    const districtName = (c: Cluster) =>
      data.cities.flatMap((city) => city.districts).find((d) => d.id === c.district)!.zh;
    const query = `${districtName(a)}、${districtName(b)}`;
    const districts = new Set([a.district, b.district]);
    const expected = data.clusters.filter((c) => districts.has(c.district));
    expect(clustersMatching(catalog, { query: [query] })).toStrictEqual(expected);
  });

  test("a known city with an unknown word is an error, not the city's records", () => {
    const grid = SD.clusters(one("烟台 xyz"));
    expect(grid).toHaveLength(1);
    expect(isError(grid[0][0]) && grid[0][0].code).toBe("#VALUE!");
    const count = SD.count(one("烟台 xyz"))[0][0];
    expect(isError(count) && count.code).toBe("#VALUE!");
  });
});

describe("SD.CLUSTER with part of a name", () => {
  const clusterNamesWith = (text: string) =>
    new Set(data.clusters.filter((c) => c.name.zh.includes(text)).map((c) => c.key));

  test("an industry's name that one cluster's name contains answers that cluster, not the industry's first", () => {
    const industries = [...new Set(data.clusters.map((c) => c.industry.zh))].filter(
      (industry) => clusterNamesWith(industry).size === 1
    );
    expect(industries.length).toBeGreaterThan(0);
    for (const industry of industries) {
      const [key] = clusterNamesWith(industry);
      const record = data.clusters.find((c) => c.key === key)!;
      expect(SD.cluster(one(industry), one("id"))).toStrictEqual([[record.id]]);
    }
  });

  test("a part that only one cluster's name has answers that cluster", () => {
    const record = data.clusters.find((c) => {
      const part = c.name.zh.slice(0, 6);
      return clusterNamesWith(part).size === 1;
    })!;
    expect(SD.cluster(one(record.name.zh.slice(0, 6)), one("id"))).toStrictEqual([[record.id]]);
  });
});

describe("every city, level and kind: SD.COUNT and the records match a plain filter", () => {
  const levels: [string, string][] = [
    ["", ""],
    ["国家级", "national"],
    ["省级", "provincial"],
  ];
  const kinds: [string, (p: Dataset["programs"][number]) => boolean][] = [
    ["", () => true],
    ...[...new Set(data.programs.map((p) => p.kind))].map(
      (kind): [string, (p: Dataset["programs"][number]) => boolean] => [
        kind,
        (p) => p.kind === kind,
      ]
    ),
    // A programme id names that programme alone.
    [data.programs[1].id, (p) => p.id === data.programs[1].id],
  ];

  test("for each combination", () => {
    const catalog = getCatalog();
    for (const city of data.cities)
      for (const [levelWord, level] of levels)
        for (const [kindWord, keepKind] of kinds) {
          const programs = new Set(
            data.programs
              .filter((p) => (!level || p.level === level) && keepKind(p))
              .map((p) => p.id)
          );
          const expected = inCity(city.id).filter((c) => programs.has(c.program));
          const filter = {
            query: [city.short],
            level: levelWord ? [levelWord] : [],
            kind: kindWord ? [kindWord] : [],
          };
          expect(clustersMatching(catalog, filter)).toStrictEqual(expected);
          expect(SD.count(one(city.short), one(levelWord), one(kindWord))).toStrictEqual([
            [distinct(expected)],
          ]);
        }
  });

  test("many cities at once (a good part of the dataset) still come once each, in dataset order", () => {
    const chosen = data.cities.slice(0, 8);
    const ids = new Set(chosen.map((c) => c.id));
    const expected = data.clusters.filter((c) => citiesOf(c).some((id) => ids.has(id)));
    const query = chosen.map((c) => c.short).join("、");
    expect(clustersMatching(getCatalog(), { query: [query] })).toStrictEqual(expected);
    expect(SD.count(one(query))).toStrictEqual([[distinct(expected)]]);
  });

  test("a city written with the province, with 市, or traditional gives the same records", () => {
    const expected = inCity(cityId("烟台"));
    for (const text of ["山东省烟台市", "烟台市", "山东烟台", "煙臺"])
      expect(clustersMatching(getCatalog(), { query: [text] })).toStrictEqual(expected);
  });

  test("an unknown level or kind word is an error naming the argument", () => {
    const level = SD.count(one("烟台"), one("市级"), none)[0][0];
    expect(isError(level) && level.code).toBe("#VALUE!");
    const kind = SD.count(one("烟台"), none, one("xyz"))[0][0];
    expect(isError(kind) && kind.code).toBe("#VALUE!");
  });
});

describe("words that name several things or too little", () => {
  test("two kinds keep the programmes of either", () => {
    const kinds = new Set(["strategic-emerging", "advanced-manufacturing"]);
    const programs = new Set(data.programs.filter((p) => kinds.has(p.kind)).map((p) => p.id));
    const expected = data.clusters.filter((c) => programs.has(c.program));
    const count = SD.count(none, none, one("战略性新兴、先进制造业"));
    expect(count).toStrictEqual([[distinct(expected)]]);
    expect(clustersMatching(getCatalog(), { kind: ["战略性新兴、先进制造业"] })).toStrictEqual(
      expected
    );
  });

  test("two Latin letters are too short to match part of a name; a mistyped short word suggests nothing", () => {
    const an = SD.count(one("an"))[0][0];
    expect(isError(an) && an.code).toBe("#VALUE!");
    const zzz = SD.count(one("zzz"))[0][0];
    expect(isError(zzz) && zzz.message).not.toMatch(/枣庄|Zaozhuang/);
  });
});
