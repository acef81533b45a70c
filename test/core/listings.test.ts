import { getCatalog } from "../../src/core/dataset";
import {
  batchesTable,
  fieldsTable,
  metricsTable,
  sourcesTable,
  targetsTable,
} from "../../src/core/listings";
import { FIELDS } from "../../src/core/fields";
import { miniCatalog } from "./fixture";

const catalog = getCatalog();

describe("metricsTable", () => {
  it("puts each figure's qualifier in the column after its number", () => {
    const table = metricsTable(miniCatalog, ["烟台"], "zh-CN");
    const value = table.header.indexOf("数值");
    expect(table.header[value + 1]).toBe("限定");
    expect(table.rows.map((row) => [row[value], row[value + 1]])).toEqual([
      [170, "余"],
      [500.5, ""],
    ]);
  });
  it("lists every figure of the dataset when the query is empty", () => {
    const clusterFigures = catalog.dataset.clusters.reduce((n, c) => n + c.metrics.length, 0);
    const programFigures = catalog.dataset.programs.reduce(
      (n, p) => n + (p.metrics?.length ?? 0),
      0
    );
    const cityFigures = catalog.dataset.cities.reduce((n, c) => n + (c.metrics?.length ?? 0), 0);
    expect(cityFigures).toBeGreaterThan(0);
    expect(metricsTable(catalog, [], "en").rows.length).toBe(
      clusterFigures + programFigures + cityFigures
    );
  });
  it("lists a city-wide figure under the city, and not for a query", () => {
    const table = metricsTable(catalog, [], "en");
    const row = table.rows.find((r) => r[4] === "industrial-value-added-growth-2024-jan-feb")!;
    expect(row.slice(0, 3)).toEqual(["jinan", "Jinan", "Jinan"]);
    expect(row[5]).toBe(9.9);
    expect(metricsTable(catalog, ["济南"], "en").rows.some((r) => r[0] === "jinan")).toBe(false);
  });
});

describe("targetsTable", () => {
  it("has one row per target with numeric values", () => {
    const table = targetsTable(catalog, "zh-CN");
    expect(table.rows.length).toBe(catalog.dataset.targets.length);
    for (const row of table.rows) expect(typeof row[2]).toBe("number");
  });
});

