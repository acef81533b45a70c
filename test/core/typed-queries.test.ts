/**
 * Queries as analysts type them, each with the records it must give: the same table through the
 * pane's search model, SD.CLUSTERS and SD.COUNT. The expected records come from predicates over
 * the raw dataset (city ids, industry names, programme levels, batch dates), not from the parser.
 */
import type { Cluster } from "../../src/data/types";
import { getCatalog } from "../../src/core/dataset";
import { NoClusterInPlaceError, UnknownNameError } from "../../src/core/errors";
import { setLanguage } from "../../src/core/i18n";
import * as SD from "../../src/functions/functions";
import { applyFilter, EMPTY_FILTER, withSuggestion } from "../../src/taskpane/browse-model";
import { installCustomFunctions, isError } from "../functions/custom-functions-stub";

const catalog = getCatalog();
const data = catalog.dataset;

type Where = (cluster: Cluster) => boolean;
const and =
  (...checks: Where[]): Where =>
  (c) =>
    checks.every((check) => check(c));
const or =
  (...checks: Where[]): Where =>
  (c) =>
    checks.some((check) => check(c));
const city =
  (id: string): Where =>
  (c) =>
    c.city === id || c.cities.includes(id);
const industry =
  (zh: string): Where =>
  (c) =>
    c.industry.zh === zh;
const district =
  (id: string): Where =>
  (c) =>
    c.district === id;
const programOf = (c: Cluster) => data.programs.find((p) => p.id === c.program)!;
const level =
  (value: "national" | "provincial"): Where =>
  (c) =>
    programOf(c).level === value;
const kind =
  (value: string): Where =>
  (c) =>
    programOf(c).kind === value;
const batch =
  (n: number): Where =>
  (c) =>
    c.batch === n;
const status =
  (value: "recognized" | "proposed"): Where =>
  (c) =>
    c.status === value;
const year =
  (y: number): Where =>
  (c) => {
    const date = c.announced ?? programOf(c).batches.find((b) => b.number === c.batch)?.announced;
    return date?.slice(0, 4) === String(y);
  };
const nameHas =
  (text: string): Where =>
  (c) =>
    c.name.zh.includes(text) || c.nameForms.some((f) => f.zh.includes(text));
const all: Where = () => true;

const yantaiBio = and(city("yantai"), industry("生物医药"));

