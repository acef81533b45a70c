/**
 * The corrections and additions of issue 14, pinned to what the sources say (the oracle is the
 * source text, read by hand, not the code that loads it).
 */
import type { Cluster } from "../../src/data/types";
import { loadDataset } from "./load";

const d = loadDataset();
const program = (id: string) => d.programs.find((p) => p.id === id)!;
const batch = (p: string, n: number) => program(p).batches.find((b) => b.number === n)!;
const cluster = (id: string) => d.clusters.find((c) => c.id === id)!;
const source = (id: string) => d.sources.find((s) => s.id === id)!;
const target = (id: string) => d.targets.find((t) => t.id === id)!;
const members = (p: string, n?: number) =>
  d.clusters.filter((c) => c.program === p && c.batch === n);

describe("status: proposed until a source states final publication", () => {
  it.each([
    // [programme, batch, status, why]
    ["provincial-strategic-emerging", 2, "recognized"], // 000: 新认定, 已获认定; later reports: published
    ["provincial-advanced-manufacturing", 1, "recognized"], // 003: 培育认定10个首批
    ["provincial-advanced-manufacturing", 2, "proposed"], // only the notice of 2024-08-23
    ["provincial-advanced-manufacturing", 3, "proposed"], // only the notice of July 2025
    ["provincial-sme-characteristic", 3, "recognized"], // 枣庄新闻网 2022-06-07: published
  ] as const)("%s batch %d is %s", (p, n, status) => {
    expect(batch(p, n).status).toBe(status);
    expect(members(p, n).every((c) => c.status === status)).toBe(true);
  });
  it("keeps both dates where there was a notice and a publication", () => {
    expect(batch("provincial-strategic-emerging", 2)).toMatchObject({
      noticeDate: "2022-03-04",
      announced: "2022-03",
    });
    expect(batch("provincial-sme-characteristic", 4)).toMatchObject({
      noticeDate: "2023-07-10",
      announced: "2023-07",
    });
  });
});

describe("corrections", () => {
  it("2: the 日照 IT services cluster is city-wide, its base kept in the note", () => {
    const c = cluster("ps1-rizhao-it-services");
    expect(c.district).toBeUndefined();
    expect(c.note!.zh).toContain("日照高新区");
  });
  it("3: every place-and-industry key link says no source makes the records one entity", () => {
    const byKey = new Map<string, Cluster[]>();
    for (const c of d.clusters) byKey.set(c.key, [...(byKey.get(c.key) ?? []), c]);
    // Records printed under one and the same name are linked by it, not by place and industry.
    const linked = [...byKey.values()]
      .filter((g) => g.length > 1 && new Set(g.map((c) => c.name.zh)).size > 1)
      .flat();
    expect(linked.length).toBeGreaterThanOrEqual(10);
    for (const c of linked) expect(c.note?.en ?? "").toMatch(/do not say so|no source says/);
  });
  it("5: the four cluster-count targets are in 家, as 003 and 004 write them", () => {
    for (const id of [
      "t2024-003-new-provincial-am-clusters",
      "t2024-003-new-provincial-sme-clusters",
      "t2024-new-provincial-am-clusters",
      "t2024-new-provincial-sme-clusters",
    ])
      expect(target(id).unit).toBe("家");
  });
  it("6: the 2024 targets stored from 003 and 004 are linked; the SME pair keeps both wordings", () => {
    expect(target("t2024-003-new-provincial-am-clusters").sameTargetAs).toBe(
      "t2024-new-provincial-am-clusters"
    );
    expect(target("t2024-003-new-provincial-sme-clusters")).toMatchObject({
      sameTargetAs: "t2024-new-provincial-sme-clusters",
      qualifier: "at-least",
      value: 30,
    });
    expect(target("t2024-new-provincial-sme-clusters")).toMatchObject({
      qualifier: "about",
      value: 30,
    });
  });
  it("7, 8: source 002's figures carry no year and 烟台's lead enterprises are a partial list", () => {
    for (const id of ["ns1-jinan-it-services", "ns1-yantai-advanced-structural-materials"])
      for (const m of cluster(id).metrics) {
        expect(m.year).toBeUndefined();
        expect(m.scope.en).toMatch(/year not stated; reported with the 2019 selection/);
      }
    expect(cluster("ns1-yantai-advanced-structural-materials").note!.zh).toContain("等龙头企业");
  });
  it("9: the note on provincial advanced manufacturing batch 1 makes no guess about its number", () => {
    expect(batch("provincial-advanced-manufacturing", 1).note!.zh).not.toMatch(/可能/);
  });
  it("10: the cut-off 肥城 name is marked reconstructed", () => {
    expect(cluster("psme3-taian-feicheng-lithium-battery-materials").nameForms[0].basis).toBe(
      "reconstructed"
    );
  });
  it("11: dates as precise as the sources allow, and 黄岛区 as an alias", () => {
    expect(cluster("nsme2-taian-feicheng-battery-electrode-materials").announced).toBeUndefined();
    expect(batch("national-advanced-manufacturing", 2).announced).toBe("2024-12");
    expect(cluster("na2-qingdao-yantai-weihai-shipbuilding-offshore").announced).toBe("2024-12");
    for (const [p, value] of [
      ["national-advanced-manufacturing", 6],
      ["provincial-advanced-manufacturing", 20],
    ] as const)
      expect(program(p).counts.find((c) => c.value === value)!.asOf).toBe("2025-01-20");
    const qingdao = d.cities.find((c) => c.id === "qingdao")!;
    expect(qingdao.districts.find((x) => x.id === "qingdao-xihaian")!.aliases).toContain("黄岛区");
  });
  it("12: the missing facts of sources 000, 001, 003 and 004", () => {
    expect(batch("provincial-strategic-emerging", 1).note!.zh).toContain(
      "《关于公布山东省第一批战略性新兴产业集群名单的通知》"
    );
    const steel = cluster("ps1-rizhao-high-quality-steel").note!.zh;
    expect(steel).toContain("5G联合创新实验室");
    expect(steel).toContain("两业融合");
    expect(program("provincial-sme-characteristic").note!.zh).toContain("县域");
    expect(program("provincial-advanced-manufacturing").note!.zh).toContain("设区市");
    const jinan = d.cities.find((c) => c.id === "jinan")!.metrics!;
    expect(jinan.map((m) => [m.value, m.unit, m.source])).toEqual([
      [9.9, "%", "src-004"],
      [7.1, "%", "src-004"],
    ]);
    const plan = d.industries.find((l) => l.id === "ind-qingdao-key-twelve-2022")!.note!.zh;
    expect(plan).toContain("青岛市工信局");
    expect(plan).toContain("2–3年");
  });
});

