/**
 * The writes of a refresh. First every table's row operations, bottom-up within each sheet so
 * that the positions read stay true for each operation: our removed rows deleted and new rows
 * inserted by Excel (cells in the table's columns, or whole rows, as refresh-checks chose), so
 * the user's cells move with their rows and Excel rebases every reference to them. Then our
 * cells only, in batches of at most 4 MB: a user's row or column is never in a written range, or
 * gets null, which Excel documents as "leave the cell as it is".
 */
import { TEXT_FORMAT, toCellValue } from "./cell-values";
import { CELL_BUDGET, jsonBytes } from "./payload";
import { runs, type TablePlan } from "./refresh-plan";
import type { Move } from "./refresh-checks";

export interface PlannedWrite {
  plan: TablePlan;
  move: Move;
  /** Rows the table's header moves by, because tables above it on its sheet grew or shrank. */
  offset: number;
}

const net = (p: TablePlan) => p.added - p.removed.length;
const right = (p: TablePlan) => p.meta.left + p.meta.width;

/** Where each table's header ends up once every table above it on its sheet has moved rows. */
export function offsets(writes: Omit<PlannedWrite, "offset">[]): number[] {
  return writes.map(({ plan: t }) =>
    writes
      .filter(
        ({ plan: p, move }) =>
          p.meta.sheetId === t.meta.sheetId &&
          p.meta.top < t.meta.top &&
          (move === "rows" || (p.meta.left <= t.meta.left && right(p) >= right(t)))
      )
      .reduce((n, w) => n + net(w.plan), 0)
  );
}

/** Queues the row operations of every table (one batch, small whatever the table sizes). */
export function queueRowMoves(context: Excel.RequestContext, writes: PlannedWrite[]): void {
  const order = [...writes].sort((a, b) => b.plan.meta.top - a.plan.meta.top);
  for (const { plan, move } of order) {
    // Stryker disable next-line StringLiteral: a "none" plan adds and removes nothing: no operation
    if (move === "none") continue;
    const { meta } = plan;
    const sheet = context.workbook.worksheets.getItem(meta.sheetId);
    const span = (row: number, count: number) => {
      const cells = sheet.getRangeByIndexes(row, meta.left, count, meta.width);
      return move === "rows" ? cells.getEntireRow() : cells;
    };
    /** The new rows, below the first `above` body rows. */
    const insert = (above: number) => {
      span(meta.top + 1 + above, plan.added).insert(Excel.InsertShiftDirection.down);
      // Rows inserted below a table without a totals row are outside it until it is resized.
      if (!meta.totals)
        context.workbook.tables
          .getItem(meta.id)
          .resize(sheet.getRangeByIndexes(meta.top, meta.left, 1 + above + plan.added, meta.width));
    };
    const kept = meta.bodyRows - plan.removed.length;
    // A table keeps at least one body row (Excel refuses to delete its last): when every row
    // goes, new ones come (else the plan keeps one row blank), and go in below the old ones first.
    const replaced = kept === 0;
    if (replaced) insert(meta.bodyRows);
    for (const [first, count] of runs(plan.removed).reverse())
      span(meta.top + 1 + first, count).delete(Excel.DeleteShiftDirection.up);
    if (plan.added > 0 && !replaced) insert(kept);
  }
}

interface Piece {
  write: PlannedWrite;
  start: number;
  end: number;
  last: boolean;
}

/** Our cells of every table, cut into batches of at most `budget` bytes. */
export function valueBatches(writes: PlannedWrite[], budget = CELL_BUDGET): Piece[][] {
  const batches: Piece[][] = [[]];
  let bytes = 0;
  for (const write of writes) {
    const { values } = write.plan;
    const rowBytes = values.map((row) => jsonBytes(row) + jsonBytes(write.plan.formats));
    let start = 0;
    for (let i = 0; i < values.length; i++) {
      // A row that would take the batch over the budget starts the next one, unless the batch is
      // empty (a row larger than the budget goes alone); a table's first row may be that row.
      if (bytes + rowBytes[i] > budget && bytes > 0) {
        if (i > start) batches[batches.length - 1].push({ write, start, end: i, last: false });
        batches.push([]);
        bytes = 0;
        start = i;
      }
      bytes += rowBytes[i];
    }
    batches[batches.length - 1].push({ write, start, end: values.length, last: true });
  }
  return batches;
}

/** Queues one piece: our columns over its rows; with a table's last piece, header, note, filter, chart. */
export function queuePiece(context: Excel.RequestContext, piece: Piece): void {
  const { plan, offset } = piece.write;
  const { meta } = plan;
  const top = meta.top + offset;
  const sheet = context.workbook.worksheets.getItem(meta.sheetId);
  const count = piece.end - piece.start;
  if (count > 0)
    meta.ours.forEach((at, k) => {
      const rows = plan.values.slice(piece.start, piece.end);
      const column = sheet.getRangeByIndexes(top + 1 + piece.start, meta.left + at, count, 1);
      column.numberFormat = rows.map((row) => [
        row[k] === null ? null : plan.formats[k],
      ]) as string[][];
      column.values = rows.map((row) => [row[k]]) as (string | number | boolean)[][];
    });
  if (!piece.last) return;
  for (const [k, text] of plan.headers) {
    const cell = sheet.getRangeByIndexes(top, meta.left + meta.ours[k], 1, 1);
    cell.numberFormat = [[TEXT_FORMAT]];
    cell.values = [[toCellValue(text)]];
  }
  const note = sheet.getRangeByIndexes(top - 1, meta.left, 1, 1);
  note.numberFormat = [[TEXT_FORMAT]];
  note.values = [[toCellValue(plan.produced.note)]];
  const table = context.workbook.tables.getItem(meta.id);
  // A filter hides whole sheet rows; rows the table left must not stay hidden outside it.
  const left = meta.bodyRows - plan.rows.length;
  if (meta.filtered && left > 0)
    sheet.getRangeByIndexes(top + 1 + plan.rows.length, meta.left, left, 1).rowHidden = false;
  if (meta.filtered) table.reapplyFilters();
  if (meta.chartFound && plan.rows.length !== meta.bodyRows)
    sheet.charts
      .getItem(meta.entry.chartName!)
      .setData(
        sheet.getRangeByIndexes(top, meta.left, 1 + plan.rows.length, meta.width),
        Excel.ChartSeriesBy.columns
      );
}
