// What resolution answers a user, checked against literal values and plain filters over the
// data: never against the resolution code under test.
import { buildCatalog } from "../../src/core/catalog";
import { getCatalog } from "../../src/core/dataset";
import {
  AmbiguousClusterError,
  ClusterNotFoundError,
  UnknownNameError,
} from "../../src/core/errors";
import {
  clustersMatching,
  countDistinct,
  emptyPlace,
  findCluster,
  queryTerms,
  resolveKinds,
  resolveLevels,
  resolveTerm,
} from "../../src/core/resolve";
import { ids, miniCatalog, miniDataset, thrown } from "./fixture";

const catalog = getCatalog();

describe("findCluster", () => {
  const id = "ns1-jinan-it-services";
  // The bound on what is looked up: four characters per character of the longest name, and 64.
  const bound = 4 * catalog.names.longest + 64;

  it("finds an id padded with spaces up to the length bound, and nothing beyond it", () => {
    expect(findCluster(catalog, " ".repeat(bound - id.length) + id).id).toBe(id);
    expect(findCluster(catalog, `  ${id}  `).id).toBe(id);
    const error = thrown(() => findCluster(catalog, " ".repeat(bound + 1 - id.length) + id));
    expect(error).toBeInstanceOf(ClusterNotFoundError);
    expect((error as ClusterNotFoundError).suggestions).toStrictEqual([]);
  });

  it("suggests a name we translated for a typo in it as written, without the mark", () => {
    const translated = catalog.dataset.clusters.find((c) => c.translated?.includes("name"))!;
    expect(translated.name.zh).toBe("青岛市城阳区塑料和橡胶材料产业集群（本项目译名）");
    const error = thrown(() => findCluster(catalog, "青岛市城阳区塑料和橡胶材料产业集郡"));
    expect(error).toBeInstanceOf(ClusterNotFoundError);
    expect((error as ClusterNotFoundError).suggestions).toStrictEqual([translated.name]);
    expect(findCluster(catalog, "青岛市城阳区塑料和橡胶材料产业集群").id).toBe(translated.id);
  });

  it("takes a city name for the clusters in it, not for one of them", () => {
    const error = thrown(() => findCluster(catalog, "烟台")) as AmbiguousClusterError;
    expect(error).toBeInstanceOf(AmbiguousClusterError);
    const inYantai = catalog.dataset.clusters.filter((c) => c.name.zh.includes("烟台"));
    expect(error.candidates.length).toBeGreaterThan(1);
    for (const candidate of error.candidates)
      expect(inYantai.map((c) => c.id)).toContain(candidate.id);
  });

  it("is #N/A without suggestions for blank text", () => {
    for (const text of ["", "  ", "\u3000"]) {
      const error = thrown(() => findCluster(catalog, text)) as ClusterNotFoundError;
      expect(error).toBeInstanceOf(ClusterNotFoundError);
      expect(error.suggestions).toStrictEqual([]);
    }
  });
});

describe("resolveTerm", () => {
  it("reads two names around spaces, however many and wherever", () => {
    for (const text of [" 烟台 青岛 ", "烟台  青岛", "烟台\t青岛"])
      expect(ids(resolveTerm(catalog, text))).toStrictEqual(["city:yantai", "city:qingdao"]);
  });

  it("does not drop an unknown word next to a known one", () => {
    const error = thrown(() => resolveTerm(catalog, "烟台 xqzw")) as UnknownNameError;
    expect(error).toBeInstanceOf(UnknownNameError);
    expect(error.term).toBe("烟台 xqzw");
  });

  it("reads three Latin letters as part of a name, two not", () => {
    const bio = catalog.dataset.clusters.filter((c) => /bio/i.test(c.name.en)).map((c) => c.key);
    const found = resolveTerm(catalog, "bio").filter((e) => e.category === "cluster");
    expect(found.map((e) => e.id).sort()).toStrictEqual([...new Set(bio)].sort());
    expect(thrown(() => resolveTerm(catalog, "an"))).toBeInstanceOf(UnknownNameError);
  });
});

describe("levels and kinds", () => {
  it("skips blank items", () => {
    expect(resolveLevels(catalog, [" "])).toStrictEqual([]);
    // Punctuation alone is an item of nothing, not an unknown level.
    expect(resolveLevels(catalog, ["-", "（）"])).toStrictEqual([]);
    expect(resolveKinds(catalog, ["·"])).toStrictEqual([]);
    expect(resolveLevels(catalog, ["", "国家级"])).toStrictEqual(["national"]);
  });

  it("suggests a kind for a misspelt kind, and a programme for a misspelt programme id", () => {
    const kind = thrown(() => resolveKinds(catalog, ["战心"])) as UnknownNameError;
    expect(kind.category).toBe("kind");
    expect(kind.suggestions).toStrictEqual([
      { zh: "战略性新兴产业集群", en: "Strategic emerging industry cluster" },
    ]);
    expect(kind.describe("zh-CN")).toContain("「战略性新兴产业集群」");
    const program = thrown(() =>
      resolveKinds(catalog, ["national-strategic-emergingx"])
    ) as UnknownNameError;
    expect(program.suggestions).toStrictEqual([
      catalog.dataset.programs.find((p) => p.id === "national-strategic-emerging")!.name,
    ]);
  });
});

