/**
 * Turns the column chart an insert put on a city table into Excel's filled map (chart type
 * RegionMap) where the host can draw one, and leaves the column chart where it cannot.
 *
 * RegionMap needs ExcelApi 1.9 (Excel on the web, Microsoft 365 and Excel 2019 or later on
 * Windows and Mac) and Excel's online map service, which draws only the regions it can
 * geocode; Microsoft documents neither which Chinese prefecture-level cities it knows nor how a
 * host without the service answers. So the change is one sync of its own after the insert: if
 * Excel refuses it, nothing of it applies and the table keeps its column chart (the safe path).
 */

export const MAP_REQUIREMENT = { name: "ExcelApi", version: "1.9" } as const;

export type MapChartOutcome = "filled-map" | "column";

interface RequirementHost {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export async function toFilledMap(
  sheetName: string,
  chartName: string,
  host: RequirementHost = Office.context.requirements
): Promise<MapChartOutcome> {
  if (!host.isSetSupported(MAP_REQUIREMENT.name, MAP_REQUIREMENT.version)) return "column";
  try {
    await Excel.run(async (context) => {
      const chart = context.workbook.worksheets.getItem(sheetName).charts.getItem(chartName);
      chart.chartType = "RegionMap";
      await context.sync();
    });
    return "filled-map";
  } catch {
    return "column";
  }
}