/** [typed query, records it gives] — each must give at least one record unless said otherwise. */
const MATCHES: [string, Where][] = [
  // AND across dimensions, OR within one
  ["烟台 生物医药", yantaiBio],
  ["烟台生物医药", yantaiBio],
  ["生物医药 烟台", yantaiBio],
  ["烟台、青岛", or(city("yantai"), city("qingdao"))],
  ["烟台，青岛", or(city("yantai"), city("qingdao"))],
  ["烟台,青岛", or(city("yantai"), city("qingdao"))],
  ["烟台 青岛", or(city("yantai"), city("qingdao"))],
  ["烟台、青岛 生物医药", and(or(city("yantai"), city("qingdao")), industry("生物医药"))],
  ["青岛集成电路", and(city("qingdao"), industry("集成电路"))],
  ["生物医药、人工智能", or(industry("生物医药"), industry("人工智能"))],
  // filter words
  ["济南 国家级", and(city("jinan"), level("national"))],
  ["济南国家级", and(city("jinan"), level("national"))],
  ["国家级 战略性新兴", and(level("national"), kind("strategic-emerging"))],
  ["省级特色产业集群", and(level("provincial"), kind("sme-characteristic"))],
  ["先进制造业 青岛", and(kind("advanced-manufacturing"), city("qingdao"))],
  ["未来产业 济南", and(kind("future-industry"), city("jinan"))],
  ["national Yantai", and(level("national"), city("yantai"))],
  ["2022", year(2022)],
  ["2022年 国家级", and(year(2022), level("national"))],
  ["第二批", batch(2)],
  ["第二批 战略性新兴 省级", and(batch(2), kind("strategic-emerging"), level("provincial"))],
  ["第2批 济南", and(batch(2), city("jinan"))],
  ["公示", status("proposed")],
  ["拟认定 青岛", and(status("proposed"), city("qingdao"))],
  ["已认定 烟台", and(status("recognized"), city("yantai"))],
  // counties, with or without 市/县/区, in pinyin
  ["龙口", district("yantai-longkou")],
  ["龙口市", district("yantai-longkou")],
  ["Longkou", district("yantai-longkou")],
  ["胶州", district("qingdao-jiaozhou")],
  ["滕州市", district("zaozhuang-tengzhou")],
  ["济南高新区 人工智能", and(district("jinan-gaoxin"), industry("人工智能"))],
  // multi-city clusters match every city they span
  ["威海", city("weihai")],
  ["枣庄", city("zaozhuang")],
  ["青烟威", nameHas("青烟威")],
  ["威海 船舶与海洋工程装备", and(city("weihai"), industry("船舶与海洋工程装备"))],
  // traditional characters, pinyin, the province's name
  ["煙臺 生物醫藥", yantaiBio],
  ["yantai biomedicine", yantaiBio],
  ["Yantai", city("yantai")],
  ["yan tai", city("yantai")],
  ["濟南 國家級", and(city("jinan"), level("national"))],
  ["qingdao、yantai", or(city("qingdao"), city("yantai"))],
  ["山东省烟台市生物医药", yantaiBio],
  // parts of names, and nothing
  ["海洋", or(nameHas("海洋"), (c) => c.industry.zh.includes("海洋"))],
  // parts typed together are parts of one name: it holds them all (a typo narrows, never widens)
  ["材料产集群", and(nameHas("材料产"), nameHas("集群"))],
  ["青岛市城阳区塑料和橡胶材料产集群", nameHas("塑料和橡胶材料产")],
  // a place, then part of a name, in one word: the place narrows, the part is not joined to it
  ["烟台材料产", and(city("yantai"), nameHas("材料产"))],
  // parts of names in different words stay alternatives, as names in one dimension do
  ["材料产 集群", or(nameHas("材料产"), nameHas("集群"))],
  // cluster ids as written in the id column, in any case, alone, in a list or with other terms
  ["ns1-jinan-it-services", (c) => c.id === "ns1-jinan-it-services"],
  ["NS1-Jinan-IT-Services 国家级", (c) => c.id === "ns1-jinan-it-services"],
  ["ｎｓ１－ｊｉｎａｎ－ｉｔ－ｓｅｒｖｉｃｅｓ", (c) => c.id === "ns1-jinan-it-services"],
  [
    "ns1-jinan-it-services、ns1-yantai-biomedicine",
    (c) => c.id === "ns1-jinan-it-services" || c.id === "ns1-yantai-biomedicine",
  ],
  ["ns1-yantai-biomedicine 生物医药", (c) => c.id === "ns1-yantai-biomedicine"],
  ["", all],
];

/** Known counties the sources name no cluster in: 0 for a count, #N/A for a table. */
const EMPTY_PLACES = ["招远", "莒县", "zhaoyuan", "招远市 生物医药"];

