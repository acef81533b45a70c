import { getCatalog } from "../../src/core/dataset";
import { UnknownNameError } from "../../src/core/errors";
import { citiesTable, clustersTable, clusterValue, countClusters } from "../../src/core/queries";
import { miniCatalog } from "./fixture";

const catalog = getCatalog();

describe("clustersTable", () => {
  it("answers a repeated call with the same table in arrays of its own", () => {
    const first = clustersTable(catalog, { query: ["烟台"] }, "en");
    const expected = structuredClone(first);
    first.header[0] = "changed";
    first.rows[0][0] = "changed";
    first.rows.pop();
    const second = clustersTable(catalog, { query: ["烟台"] }, "en");
    expect(second).toEqual(expected);
    expect(clustersTable(catalog, { query: ["烟台"] }, "zh-CN").header).not.toEqual(
      expected.header
    );
  });
  it("has the default columns with Chinese or English headers", () => {
    expect(clustersTable(catalog, { query: ["烟台"] }, "zh-CN").header).toEqual([
      "编号",
      "集群键",
      "名称",
      "城市",
      "区县",
      "产业",
      "级别",
      "类别",
      "批次",
      "年份",
      "公布日期",
      "日期精度",
      "状态",
    ]);
    expect(clustersTable(catalog, { query: ["烟台"] }, "en").header[2]).toBe("Name");
  });
  it("returns the columns asked for, in that order, by id or Chinese label", () => {
    const byId = clustersTable(catalog, { query: ["烟台"], fields: ["name,city,batch"] }, "zh-CN");
    const byLabel = clustersTable(
      catalog,
      { query: ["烟台"], fields: ["名称,城市,批次"] },
      "zh-CN"
    );
    expect(byId.header).toEqual(["名称", "城市", "批次"]);
    expect(byLabel).toEqual(byId);
    expect(
      clustersTable(catalog, { query: ["烟台"], fields: ["batch", "name"] }, "zh-CN").header
    ).toEqual(["批次", "名称"]);
  });
  it("keeps numbers numeric and blanks as empty strings", () => {
    const table = clustersTable(catalog, { fields: ["batch_number,district"] }, "zh-CN");
    for (const [batch, district] of table.rows) {
      expect(typeof batch === "number" || batch === "").toBe(true);
      expect(district).not.toBeNull();
      expect(district).not.toBeUndefined();
    }
    expect(table.rows.some(([batch]) => typeof batch === "number")).toBe(true);
  });
  it("has a row per record and as many cells as headers", () => {
    const table = clustersTable(catalog, {}, "en");
    expect(table.rows.length).toBe(catalog.dataset.clusters.length);
    for (const row of table.rows) expect(row.length).toBe(table.header.length);
  });
  it("returns no rows, not an error, when known names match nothing together", () => {
    const table = clustersTable(miniCatalog, { query: ["济南"], kind: ["先进制造业"] }, "zh-CN");
    expect(table.rows).toEqual([]);
    expect(table.header.length).toBeGreaterThan(0);
  });
  it("rejects an unknown field, suggesting the nearest", () => {
    expect(() => clustersTable(catalog, { fields: ["nmae"] }, "en")).toThrow(UnknownNameError);
    expect(() => clustersTable(catalog, { fields: ["nmae"] }, "en")).toThrow(
      'Unknown field "nmae" — did you mean "Name"?'
    );
  });
  it("shows every city of a joint cluster in city, and the lead city apart", () => {
    const table = clustersTable(
      miniCatalog,
      { query: ["pa1-yantai-weihai-ships"], fields: ["city,lead_city,cities"] },
      "zh-CN"
    );
    expect(table.rows).toEqual([["烟台、威海", "烟台", "烟台、威海"]]);
    expect(
      clustersTable(miniCatalog, { query: ["pa1-yantai-weihai-ships"], fields: ["cities"] }, "en")
        .rows
    ).toEqual([["Yantai, Weihai"]]);
  });
});

describe("countClusters", () => {
  it("counts distinct clusters, one cluster on two lists once", () => {
    expect(countClusters(miniCatalog, { query: ["烟台"] })).toBe(2);
    expect(countClusters(miniCatalog, { query: ["烟台"], level: ["省级"] })).toBe(2);
    expect(countClusters(miniCatalog, { query: ["烟台"], level: ["国家级"] })).toBe(1);
  });
  it("counts a joint cluster for each city it spans", () => {
    expect(countClusters(miniCatalog, { query: ["威海"] })).toBe(1);
  });
  it("is the same under every spelling of a city", () => {
    const n = countClusters(catalog, { query: ["烟台"] });
    expect(n).toBeGreaterThan(0);
    expect(countClusters(catalog, { query: ["煙臺"] })).toBe(n);
    expect(countClusters(catalog, { query: ["Yantai"] })).toBe(n);
  });
});

describe("citiesTable", () => {
  it("has the 16 cities, a column per programme and a total", () => {
    const table = citiesTable(catalog, {}, "zh-CN");
    expect(table.rows.length).toBe(16);
    expect(table.header.length).toBe(catalog.dataset.programs.length + 2);
    for (const row of table.rows) for (const n of row.slice(1)) expect(typeof n).toBe("number");
  });
  it("keeps only the programmes of a level", () => {
    const table = citiesTable(catalog, { level: ["national"] }, "en");
    expect(table.header.slice(1, -1)).toEqual(
      catalog.dataset.programs.filter((p) => p.level === "national").map((p) => p.name.en)
    );
  });
  it("agrees with countClusters for every city", () => {
    const table = citiesTable(catalog, {}, "zh-CN");
    for (const row of table.rows)
      expect(row[row.length - 1]).toBe(countClusters(catalog, { query: [String(row[0])] }));
  });
});

describe("clusterValue", () => {
  it("reads fields by id or label", () => {
    expect(clusterValue(catalog, "ns1-jinan-it-services", "city", "zh-CN")).toBe("济南");
    expect(clusterValue(catalog, "ns1-jinan-it-services", "城市", "en")).toBe("Jinan");
    expect(clusterValue(catalog, "ns1-jinan-it-services", "level", "zh-CN")).toBe("国家级");
    expect(clusterValue(catalog, "ns1-jinan-it-services", "batch_number", "zh-CN")).toBe(1);
    expect(clusterValue(catalog, "ns1-jinan-it-services", "batch", "zh-CN")).toBe(
      "第一批（2019年）"
    );
    expect(clusterValue(catalog, "ns1-jinan-it-services", "batch", "en")).toBe("Batch 1 (2019)");
  });
  it("reads a figure as a number, its qualifier and unit beside it", () => {
    expect(clusterValue(catalog, "ns1-jinan-it-services", "hightech-enterprises", "zh-CN")).toBe(
      170
    );
    expect(clusterValue(catalog, "ns1-jinan-it-services", "高新技术企业", "zh-CN")).toBe(170);
    expect(
      clusterValue(catalog, "ns1-jinan-it-services", "hightech-enterprises.qualifier", "zh-CN")
    ).toBe("余");
    expect(
      clusterValue(catalog, "ns1-jinan-it-services", "hightech-enterprises.qualifier", "en")
    ).toBe("over");
    expect(clusterValue(catalog, "ns1-jinan-it-services", "高新技术企业.单位", "zh-CN")).toBe("家");
  });
  it("is blank for a figure the cluster does not have", () => {
    expect(
      clusterValue(catalog, "ns1-qingdao-rail-transit-equipment", "hightech-enterprises", "zh-CN")
    ).toBe("");
  });
});
