/**
 * Makes Excel evaluate the workbook's SD.* formulas again after the dataset changed.
 *
 * Calculate Now does not re-run non-volatile custom functions (OfficeDev/office-js#1462);
 * entering a formula again does. The formula cells are found per band of rows of each sheet's
 * used range (getSpecialCellsOrNullObject("Formulas"), ExcelApi 1.9), sized so that a band's
 * formulas stay under 4 MB (a band the host still refuses for its size is read again in halves,
 * and later bands are sized by the bytes per cell seen so far). Only the SD formulas found are
 * written back, one row run at a time, in batches of at most 4 MB; protected sheets are skipped.
 * Syncs: F + W, F = bands read (about formula bytes / 4 MB, at least 1), W = SD formula bytes /
 * 4 MB rounded up (0 where there are none).
 *
 * Cells a dynamic array spilled into hold no formula of their own (only the anchor does; read
 * through `formulas` they give their value), so they are never written.
 */
import { BUDGET, isPayloadLimit, jsonBytes, runsWithin } from "./payload";

/** A formula that calls a function of our namespace (SD.COUNT, sd.clusters…). */
export function isSdFormula(value: unknown): value is string {
  return typeof value === "string" && value.startsWith("=") && /(^|[^\w.])SD\./i.test(value);
}

export interface QueuedSheets {
  sheets: Excel.WorksheetCollection;
  used: Excel.Range[];
}

/** Queues, in the caller's batch, what the search needs: every sheet, its used range, protection. */
export function queueSheetScan(context: Excel.RequestContext): QueuedSheets {
  const sheets = context.workbook.worksheets;
  sheets.load("items/id,items/protection/protected");
  return { sheets, used: [] };
}

interface Band {
  sheetId: string;
  row: number;
  rows: number;
  column: number;
  columns: number;
}

interface SdCell {
  sheetId: string;
  row: number;
  column: number;
  formula: string;
}

const START_BYTES_PER_CELL = 16;

/** After the caller's sync: finds and re-enters every SD formula. Returns how many were written. */
export async function reenterSdFormulas(
  context: Excel.RequestContext,
  queued: QueuedSheets,
  budget = BUDGET
): Promise<number> {
  const open = queued.sheets.items.filter((s) => !s.protection.protected);
  const used = open.map((s) => {
    const u = s.getUsedRangeOrNullObject(false);
    u.load("rowIndex,rowCount,columnIndex,columnCount");
    return { id: s.id, u };
  });
  await context.sync();
  let perCell = START_BYTES_PER_CELL;
  const rowsFor = (columns: number) => Math.max(1, Math.floor(budget / (columns * perCell)));
  const pending: Band[] = [];
  for (const { id, u } of used) {
    if (u.isNullObject) continue;
    pending.push({
      sheetId: id,
      row: u.rowIndex,
      rows: u.rowCount,
      column: u.columnIndex,
      columns: u.columnCount,
    });
  }
  const found: SdCell[] = [];
  while (pending.length > 0) {
    // One band per sync, as large as the bytes per cell seen so far allow.
    const whole = pending.shift()!;
    const take = Math.min(whole.rows, rowsFor(whole.columns));
    const band = { ...whole, rows: take };
    if (take < whole.rows)
      pending.unshift({ ...whole, row: whole.row + take, rows: whole.rows - take });
    const areas = context.workbook.worksheets
      .getItem(band.sheetId)
      .getRangeByIndexes(band.row, band.column, band.rows, band.columns)
      .getSpecialCellsOrNullObject(Excel.SpecialCellType.formulas);
    areas.areas.load("items/formulas,items/rowIndex,items/columnIndex");
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadLimit(error) || band.rows === 1) throw error;
      perCell *= 2;
      // Read again, smaller: the whole band goes back in place of the part and its rest.
      if (take < whole.rows) pending.shift();
      pending.unshift(whole);
      continue;
    }
    if (areas.isNullObject) continue;
    let bytes = 0;
    let cells = 0;
    for (const area of areas.areas.items) {
      bytes += jsonBytes(area.formulas);
      area.formulas.forEach((line, r) =>
        line.forEach((f, c) => {
          cells += 1;
          if (isSdFormula(f))
            found.push({
              sheetId: band.sheetId,
              row: area.rowIndex + r,
              column: area.columnIndex + c,
              formula: f,
            });
        })
      );
    }
    // Bytes per cell of the band as a whole (its formula cells over all its cells), with room.
    if (cells > 0)
      perCell = Math.max(START_BYTES_PER_CELL, Math.ceil((2 * bytes) / (band.rows * band.columns)));
  }
  // Runs of neighbouring SD formulas in one row are written as one range.
  const runsOf: SdCell[][] = [];
  for (const cell of found) {
    const last = runsOf[runsOf.length - 1];
    const prev = last?.[last.length - 1];
    if (
      prev &&
      prev.sheetId === cell.sheetId &&
      prev.row === cell.row &&
      prev.column + 1 === cell.column
    )
      last.push(cell);
    else runsOf.push([cell]);
  }
  const batches = runsWithin(
    runsOf.length,
    (i) => jsonBytes(runsOf[i].map((c) => c.formula)) + 64,
    budget
  );
  for (const batch of batches) {
    for (const run of runsOf.slice(batch.start, batch.end))
      context.workbook.worksheets
        .getItem(run[0].sheetId)
        .getRangeByIndexes(run[0].row, run[0].column, 1, run.length).formulas = [
        run.map((c) => c.formula),
      ];
    await context.sync();
  }
  return found.length;
}
