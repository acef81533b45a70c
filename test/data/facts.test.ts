import type { Cluster, Dataset, Metric, Program, Target } from "../../src/data/types";
import { loadDataset } from "./load";

const d: Dataset = loadDataset();

const program = (id: string): Program => d.programs.find((p) => p.id === id)!;
const cluster = (id: string): Cluster => d.clusters.find((c) => c.id === id)!;
const metric = (c: string, key: string): Metric => cluster(c).metrics.find((m) => m.key === key)!;
const target = (id: string): Target => d.targets.find((t) => t.id === id)!;
const inBatch = (p: string, b: number) =>
  d.clusters.filter((c) => c.program === p && c.batch === b);

describe("key figures pinned to the sources", () => {
  it("has version and date", () => {
    expect([d.version, d.updated]).toEqual(["2026.12.0", "2026-12-01"]);
  });

  it("provincial strategic emerging batch 1: 12 stated, document 鲁发改高技〔2021〕84号", () => {
    const b1 = program("provincial-strategic-emerging").batches[0];
    expect(b1.document).toBe("鲁发改高技〔2021〕84号");
    expect(b1.totals).toEqual([
      expect.objectContaining({
        value: 12,
        scope: "shandong",
        qualifier: "exact",
        sources: expect.arrayContaining(["src-001"]),
      }),
    ]);
    expect(inBatch("provincial-strategic-emerging", 1)).toHaveLength(12);
  });

  it("provincial strategic emerging batch 2: notice of 2022-03-04, published late March 2022, 13", () => {
    const b2 = program("provincial-strategic-emerging").batches[1];
    expect(b2).toMatchObject({
      status: "recognized",
      noticeDate: "2022-03-04",
      announced: "2022-03",
    });
    expect(b2.sources).toEqual(
      expect.arrayContaining(["src-000", "sup-chinadaily-ps2", "sup-jintai-ps2"])
    );
    expect(b2.totals[0].value).toBe(13);
    const members = inBatch("provincial-strategic-emerging", 2);
    expect(members).toHaveLength(13);
    expect(members.every((c) => c.status === "recognized" && c.nameForms[0].basis === "news")).toBe(
      true
    );
  });

  it("provincial strategic emerging batch 3 keeps its total of 10 with no member invented", () => {
    expect(program("provincial-strategic-emerging").batches[2].totals[0].value).toBe(10);
    expect(inBatch("provincial-strategic-emerging", 3)).toHaveLength(0);
  });

  it("national strategic emerging batch 1: 66 nationwide, 7 in Shandong", () => {
    const totals = program("national-strategic-emerging").batches[0].totals;
    expect(totals).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ value: 66, scope: "nationwide" }),
        expect.objectContaining({ value: 7, scope: "shandong" }),
      ])
    );
    expect(inBatch("national-strategic-emerging", 1)).toHaveLength(7);
  });

  it("济南 IT services: over 170 high-tech enterprises, 浪潮集团 lead", () => {
    expect(metric("ns1-jinan-it-services", "hightech-enterprises")).toMatchObject({
      value: 170,
      unit: "家",
      qualifier: "over",
      source: "src-002",
    });
    expect(cluster("ns1-jinan-it-services").leadEnterprises).toEqual(["浪潮集团"]);
    expect(cluster("ns1-jinan-it-services").enterprises).toEqual(["韩都衣舍"]);
  });

  it("烟台 advanced structural materials: revenue over 1000 亿元, over 200 firms, 万华化学 and 泰和新材 lead", () => {
    expect(
      metric("ns1-yantai-advanced-structural-materials", "main-business-revenue")
    ).toMatchObject({ value: 1000, unit: "亿元", qualifier: "over" });
    expect(metric("ns1-yantai-advanced-structural-materials", "related-enterprises")).toMatchObject(
      { value: 200, qualifier: "over" }
    );
    expect(cluster("ns1-yantai-advanced-structural-materials").leadEnterprises).toEqual([
      "万华化学",
      "泰和新材",
    ]);
  });

  it("日照 steel: 1468 亿元 and 48.56% in 2020 are the whole city's steel industry", () => {
    const output = metric("ps1-rizhao-high-quality-steel", "steel-output-value");
    expect(output).toMatchObject({
      value: 1468,
      unit: "亿元",
      year: 2020,
      qualifier: "exact",
      source: "src-001",
    });
    expect(output.scope.en).toMatch(/whole steel industry/);
    expect(output.scope.zh).toMatch(/全市钢铁行业/);
    expect(
      metric("ps1-rizhao-high-quality-steel", "steel-share-of-industrial-output")
    ).toMatchObject({ value: 48.56, unit: "%", year: 2020 });
  });

  it("日照 steel keeps both name forms and its enterprises", () => {
    const c = cluster("ps1-rizhao-high-quality-steel");
    expect(c.nameForms.map((n) => [n.zh, n.basis])).toEqual([
      ["日照市高品质特种钢铁材料产业集群", "official"],
      ["高品质钢铁材料产业集群", "news"],
    ]);
    expect(c.leadEnterprises).toEqual(["日钢集团", "山钢集团日照公司"]);
    expect(c.enterprises).toEqual(["宝华新材料", "万方板业", "京华管业"]);
  });

  it("日照 IT services: over 80 above-size firms, exactly 37 双软 firms", () => {
    expect(metric("ps1-rizhao-it-services", "above-scale-enterprises")).toMatchObject({
      value: 80,
      qualifier: "over",
    });
    expect(metric("ps1-rizhao-it-services", "double-software-enterprises")).toMatchObject({
      value: 37,
      qualifier: "exact",
    });
  });

  it("national SME characteristic clusters in Shandong: 15 as of 2024-06, 23 as of 2024-12", () => {
    expect(
      program("national-sme-characteristic").counts.map((c) => [c.value, c.asOf, c.sources[0]])
    ).toEqual([
      [15, "2024-06", "src-003"],
      [23, "2024-12", "sup-gxt-sme-counts"],
    ]);
  });

  it("provincial SME clusters: 100 in four batches, 12.2万 enterprises, 14.8% growth", () => {
    const p = program("provincial-sme-characteristic");
    expect(p.counts.find((c) => c.asOf === "2024-06")).toMatchObject({ value: 100 });
    expect(p.batches.slice(0, 4).reduce((sum, b) => sum + b.totals[0].value, 0)).toBe(100);
    expect(p.metrics?.slice(0, 2).map((m) => [m.value, m.unit])).toEqual([
      [12.2, "万家"],
      [14.8, "%"],
    ]);
  });

  it("the “3830” pattern by 2025 is three labelled targets", () => {
    expect(
      ["t2025-3830-world-class", "t2025-3830-national", "t2025-3830-provincial"].map((id) => [
        target(id).value,
        target(id).year,
        target(id).source,
      ])
    ).toEqual([
      [3, 2025, "src-003"],
      [8, 2025, "src-003"],
      [30, 2025, "src-003"],
    ]);
  });

  it("2024 cluster targets name their industry lists", () => {
    expect(target("t2024-new-provincial-se-clusters")).toMatchObject({
      value: 10,
      qualifier: "about",
      industries: "ind-2024-strategic-emerging-nine",
    });
    expect(target("t2024-future-industry-clusters")).toMatchObject({
      value: 15,
      industries: "ind-future-seven",
    });
    expect(target("t2024-003-new-provincial-sme-clusters")).toMatchObject({
      value: 30,
      qualifier: "at-least",
      source: "src-003",
    });
    expect(target("t2024-new-provincial-sme-clusters")).toMatchObject({
      value: 30,
      qualifier: "about",
      source: "src-004",
    });
  });

  it("济南's 2024 figures are marked as 济南's", () => {
    for (const id of [
      "t2024-jinan-industrial-projects",
      "t2024-jinan-industrial-projects-investment",
      "t2024-jinan-new-above-scale-firms",
      "t2024-jinan-tech-upgrade-projects",
    ]) {
      expect(target(id).note?.zh).toMatch(/济南/);
    }
    expect(target("t2024-jinan-industrial-projects-investment")).toMatchObject({
      value: 2148,
      unit: "亿元",
    });
  });

  it("source 004's two nine-industry lists differ", () => {
    const list = (id: string) => d.industries.find((l) => l.id === id)!.items.map((i) => i.zh);
    expect(list("ind-2024-traditional-nine")).toHaveLength(9);
    expect(list("ind-2024-strategic-emerging-nine")).toHaveLength(9);
    expect(
      list("ind-2024-traditional-nine").filter((x) =>
        list("ind-2024-strategic-emerging-nine").includes(x)
      )
    ).toEqual([]);
    expect(list("ind-future-seven")).toHaveLength(7);
    expect(list("ind-jinan-future-tracks")).toHaveLength(6);
  });

  it("青岛's twelve key industries come in three tiers of 5, 4 and 3", () => {
    const items = d.industries.find((l) => l.id === "ind-qingdao-key-twelve-2022")!.items;
    const tiers = new Map<string, number>();
    for (const i of items) tiers.set(i.tier!.zh, (tiers.get(i.tier!.zh) ?? 0) + 1);
    expect([...tiers.values()]).toEqual([5, 4, 3]);
  });

  it("has the 16 prefecture-level cities with their traditional forms", () => {
    expect(d.cities.map((c) => c.traditional)).toEqual(
      "濟南市 青島市 淄博市 棗莊市 東營市 煙臺市 濰坊市 濟寧市 泰安市 威海市 日照市 濱州市 德州市 聊城市 臨沂市 菏澤市".split(
        " "
      )
    );
    expect(d.cities.find((c) => c.id === "yantai")).toMatchObject({
      zh: "烟台市",
      short: "烟台",
      en: "Yantai",
      pinyin: "yān tái",
    });
    expect(d.cities.find((c) => c.id === "taian")?.en).toBe("Tai'an");
  });

  it("records a cluster recognised by two programmes as two records with one key", () => {
    const rail = d.clusters
      .filter((c) => c.key === "qingdao-rail-transit-equipment")
      .map((c) => c.program);
    expect(rail.sort()).toEqual(["national-advanced-manufacturing", "national-strategic-emerging"]);
  });

  it("lists every city of a joint cluster, the lead city first", () => {
    expect(cluster("pa1-qingdao-yantai-weihai-shipbuilding-offshore").cities).toEqual([
      "qingdao",
      "yantai",
      "weihai",
    ]);
    expect(cluster("pa2-jinan-qingdao-zaozhuang-weifang-machine-tools").cities).toEqual([
      "jinan",
      "qingdao",
      "zaozhuang",
      "weifang",
    ]);
  });

  it("keeps the printed 胶州区 as an alias of 胶州市", () => {
    const jiaozhou = d.cities
      .find((c) => c.id === "qingdao")!
      .districts.find((x) => x.id === "qingdao-jiaozhou")!;
    expect(jiaozhou).toMatchObject({ zh: "胶州市", type: "county-city" });
    expect(jiaozhou.aliases).toContain("胶州区");
  });

  it("cites every supplementary fact to a secondary source with its address", () => {
    const secondary = d.sources.filter((s) => s.id.startsWith("sup-"));
    expect(
      secondary.every(
        (s) => s.kind === "secondary" && (s.url !== undefined || s.file !== undefined)
      )
    ).toBe(true);
    expect(d.sources.filter((s) => s.kind === "article").map((s) => s.id)).toEqual([
      "src-000",
      "src-001",
      "src-002",
      "src-003",
      "src-004",
    ]);
  });
});

