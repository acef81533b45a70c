import { installFakeExcel } from "../support/fake-excel";
import { insertTable } from "../../src/excel/insert-table";
import { toFilledMap } from "../../src/excel/map-chart";
import { emptyRegistry } from "../../src/excel/registry-format";

type Fake = ReturnType<typeof installFakeExcel>;
let fake: Fake;
afterEach(() => fake.uninstall());

async function insertCityTable() {
  return insertTable({
    content: {
      header: ["城市", "集群数（不重复）"],
      rows: [
        ["烟台", 10],
        ["青岛", 22],
      ],
    },
    request: { view: "summary-by-city", query: "", level: "", kind: "", fields: [] },
    lang: "zh-CN",
    version: "2026.11.0",
    note: "note",
    placement: { kind: "new-sheet", sheetName: "集群地图" },
    registry: { partId: null, registry: emptyRegistry() },
    chart: { title: "产业集群数量（城市）" },
  });
}

const chartTypes = () =>
  fake.workbook.sheets.flatMap((s) => s.charts.map((c) => [s.name, c.name, c.chartType]));

test("with ExcelApi 1.9 the inserted column chart becomes a filled map, in one more sync", async () => {
  fake = installFakeExcel();
  const { entry } = await insertCityTable();
  const before = fake.log.syncCount;
  expect(await toFilledMap(entry.sheetName, entry.chartName!, { isSetSupported: () => true })).toBe(
    "filled-map"
  );
  expect(fake.log.syncCount - before).toBe(1);
  expect(chartTypes()).toEqual([["集群地图", entry.chartName, "RegionMap"]]);
});

test("without ExcelApi 1.9 the column chart stays and nothing is sent", async () => {
  fake = installFakeExcel({ supportedSets: { ExcelApi: "1.8" } });
  const { entry } = await insertCityTable();
  const before = fake.log.syncCount;
  const host = { isSetSupported: (name: string, v?: string) => name === "ExcelApi" && v !== "1.9" };
  expect(await toFilledMap(entry.sheetName, entry.chartName!, host)).toBe("column");
  expect(fake.log.syncCount).toBe(before);
  expect(chartTypes()).toEqual([["集群地图", entry.chartName, "ColumnClustered"]]);
});

test("where Excel refuses the change (the chart is gone) the outcome is the column chart", async () => {
  fake = installFakeExcel();
  const { entry } = await insertCityTable();
  expect(await toFilledMap(entry.sheetName, "no such chart", { isSetSupported: () => true })).toBe(
    "column"
  );
  expect(chartTypes()).toEqual([["集群地图", entry.chartName, "ColumnClustered"]]);
});

test("without a host given, the add-in's own Office requirements decide", async () => {
  fake = installFakeExcel({ supportedSets: { ExcelApi: "1.8" } });
  const { entry } = await insertCityTable();
  expect(await toFilledMap(entry.sheetName, entry.chartName!)).toBe("column");
  expect(chartTypes()).toEqual([["集群地图", entry.chartName, "ColumnClustered"]]);
  fake.uninstall();
  fake = installFakeExcel({ supportedSets: { ExcelApi: "1.9" } });
  const second = await insertCityTable();
  expect(await toFilledMap(second.entry.sheetName, second.entry.chartName!)).toBe("filled-map");
  expect(chartTypes()).toEqual([["集群地图", second.entry.chartName, "RegionMap"]]);
});
