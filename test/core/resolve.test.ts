import { getCatalog } from "../../src/core/dataset";
import {
  AmbiguousClusterError,
  ClusterNotFoundError,
  UnknownNameError,
} from "../../src/core/errors";
import {
  clustersMatching,
  findCluster,
  programsMatching,
  resolveKinds,
  resolveLevels,
  resolveTerm,
} from "../../src/core/resolve";
import { ids, miniCatalog } from "./fixture";

const catalog = getCatalog();

describe("resolveTerm on the bundled dataset", () => {
  it.each([
    "烟台",
    "烟台市",
    "煙臺",
    "煙台",
    "煙臺市",
    "Yantai",
    "yantai",
    "YANTAI",
    "yan tai",
    "ＹＡＮＴＡＩ",
    "Yān Tái",
    "yt",
    "山东省烟台市",
    " 烟台 ",
  ])("reads %s as the city yantai", (text) => {
    expect(ids(resolveTerm(catalog, text))).toEqual(["city:yantai"]);
  });
  it.each(["海阳", "海阳市", "海陽", "海陽市", "海阳县", "haiyang", "Haiyang", "yantai-haiyang"])(
    "reads %s as the district 海阳市",
    (text) => {
      expect(ids(resolveTerm(catalog, text))).toEqual(["district:yantai-haiyang"]);
    }
  );
  it("does not take initials two places share (济南 and 济宁 are both jn)", () => {
    expect(() => resolveTerm(catalog, "jn")).toThrow(UnknownNameError);
  });
  it("reads industries and cluster names, and parts of them", () => {
    expect(ids(resolveTerm(catalog, "生物医药"))).toContain("industry:生物医药");
    expect(resolveTerm(catalog, "海洋").length).toBeGreaterThan(1);
    expect(ids(resolveTerm(catalog, "ns1-jinan-it-services"))).toEqual([
      "cluster:ns1-jinan-it-services",
    ]);
  });
  it("reads two names separated only by a space", () => {
    expect(ids(resolveTerm(catalog, "烟台 青岛"))).toEqual(["city:yantai", "city:qingdao"]);
  });
  it("treats punctuation alone as nothing", () => {
    expect(resolveTerm(catalog, " - ")).toEqual([]);
  });
  it("suggests the city for a misspelt city", () => {
    const error = captured(() => resolveTerm(catalog, "烟太"));
    expect(error).toBeInstanceOf(UnknownNameError);
    expect(error.describe("zh-CN")).toBe("未知城市「烟太」— 是否指「烟台」？");
    expect(captured(() => resolveTerm(catalog, "Yantia")).describe("en")).toBe(
      'Unknown city "Yantia" — did you mean "Yantai"?'
    );
  });
  it("answers Latin input with Latin suggestions even in Chinese", () => {
    expect(captured(() => resolveTerm(catalog, "qingdoa")).describe("zh-CN")).toBe(
      "未知城市「qingdoa」— 是否指「Qingdao」？"
    );
  });
  it("says what to type when nothing is near", () => {
    const message = captured(() => resolveTerm(catalog, "上海浦东新区")).describe("zh-CN");
    expect(message).toMatch(/^未知名称「上海浦东新区」。请输入城市/);
  });
});

function captured(run: () => unknown): UnknownNameError {
  try {
    run();
  } catch (error) {
    return error as UnknownNameError;
  }
  throw new Error("expected an error");
}

