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
import { CELL_BUDGET, isPayloadLimit, jsonBytes, runsWithin } from "./payload";

/** A formula that calls a function of our namespace (SD.COUNT, sd.clusters…); `=` comes first. */
export function isSdFormula(value: unknown): value is string {
  return typeof value === "string" && value.startsWith("=") && /[^\w.]SD\./i.test(value);
}

export interface QueuedSheets {
  sheets: Excel.WorksheetCollection;
}

/** Queues, in the caller's batch, what the search needs: every sheet, its used range, protection. */
export function queueSheetScan(context: Excel.RequestContext): QueuedSheets {
  const sheets = context.workbook.worksheets;
  sheets.load("items/id,items/protection/protected");
  return { sheets };
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

/** First guess of a formula's bytes per cell of a used range; then twice what was seen, at least the floor. */
const START_BYTES_PER_CELL = 48;
const MIN_BYTES_PER_CELL = 0.5;

/** After the caller's sync: finds and re-enters every SD formula. Returns how many were written. */
export async function reenterSdFormulas(
  context: Excel.RequestContext,
  queued: QueuedSheets,
  budget = CELL_BUDGET
): Promise<number> {
  const open = queued.sheets.items.filter((s) => !s.protection.protected);
  const used = open.map((s) => {
    const u = s.getUsedRangeOrNullObject(false);
    u.load("rowIndex,rowCount,columnIndex,columnCount");
    return { id: s.id, u };
  });
  await context.sync();
  let perCell = START_BYTES_PER_CELL;
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
  // The first batch is read at a quarter of the budget, so a guess four times too low still fits;
  // later ones are sized from what was seen.
  let room = budget / 4;
  // The most a batch may be estimated at: a refused one shows the host's limit lies below it.
  let cap = budget;
  while (pending.length > 0) {
    // Bands of as many rows as the bytes per cell seen so far allow, several sheets per sync.
    const taken: { band: Band; areas: Excel.RangeAreas }[] = [];
    let left = room;
    // A batch's first band is always taken (the room starts positive); once the room is spent,
    // the next band no longer fits and the batch closes.
    while (pending.length > 0) {
      const whole = pending[0];
      const rows = Math.min(whole.rows, Math.max(1, Math.floor(left / (whole.columns * perCell))));
      if (taken.length > 0 && rows * whole.columns * perCell > left) break;
      const band = { ...whole, rows };
      if (rows < whole.rows)
        pending[0] = { ...whole, row: whole.row + rows, rows: whole.rows - rows };
      else pending.shift();
      left -= rows * whole.columns * perCell;
      const areas = context.workbook.worksheets
        .getItem(band.sheetId)
        .getRangeByIndexes(band.row, band.column, band.rows, band.columns)
        .getSpecialCellsOrNullObject("Formulas");
      areas.areas.load("items/formulas,items/rowIndex,items/columnIndex");
      taken.push({ band, areas });
    }
    try {
      // One sync per batch of at most 4 MB: the count grows with bytes, as it must.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isPayloadLimit(error) || taken.every((t) => t.band.rows === 1)) throw error;
      // Read again in half: the bands go back, and no batch is again estimated at more than
      // half of the refused one, or every later batch would be refused once more.
      cap = (room - left) / 2;
      room = cap;
      pending.unshift(...taken.map((t) => t.band));
      continue;
    }
    room = cap;
    let bytes = 0;
    let cells = 0;
    for (const { band, areas } of taken) {
      cells += band.rows * band.columns;
      if (areas.isNullObject) continue;
      for (const area of areas.areas.items) {
        bytes += jsonBytes(area.formulas);
        area.formulas.forEach((line, r) =>
          line.forEach((f, c) => {
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
    }
    // Bytes per cell of what was read (formula cells over all cells), with room to spare.
    perCell = Math.max(MIN_BYTES_PER_CELL, (2 * bytes) / cells);
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
    // One sync per batch of at most 4 MB: the count grows with bytes, as it must.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  return found.length;
}
