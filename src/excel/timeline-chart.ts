/**
 * Makes the column chart an insert put on the timeline table a stacked one (a column per year,
 * stacked by programme). One sync of its own after the insert; if Excel refuses it, nothing of
 * it applies and the table keeps its clustered column chart (the safe path). A refresh keeps the
 * type: it only points the chart at the table's rows again (setData).
 */

export type TimelineChartOutcome = "stacked" | "clustered";

export async function toStackedColumns(
  sheetName: string,
  chartName: string
): Promise<TimelineChartOutcome> {
  try {
    await Excel.run(async (context) => {
      const chart = context.workbook.worksheets.getItem(sheetName).charts.getItem(chartName);
      chart.chartType = Excel.ChartType.columnStacked;
      await context.sync();
    });
    return "stacked";
  } catch {
    return "clustered";
  }
}