describe("batchesTable", () => {
  it("sets the stated totals beside the clusters the dataset names", () => {
    const table = batchesTable(miniCatalog, "en");
    expect(table.rows.length).toBe(2);
    const [first] = table.rows;
    expect(first[table.header.indexOf("Shandong (stated)")]).toBe(5);
    expect(first[table.header.indexOf("Nationwide (stated)")]).toBe(66);
    expect(first[table.header.indexOf("Named in dataset")]).toBe(2);
    const second = table.rows[1];
    expect(second[table.header.indexOf("Shandong (stated)") + 1]).toBe("over");
  });
  it("counts a programme's members of unknown batch on a row of their own", () => {
    const table = batchesTable(catalog, "en");
    const col = (name: string) => table.header.indexOf(name);
    const unknown = table.rows.filter((r) => r[col("Batch label")] === "Batch unknown");
    const expected = [...catalog.clustersByProgram].flatMap(([program, members]) => {
      const n = members.filter((c) => c.batch === undefined).length;
      return n > 0 ? [[catalog.programs.get(program)!.name.en, "Batch unknown", n, ""]] : [];
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(
      unknown.map((r) => [
        r[0],
        r[col("Batch")],
        r[col("Named in dataset")],
        r[col("Shandong (stated)")],
      ])
    ).toEqual(expected);
    expect(batchesTable(catalog, "zh-CN").rows.some((r) => r[4] === "批次不详")).toBe(true);
  });
  it("gives each batch's note in the display language", () => {
    const zh = batchesTable(catalog, "zh-CN");
    const en = batchesTable(catalog, "en");
    // Rows come in the same order in both languages: programme, then batch.
    const row = zh.rows.findIndex((r) => r[0] === "山东省战略性新兴产业集群" && r[3] === 2);
    expect(zh.rows[row][zh.header.indexOf("备注")]).toMatch(/^2022-03-04公示拟认定名单（来源000；/);
    expect(en.rows[row][en.header.indexOf("Note")]).toMatch(
      /^Public notice of the proposed list on 2022-03-04 \(source 000;/
    );
  });
});

describe("sourcesTable", () => {
  it("finds a source by id", () => {
    expect(sourcesTable(miniCatalog, ["sup-001"], "zh-CN").rows.map((r) => r[0])).toEqual([
      "sup-001",
    ]);
  });
  it("finds the sources cited for a city's clusters", () => {
    expect(sourcesTable(miniCatalog, ["济南"], "zh-CN").rows.map((r) => r[0])).toEqual(["src-001"]);
  });
  it("lists all when the query is empty", () => {
    expect(sourcesTable(catalog, [], "zh-CN").rows.length).toBe(catalog.dataset.sources.length);
  });
  it("gives each source's note in the display language", () => {
    const note = (language: "zh-CN" | "en") =>
      sourcesTable(miniCatalog, ["sup-001"], language).rows[0][7];
    expect(sourcesTable(miniCatalog, [], "zh-CN").header[7]).toBe("备注");
    expect(note("zh-CN")).toBe("转载");
    expect(note("en")).toBe("repost");
    const src001 = (language: "zh-CN" | "en") =>
      sourcesTable(catalog, ["src-001"], language).rows[0][7];
    expect(src001("zh-CN")).toMatch(/^大众日报的报道，由国际在线转载。/);
    expect(src001("en")).toMatch(/^大众日报 report reposted by 国际在线 \(CRI Online\)\./);
  });
  it("puts the published title beside a description in the display language", () => {
    const zh = sourcesTable(catalog, ["src-001", "sup-dzwww-ps3"], "zh-CN");
    const en = sourcesTable(catalog, ["src-001", "sup-dzwww-ps3"], "en");
    expect(zh.header.slice(0, 4)).toEqual(["编号", "原标题", "说明", "发布者"]);
    expect(en.header.slice(0, 4)).toEqual([
      "ID",
      "Title (as published)",
      "Description",
      "Publisher",
    ]);
    const title = "日照市成功获批2个省级战略性新兴产业集群";
    expect(zh.rows[0].slice(0, 4)).toEqual(["src-001", title, title, "大众日报"]);
    expect(en.rows[0].slice(0, 4)).toEqual([
      "src-001",
      title,
      "Rizhao wins approval for 2 provincial strategic emerging industry clusters",
      "大众日报",
    ]);
    // A report whose page title was not recorded has none; its description is ours, in either language.
    expect(zh.rows[1].slice(1, 4)).toEqual([
      "",
      "大众日报 2024年12月报道：2024年山东省战略性新兴产业集群名单（10个，三批共35个）",
      "大众日报",
    ]);
    expect(en.rows[1][1]).toBe("");
    expect(en.rows[1][2]).toMatch(/^Dazhong Daily report \(Dec 2024\): /);
  });
  it("shows no English description to zh-CN users and leaves a publisher blank where none is known", () => {
    const zh = sourcesTable(catalog, [], "zh-CN");
    for (const row of zh.rows) expect(String(row[2])).toMatch(/\p{Script=Han}/u);
    const src002 = zh.rows.find((r) => r[0] === "src-002")!;
    expect(src002[3]).toBe("");
  });
});

describe("fieldsTable", () => {
  it("lists every field, then every figure key", () => {
    const table = fieldsTable(catalog, "zh-CN");
    expect(table.rows.slice(0, FIELDS.length).map((r) => r[0])).toEqual(FIELDS.map((f) => f.id));
    expect(table.rows.map((r) => r[0])).toContain("hightech-enterprises");
  });
  it("includes the fields the issue names", () => {
    const ids = FIELDS.map((f) => f.id);
    for (const id of [
      "id",
      "name",
      "name_en",
      "city",
      "cities",
      "district",
      "industry",
      "industry_en",
      "level",
      "kind",
      "program",
      "batch",
      "announced",
      "status",
      "lead",
      "enterprises",
      "sources",
      "name_basis",
    ]) {
      expect(ids).toContain(id);
    }
  });
});