describe("queryTerms' suggestions name the right kind of word", () => {
  it("a misspelt level", () => {
    const error = thrown(() => queryTerms(catalog, ["国家吉"])) as UnknownNameError;
    expect(error.category).toBe("level");
    expect(error.suggestions).toStrictEqual([{ zh: "国家级", en: "National" }]);
  });

  it("a misspelt kind", () => {
    const error = thrown(() => queryTerms(catalog, ["战心"])) as UnknownNameError;
    expect(error.category).toBe("kind");
    expect(error.suggestions).toStrictEqual([
      { zh: "战略性新兴产业集群", en: "Strategic emerging industry cluster" },
    ]);
  });

  it("a misspelt city", () => {
    const error = thrown(() => queryTerms(catalog, ["烟太"])) as UnknownNameError;
    expect(error.category).toBe("city");
    expect(error.suggestions).toStrictEqual([{ zh: "烟台", en: "Yantai" }]);
  });

  it("no initials for Latin letters near them (lgw is not a misspelt lgq, 临港区)", () => {
    expect(ids(resolveTerm(catalog, "lgq"))).toStrictEqual(["district:weihai-lingang"]);
    for (const text of ["zzz", "lgw", "lgqq"])
      for (const run of [() => queryTerms(catalog, [text]), () => resolveTerm(catalog, text)]) {
        const error = thrown(run) as UnknownNameError;
        expect(error.suggestions).toStrictEqual([]);
      }
  });
});

describe("emptyPlace", () => {
  it("is nothing for a filter without places", () => {
    expect(emptyPlace(catalog, {})).toBeUndefined();
    expect(emptyPlace(catalog, { query: ["国家级"] })).toBeUndefined();
    expect(emptyPlace(catalog, { query: ["国家级", "烟台"] })).toBeUndefined();
  });

  it("is nothing for a name two places share when one of them has clusters", () => {
    // 市中区 is a district of both 济南 (with clusters) and 枣庄 (none in the sources).
    expect(catalog.dataset.clusters.some((c) => c.district === "jinan-shizhong")).toBe(true);
    expect(emptyPlace(catalog, { query: ["市中区"] })).toBeUndefined();
  });
});

describe("a record whose programme the dataset does not list", () => {
  const stray = {
    ...miniDataset.clusters[0],
    id: "x-stray",
    key: "x-stray",
    program: "no-such-programme",
  };
  const dataset = { ...miniDataset, clusters: [...miniDataset.clusters, stray] };
  const listed = new Set(dataset.programs.map((p) => p.id));
  const expected = dataset.clusters.filter((c) => listed.has(c.program));

  it("is never matched nor counted", () => {
    const strayCatalog = buildCatalog(dataset);
    expect(clustersMatching(strayCatalog, {}).map((c) => c.id)).toStrictEqual(
      expected.map((c) => c.id)
    );
    expect(countDistinct(strayCatalog, {})).toBe(new Set(expected.map((c) => c.key)).size);
  });
});

describe("findCluster on a cluster two programmes recognise", () => {
  it("answers each id with its own record, with or without spaces around it", () => {
    for (const cluster of miniDataset.clusters) {
      expect(findCluster(miniCatalog, cluster.id)).toBe(cluster);
      expect(findCluster(miniCatalog, ` ${cluster.id}\t`)).toBe(cluster);
    }
  });
});

describe("findCluster where one cluster's name and id lie inside another's", () => {
  // Not in the bundled data, but nothing forbids it: 济南市信息技术服务产业集群 and its 二期.
  const base = miniDataset.clusters[3];
  const second = {
    ...base,
    id: `${base.id}-2`,
    key: `${base.key}-2`,
    name: { zh: `${base.name.zh}二期`, en: `${base.name.en} phase 2` },
    nameForms: [{ ...base.nameForms[0], zh: `${base.name.zh}二期` }],
  };
  const nested = buildCatalog({ ...miniDataset, clusters: [...miniDataset.clusters, second] });

  it("answers the exact id, also with spaces around it", () => {
    expect(findCluster(nested, base.id).id).toBe(base.id);
    expect(findCluster(nested, ` ${base.id} `).id).toBe(base.id);
  });

  it("answers the exact name, not the part of a name both share", () => {
    expect(findCluster(nested, base.name.zh).id).toBe(base.id);
    expect(findCluster(nested, second.name.zh).id).toBe(second.id);
    expect(thrown(() => findCluster(nested, "信息技术服务"))).toBeInstanceOf(AmbiguousClusterError);
  });
});

describe("short names with digits are suggested, unlike initials", () => {
  // Industries like 5G and C2M are not in the bundled data; their keys are as short as initials.
  const base = miniDataset.clusters[3];
  const withIndustry = (code: string) => ({
    ...base,
    id: `ps1-jinan-${code.toLowerCase()}`,
    key: `jinan-${code.toLowerCase()}`,
    name: { zh: `济南市${code}产业集群`, en: `Jinan ${code} cluster` },
    nameForms: [{ ...base.nameForms[0], zh: `济南市${code}产业集群` }],
    industry: { zh: code, en: code },
  });
  const short = buildCatalog({
    ...miniDataset,
    clusters: [...miniDataset.clusters, withIndustry("5G"), withIndustry("C2M")],
  });

  it.each([
    ["6g", "5G"],
    ["c2n", "C2M"],
  ])("%s suggests %s", (typed, industry) => {
    for (const run of [() => resolveTerm(short, typed), () => queryTerms(short, [typed])]) {
      const error = thrown(run) as UnknownNameError;
      expect(error.category).toBe("industry");
      expect(error.suggestions).toStrictEqual([{ zh: industry, en: industry }]);
    }
  });
});
