import { getCatalog } from "../../src/core/dataset";
import { recordsTable } from "../../src/core/queries";
import { batchesTable } from "../../src/core/listings";
import { BATCH_COLUMNS } from "../../src/taskpane/coverage-view";
import {
  chartContent,
  citedSources,
  comparisonLayout,
  noteText,
  produceContent,
  requestFilter,
  summaryView,
  tableRequest,
} from "../../src/taskpane/insert-model";
import { applyFilter, EMPTY_FILTER } from "../../src/taskpane/browse-model";

const catalog = getCatalog();
const jinan = catalog.clusters.get("ns1-jinan-it-services")!;

describe("recordsTable, as the pane uses it for its records", () => {
  test("uses core's field labels in the header language and its values per record", () => {
    const zh = recordsTable(catalog, [jinan], ["id", "name", "city"], "zh-CN");
    expect(zh).toEqual({
      header: ["编号", "名称", "城市"],
      rows: [["ns1-jinan-it-services", jinan.name.zh, "济南"]],
    });
    const en = recordsTable(catalog, [jinan], ["id", "city"], "en");
    expect(en).toEqual({ header: ["ID", "City"], rows: [["ns1-jinan-it-services", "Jinan"]] });
  });

  test("no field chosen means core's default columns", () => {
    expect(recordsTable(catalog, [], [], "zh-CN").header[0]).toBe("编号");
  });
});

test("noteText names the dataset version, its date and the cited sources", () => {
  const note = noteText(catalog, citedSources([jinan]), "en");
  expect(note).toContain(catalog.dataset.version);
  expect(note).toContain(catalog.dataset.updated);
  for (const source of jinan.sources) expect(note).toContain(source);
  expect(noteText(catalog, [], "zh-CN")).toMatch(/^齐鲁产业集群 数据版本/);
});

test("citedSources lists each source once", () => {
  const all = citedSources(catalog.dataset.clusters);
  expect(new Set(all).size).toBe(all.length);
});

describe("the request an inserted table records", () => {
  const filter = {
    ...EMPTY_FILTER,
    search: " 煙臺 ",
    level: "provincial" as const,
    batch: "provincial-strategic-emerging#1",
  };

  test("keeps every filter of the pane, so a refresh does not widen the table", () => {
    expect(tableRequest("clusters", filter, ["id"])).toEqual({
      view: "clusters",
      query: "煙臺",
      level: "provincial",
      kind: "",
      city: "",
      batch: "provincial-strategic-emerging#1",
      industry: "",
      fields: ["id"],
    });
    expect(summaryView("industry")).toBe("summary-by-industry");
  });

  test("produces again exactly what was inserted", () => {
    const request = tableRequest("clusters", filter, ["id", "name"]);
    const inserted = recordsTable(
      catalog,
      applyFilter(catalog, filter).clusters,
      ["id", "name"],
      "zh-CN"
    );
    expect(produceContent(catalog, request, "zh-CN")).toEqual(inserted);
    expect(inserted.rows.length).toBeGreaterThan(0);
    expect(inserted.rows.every(([id]) => String(id).startsWith("ps1-yantai"))).toBe(true);
  });

  test("produces a chart's summary from its request", () => {
    const request = tableRequest(
      "summary-by-city",
      { ...EMPTY_FILTER, kind: "future-industry" },
      []
    );
    const all = applyFilter(catalog, { ...EMPTY_FILTER, kind: "future-industry" }).clusters;
    expect(produceContent(catalog, request, "en")).toEqual(
      chartContent(catalog, all, "city", "en").table
    );
  });

  test("reads entries recorded without the narrowing filters as unfiltered", () => {
    const old = { view: "clusters" as const, query: "青岛", level: "", kind: "", fields: ["id"] };
    expect(requestFilter(old)).toEqual({ ...EMPTY_FILTER, search: "青岛" });
  });
});

test("chartContent titles the chart by what it counts", () => {
  const { table, title } = chartContent(catalog, [jinan], "city", "en");
  expect(table.rows).toEqual([["Jinan", 1]]);
  expect(title).toBe("Industrial clusters by city");
});

describe("comparisonLayout", () => {
  test("has every city down and every programme across, with the words SD.COUNT reads", () => {
    const layout = comparisonLayout(catalog, { level: "", kind: "" }, "zh-CN");
    expect(layout.rows.map((r) => r.label)).toEqual(catalog.dataset.cities.map((c) => c.short));
    expect(layout.columns).toHaveLength(catalog.dataset.programs.length);
    expect(layout.columns[0]).toEqual({
      label: "国家级战略性新兴产业集群",
      level: "国家级",
      kind: "战略性新兴产业集群",
    });
  });

  test("keeps only the programmes the level and kind filters allow", () => {
    const layout = comparisonLayout(catalog, { level: "provincial", kind: "" }, "en");
    expect(layout.columns.length).toBeGreaterThan(0);
    expect(layout.columns.every((c) => c.level === "Provincial")).toBe(true);
    expect(layout.rowHeader).toBe("City");
  });
});

test("the coverage view reads SD.BATCHES by the columns it names", () => {
  const header = batchesTable(catalog, "en").header;
  expect(header[BATCH_COLUMNS.programme]).toBe("Programme");
  expect(header[BATCH_COLUMNS.batch]).toBe("Batch label");
  expect(header[BATCH_COLUMNS.shandong]).toBe("Shandong (stated)");
  expect(header[BATCH_COLUMNS.shandongQualifier]).toBe("Shandong qualifier");
  expect(header[BATCH_COLUMNS.nationwide]).toBe("Nationwide (stated)");
  expect(header[BATCH_COLUMNS.nationwideQualifier]).toBe("Nationwide qualifier");
  expect(header[BATCH_COLUMNS.named]).toBe("Named in dataset");
});