describe("source titles, labels and publishers", () => {
  const source = (id: string) => d.sources.find((s) => s.id === id)!;

  it("keeps the five articles' titles as printed (004 in simplified form) and labels them by title", () => {
    expect(d.sources.filter((s) => s.title !== undefined).map((s) => [s.id, s.title])).toEqual([
      ["src-000", "青岛工业互联网、集成电路入选山东第二批战略新兴产业集群"],
      ["src-001", "日照市成功获批2个省级战略性新兴产业集群"],
      ["src-002", "全国公布首批66个战略性新兴产业集群名单,山东入选数量居首"],
      ["src-003", "山东拥有国家先进制造业集群3个、中小企业特色产业集群15个"],
      ["src-004", "山东拟新培育一批新兴产业和未来产业集群"],
    ]);
    for (const s of d.sources.filter((x) => x.kind === "article")) expect(s.label.zh).toBe(s.title);
  });

  it("gives no title where the page's own title was not recorded", () => {
    for (const s of d.sources.filter((x) => x.kind === "secondary")) {
      expect(s.title).toBeUndefined();
      // A label is a description, never presented as the page's title.
      expect(s.label.en).not.toMatch(/^Report:/);
    }
  });

  it("starts a report's zh label with the publisher or host it names", () => {
    for (const s of d.sources.filter((x) => x.kind === "secondary" && x.publisher)) {
      expect(s.label.zh.startsWith(s.publisher!)).toBe(true);
    }
    expect(source("sup-dzwww-ps3").label).toEqual({
      zh: "大众日报 2024年12月报道：2024年山东省战略性新兴产业集群名单（10个，三批共35个）",
      en: "Dazhong Daily report (Dec 2024): 2024 list of Shandong strategic emerging industry clusters (10; 35 after three batches)",
    });
  });

  it("keeps publishers as printed, or the host where only the site is known", () => {
    expect(source("src-001").publisher).toBe("大众日报");
    expect(source("src-003").publisher).toBe("大众报业·经济导报");
    expect(source("sup-gxt-sme-counts").publisher).toBe("gxt.shandong.gov.cn");
    // The repost names no publisher; the notes are the project's own.
    expect(source("src-002").publisher).toBeUndefined();
    expect(source("sup-notes").publisher).toBeUndefined();
    for (const s of d.sources) expect(s.publisher ?? "").not.toMatch(/\(|via|Repost|notes/i);
  });
});
