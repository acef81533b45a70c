/**
 * The second sync of a refresh, for one table: the writes its plan decided, queued in the order
 * Excel needs them. Cells below are shifted down before the table grows over them; the table is
 * resized (ExcelApi 1.13) before the body is written as one 2-D array; number formats go before
 * values so our text stays text; a user's filter is applied again to the rows as they now are.
 */
import { TEXT_FORMAT, toCellValue } from "./cell-values";
import { headerFormats, type TablePlan } from "./refresh-plan";
import type { ProducedTable, TableSnapshot } from "./refresh-types";
import type { RegistryEntry } from "./registry-format";

export function queueTableWrite(
  context: Excel.RequestContext,
  entry: RegistryEntry,
  snapshot: TableSnapshot,
  plan: TablePlan,
  produced: ProducedTable
): void {
  const sheet = context.workbook.worksheets.getItem(snapshot.sheetId);
  const table = context.workbook.tables.getItem(snapshot.id);
  const { top, left, width, oldRows, newRows } = plan;
  if (plan.shiftDown > 0)
    sheet
      .getRangeByIndexes(top + 1 + oldRows, left, plan.shiftDown, width)
      .insert(Excel.InsertShiftDirection.down);
  const whole = sheet.getRangeByIndexes(top, left, newRows + 1, width);
  if (newRows !== oldRows) table.resize(whole);
  if (plan.clearRows > 0) {
    const vacated = sheet.getRangeByIndexes(top + 1 + newRows, left, plan.clearRows, width);
    vacated.clear(Excel.ClearApplyTo.all);
    // A filter hides whole sheet rows; rows the table leaves must not stay hidden outside it.
    if (plan.reapplyFilter) vacated.rowHidden = false;
  }

  // null leaves a cell as it is: the user's headers and the user's number formats.
  const header = sheet.getRangeByIndexes(top, left, 1, width);
  header.numberFormat = [headerFormats(plan)] as string[][];
  header.values = [plan.header] as string[][];
  const body = sheet.getRangeByIndexes(top + 1, left, newRows, width);
  body.numberFormat = plan.formats as string[][];
  body.formulas = plan.body as (string | number | boolean)[][];

  if (plan.writeNote) {
    const note = sheet.getRangeByIndexes(top - 1, left, 1, 1);
    note.numberFormat = [[TEXT_FORMAT]];
    note.values = [[toCellValue(produced.note)]];
  }
  if (plan.reapplyFilter) table.reapplyFilters();
  if (entry.chartName && snapshot.chartFound && newRows !== oldRows)
    sheet.charts.getItem(entry.chartName).setData(whole, Excel.ChartSeriesBy.columns);
}