describe("levels and kinds", () => {
  it.each([
    ["国家级", "national"],
    ["国家", "national"],
    ["National", "national"],
    ["省级", "provincial"],
    ["省", "provincial"],
    ["provincial", "provincial"],
  ])("%s is %s", (text, level) => {
    expect(resolveLevels(catalog, [text])).toEqual([level]);
  });
  it.each([
    ["战略性新兴", "strategic-emerging"],
    ["战新", "strategic-emerging"],
    ["Strategic Emerging", "strategic-emerging"],
    ["先进制造业", "advanced-manufacturing"],
    ["先进制造", "advanced-manufacturing"],
    ["advanced-manufacturing", "advanced-manufacturing"],
    ["特色产业集群", "sme-characteristic"],
    ["中小企业特色", "sme-characteristic"],
    ["未来产业", "future-industry"],
    ["先進製造業", "advanced-manufacturing"],
  ])("%s is the kind %s", (text, kind) => {
    expect(resolveKinds(catalog, [text])).toEqual([{ type: "kind", kind }]);
  });
  it("accepts a list of levels", () => {
    expect(resolveLevels(catalog, ["国家级、省级"]).sort()).toEqual(["national", "provincial"]);
  });
  it("accepts a programme id as a kind", () => {
    expect(
      programsMatching(catalog, { kind: ["provincial-future-industry"] }).map((p) => p.id)
    ).toEqual(["provincial-future-industry"]);
  });
  it("rejects an unknown level with the nearest one", () => {
    expect(() => resolveLevels(catalog, ["国家吉"])).toThrow("Unknown level");
    expect(captured(() => resolveLevels(catalog, ["国家吉"])).describe("zh-CN")).toContain(
      "是否指「国家级」"
    );
  });
});

describe("clustersMatching", () => {
  it("finds Yantai's clusters under any spelling, the same for each", () => {
    const expected = clustersMatching(catalog, { query: ["烟台"] });
    expect(expected.length).toBeGreaterThan(0);
    for (const text of ["煙臺", "yantai", "烟台市", "ＹＡＮＴＡＩ"])
      expect(clustersMatching(catalog, { query: [text] })).toEqual(expected);
  });
  it("matches any item of a list, whatever the separator", () => {
    const both = clustersMatching(catalog, { query: ["烟台、青岛"] });
    for (const text of ["烟台，青岛", "烟台,青岛", "烟台;青岛"])
      expect(clustersMatching(catalog, { query: [text] })).toEqual(both);
    expect(both.length).toBe(
      new Set([
        ...clustersMatching(catalog, { query: ["烟台"] }),
        ...clustersMatching(catalog, { query: ["青岛"] }),
      ]).size
    );
  });
  it("filters by level and kind", () => {
    const national = clustersMatching(catalog, { query: ["烟台"], level: ["国家级"] });
    expect(national.length).toBeGreaterThan(0);
    for (const c of national) expect(catalog.programs.get(c.program)?.level).toBe("national");
  });
  it("keeps the dataset's order", () => {
    const all = clustersMatching(catalog, {});
    expect(all).toEqual(catalog.dataset.clusters);
  });
  it("counts a joint cluster under every city it spans", () => {
    const weihai = clustersMatching(miniCatalog, { query: ["威海"] }).map((c) => c.id);
    expect(weihai).toEqual(["pa1-yantai-weihai-ships"]);
    expect(clustersMatching(miniCatalog, { query: ["烟台"] }).map((c) => c.id)).toContain(
      "pa1-yantai-weihai-ships"
    );
  });
});

describe("findCluster", () => {
  it("finds a cluster by id and by name", () => {
    expect(findCluster(catalog, "ns1-jinan-it-services").id).toBe("ns1-jinan-it-services");
    expect(findCluster(catalog, "济南市信息技术服务产业集群").id).toBe("ns1-jinan-it-services");
  });
  it("answers a cluster on two lists with its first record", () => {
    expect(findCluster(miniCatalog, "烟台海工装备集群").id).toBe("ns1-yantai-offshore");
  });
  it("is #N/A with a suggestion for an unknown cluster", () => {
    const error = captured(() =>
      findCluster(catalog, "济南市信息技木服务产业集群")
    ) as unknown as ClusterNotFoundError;
    expect(error).toBeInstanceOf(ClusterNotFoundError);
    expect(error.code).toBe("#N/A");
    expect(error.describe("zh-CN")).toContain("是否指「济南市信息技术服务产业集群」");
  });
  it("is #VALUE! asking for an id when a name fits several clusters", () => {
    const error = captured(() => findCluster(catalog, "海洋")) as unknown as AmbiguousClusterError;
    expect(error).toBeInstanceOf(AmbiguousClusterError);
    expect(error.code).toBe("#VALUE!");
    expect(error.describe("en")).toMatch(/Type the cluster's id instead\.$/);
  });
});