describe("additions from the second gathering", () => {
  it("name every member the notes name, 26 new records", () => {
    expect(d.clusters).toHaveLength(133);
  });
  it("keep members whose list year no page states out of every batch", () => {
    const unknown = d.clusters.filter((c) => c.batch === undefined);
    expect(unknown.map((c) => c.program).sort()).toEqual([
      ...Array(2).fill("national-sme-characteristic"),
      ...Array(14).fill("provincial-sme-characteristic"),
    ]);
    for (const c of unknown) expect(c.note!.zh).toContain("名单年份不详，批次不详。");
  });
  it("say so wherever a name is ours: spelt, completed or inferred", () => {
    const ours = d.clusters.filter((c) =>
      ["reconstructed", "inferred"].includes(c.nameForms[0]?.basis ?? "")
    );
    expect(ours.length).toBeGreaterThanOrEqual(20);
    for (const c of ours) expect(c.note!.zh).toMatch(/本项目|推断/);
    expect(cluster("psme2-qingdao-laoshan-industrial-internet").nameForms[0].basis).toBe(
      "inferred"
    );
    expect(cluster("pa3-dongying-high-end-green-rubber").nameForms[0].basis).toBe("mirror");
  });
  it("keep the stated totals: 3 of 45 (complete), 13 proposed in 2025, the 2025 national list", () => {
    expect(
      batch("national-advanced-manufacturing", 1).totals.find((t) => t.scope === "shandong")
    ).toMatchObject({ value: 3 });
    expect(members("national-advanced-manufacturing", 1)).toHaveLength(3);
    expect(batch("provincial-advanced-manufacturing", 3)).toMatchObject({
      status: "proposed",
      totals: [expect.objectContaining({ value: 13, scope: "shandong" })],
    });
    expect(batch("national-sme-characteristic", 4).totals[0]).toMatchObject({
      value: 100,
      scope: "nationwide",
    });
  });
  it("keep the city counts, 青岛's 14 with the mismatch of its yearly figures noted", () => {
    const counts = program("provincial-sme-characteristic").metrics!.filter((m) =>
      m.key.endsWith(`-${m.year}`)
    );
    expect(counts.map((m) => [m.key.split("-")[0], m.value, m.year])).toEqual([
      ["dezhou", 7, 2023],
      ["dezhou", 10, 2024],
      ["taian", 12, 2024],
      ["qingdao", 14, 2025],
      ["weihai", 4, 2022],
      ["yantai", 5, 2022],
    ]);
    expect(counts[3].scope.zh).toContain("13个");
  });
  it("keep both places of the 威海 carbon fibre cluster", () => {
    const c = cluster("psme-weihai-carbon-fibre-composites");
    expect(c.district).toBe("weihai-huancui");
    expect(c.note!.zh).toContain("临港区");
    expect(cluster("nsme-weihai-lingang-carbon-fibre").district).toBe("weihai-lingang");
  });
  it("record no 聊城 'national-level' cluster whose programme no page names", () => {
    const liaocheng = d.clusters.filter(
      (c) => c.city === "liaocheng" && c.program.startsWith("national")
    );
    expect(liaocheng).toEqual([]);
  });
});

describe("the five articles' addresses", () => {
  it("give the address found, or say it was not found; never a text file", () => {
    expect(
      ["src-000", "src-001", "src-002", "src-003", "src-004"].map((id) => source(id).url ?? null)
    ).toEqual([
      "https://m.selectshandong.com/enwebsite/article/index/id/15839/cid/889.html",
      "http://sd.cri.cn/20210220/47b886c0-f020-bede-5b42-2968f0202cb8.html",
      "http://cn.dingtaide.cn/news/1611057.html",
      null,
      null,
    ]);
    for (const id of ["src-003", "src-004"])
      expect(source(id).note!.en).toContain("Original address not found");
    expect(d.sources.some((s) => /\.txt$/.test(s.file ?? "") || /\.txt$/.test(s.url ?? ""))).toBe(
      false
    );
  });
});