/** [typed query, the unknown word, its offsets, a suggestion it must offer]. */
const UNKNOWN: [string, string, [number, number], string | undefined][] = [
  ["烟太 生物医药", "烟太", [0, 2], "烟台"],
  ["烟台 生物医要", "生物医要", [3, 7], "生物医药"],
  ["yantia", "yantia", [0, 6], "Yantai"],
  ["国家吉 烟台", "国家吉", [0, 3], "国家级"],
  ["青岛、济男", "济男", [3, 5], "济南"],
  ["烟台 上海浦东", "上海浦东", [3, 7], undefined],
  // a typo in a name we translated: near the name as written, without the translation mark
  ["塑料和橡胶才料", "塑料和橡胶才料", [0, 7], "塑料和橡胶材料（本项目译名）"],
  [
    "青岛市城阳区塑料和橡胶材料产业集郡",
    "青岛市城阳区塑料和橡胶材料产业集郡",
    [0, 17],
    "青岛市城阳区塑料和橡胶材料产业集群（本项目译名）",
  ],
  // a typo in an id: the id is suggested
  ["ns1-jinan-it-servics", "ns1-jinan-it-servics", [0, 20], "ns1-jinan-it-services"],
  // two parts of names that no one name holds both of: the whole word is unknown
  ["医药电路", "医药电路", [0, 4], undefined],
];

const ids = (where: Where) => data.clusters.filter(where).map((c) => c.id);
const distinct = (where: Where) => new Set(data.clusters.filter(where).map((c) => c.key)).size;

const none = null as unknown as any[][];
const one = (value: unknown) => [[value]] as any[][];

let restore: () => void;
beforeAll(() => {
  restore = installCustomFunctions();
  setLanguage("zh-CN");
});
afterAll(() => {
  restore();
  setLanguage(null);
});

describe("typed queries", () => {
  it("are at least 40, every one matching something", () => {
    expect(MATCHES.length + EMPTY_PLACES.length + UNKNOWN.length).toBeGreaterThanOrEqual(40);
    for (const [, where] of MATCHES) expect(ids(where).length).toBeGreaterThan(0);
  });

  it.each(MATCHES)("%p gives its records in the pane's search", (query, where) => {
    const result = applyFilter(catalog, { ...EMPTY_FILTER, search: query });
    expect(result.error).toBeUndefined();
    expect(result.clusters.map((c) => c.id)).toEqual(ids(where));
  });

  it.each(MATCHES)("%p gives its records in SD.CLUSTERS and SD.COUNT", (query, where) => {
    const q = query === "" ? none : one(query);
    expect(SD.clusters(q, none, none, one("id"), 0)).toEqual(ids(where).map((id) => [id]));
    expect(SD.count(q)).toEqual([[distinct(where)]]);
  });

  it.each(EMPTY_PLACES)("%p is a known place with no cluster yet", (query) => {
    expect(SD.count(one(query))).toEqual([[0]]);
    const [[table]] = SD.clusters(one(query));
    expect(isError(table) && table.code).toBe("#N/A");
    expect(isError(table) && table.message).toMatch(/尚无集群/);
    const result = applyFilter(catalog, { ...EMPTY_FILTER, search: query });
    expect(result.clusters).toEqual([]);
    expect(result.error).toBeInstanceOf(NoClusterInPlaceError);
  });

  it.each(UNKNOWN)(
    "%p names the unknown word %p where it stands, with suggestions",
    (query, term, [start, end], suggestion) => {
      const { error } = applyFilter(catalog, { ...EMPTY_FILTER, search: query });
      expect(error).toBeInstanceOf(UnknownNameError);
      const unknown = error as UnknownNameError;
      expect(unknown.term).toBe(term);
      expect(unknown.at).toEqual({ text: 0, start, end });
      expect(query.slice(start, end)).toBe(term);
      const [[cell]] = SD.clusters(one(query));
      expect(isError(cell) && cell.code).toBe("#VALUE!");
      expect(SD.count(one(query))[0][0]).toEqual(cell);
      if (suggestion === undefined) {
        expect(unknown.choices("zh-CN")).toEqual([]);
        return;
      }
      expect(unknown.choices("zh-CN")).toContain(suggestion);
      expect(isError(cell) && cell.message).toContain(`「${suggestion}」`);
      // Picking the suggestion gives a query that reads.
      const fixed = withSuggestion(query, unknown, suggestion);
      expect(applyFilter(catalog, { ...EMPTY_FILTER, search: fixed }).error).toBeUndefined();
    }
  );
});
