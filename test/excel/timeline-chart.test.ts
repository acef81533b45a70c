import "../support/dom-parser";
/**
 * The timeline inserted into Excel (as the Overview tab does it): the years × programmes table
 * with its year-unknown row on a new sheet, its chart made a stacked column chart; the registry
 * records the "timeline" view, so Refresh rewrites the counts after the dataset changes.
 */
import { installFakeExcel } from "../support/fake-excel";
import { buildCatalog, type Catalog } from "../../src/core/catalog";
import { getCatalog } from "../../src/core/dataset";
import { insertTable } from "../../src/excel/insert-table";
import { loadRegistry } from "../../src/excel/registry";
import { emptyRegistry } from "../../src/excel/registry-format";
import { refreshTables } from "../../src/excel/refresh";
import { toStackedColumns } from "../../src/excel/timeline-chart";
import {
  citedSources,
  noteText,
  producedTable,
  tableRequest,
} from "../../src/taskpane/insert-model";
import { timelineTable } from "../../src/taskpane/timeline-table";

type Fake = ReturnType<typeof installFakeExcel>;
let fake: Fake;
afterEach(() => fake.uninstall());

const filter = { search: "", city: "", level: "", kind: "", batch: "", industry: "" } as const;
const request = tableRequest("timeline", filter, []);

/** A record's date as the dataset gives it: its own, its batch's, else the batch's notice. */
function dateOf(catalog: Catalog, cluster: Catalog["dataset"]["clusters"][number]) {
  const batch = catalog.programs
    .get(cluster.program)
    ?.batches.find((b) => b.number === cluster.batch);
  return cluster.announced ?? batch?.announced ?? batch?.noticeDate;
}

async function insertTimeline(catalog: Catalog) {
  const clusters = catalog.dataset.clusters;
  return insertTable({
    content: timelineTable(catalog, clusters, request, "zh-CN"),
    request,
    lang: "zh-CN",
    version: catalog.dataset.version,
    note: noteText(catalog, citedSources(clusters), "zh-CN"),
    placement: { kind: "new-sheet", sheetName: "历年认定" },
    registry: { partId: null, registry: emptyRegistry() },
    chart: { title: "历年认定次数" },
  });
}

/** The table's cells as the sheet holds them, header first. */
const tableCells = (address: string) => fake.workbook.values(address) as (string | number)[][];

test("the table lists every year, then the year unknown, a column per programme; the chart is stacked", async () => {
  fake = installFakeExcel();
  const catalog = getCatalog();
  const { entry, address } = await insertTimeline(catalog);
  const cells = tableCells(address);
  // Oracle: the dataset's own dates, counted here without core's timeline.
  const years = new Set<string>();
  for (const cluster of catalog.dataset.clusters) {
    const date = dateOf(catalog, cluster);
    if (date) years.add(date.slice(0, 4));
  }
  expect(cells[0]).toEqual(["年份", ...catalog.dataset.programs.map((p) => p.name.zh)]);
  expect(cells.slice(1).map((row) => row[0])).toEqual([...[...years].sort(), "年份不详"]);
  const counted = cells
    .slice(1)
    .reduce((sum, row) => sum + row.slice(1).reduce<number>((a, n) => a + Number(n), 0), 0);
  expect(counted).toBe(catalog.dataset.clusters.length);

  const before = fake.log.syncCount;
  expect(await toStackedColumns(entry.sheetName, entry.chartName!)).toBe("stacked");
  expect(fake.log.syncCount - before).toBe(1);
  const chart = fake.workbook.sheets.flatMap((s) => s.charts)[0];
  expect(chart.chartType).toBe("ColumnStacked");
});

test("where Excel refuses the change (the chart is gone) the chart stays clustered", async () => {
  fake = installFakeExcel();
  const { entry } = await insertTimeline(getCatalog());
  expect(await toStackedColumns(entry.sheetName, "no such chart")).toBe("clustered");
  expect(fake.workbook.sheets.flatMap((s) => s.charts)[0].chartType).toBe("ColumnClustered");
});

test("after the dataset changes, Refresh rewrites the counts, the year-unknown row last, and keeps the stacked chart on all rows", async () => {
  fake = installFakeExcel();
  const catalog = getCatalog();
  const { entry, address } = await insertTimeline(catalog);
  const before = tableCells(address);
  await toStackedColumns(entry.sheetName, entry.chartName!);

  // The newer dataset: a recognition of unknown year gets its announcement date (an earlier
  // year's), and another is announced again with a later date.
  const dataset = structuredClone(catalog.dataset);
  dataset.version = "2099.1.0";
  const undated = dataset.clusters.findIndex((c) => dateOf(catalog, c) === undefined);
  expect(undated).toBeGreaterThanOrEqual(0);
  const years = timelineTable(catalog, catalog.dataset.clusters, request, "zh-CN").rows.map((row) =>
    String(row[0])
  );
  dataset.clusters[undated].announced = `${years[0]}-06-01`;
  const moved = dataset.clusters.findIndex(
    (c, i) => i !== undated && dateOf(catalog, c)?.startsWith(years[0])
  );
  dataset.clusters[moved].announced = `${years[years.length - 2]}-06-01`;
  const newer = buildCatalog(dataset);

  // The registry as the workbook stores it, read back: the view survives its format.
  const registry = await loadRegistry();
  expect(registry.registry.entries[0].request.view).toBe("timeline");
  const report = await refreshTables({
    registry,
    produce: (req, lang) => producedTable(newer, req, lang),
    datasetVersion: dataset.version,
  });
  const [outcome] = report.outcomes;
  if (outcome.status !== "refreshed" || !("address" in outcome))
    throw new Error(JSON.stringify(outcome));

  const cells = tableCells(outcome.address);
  const expected = timelineTable(newer, newer.dataset.clusters, request, "zh-CN");
  expect(cells).toEqual([expected.header, ...expected.rows]);
  expect(cells).not.toEqual(before);
  expect(cells[cells.length - 1][0]).toBe("年份不详");
  const chart = fake.workbook.sheets.flatMap((s) => s.charts)[0];
  expect(chart.chartType).toBe("ColumnStacked");
  expect(chart.sourceAddress).toBe(outcome.address);
});
