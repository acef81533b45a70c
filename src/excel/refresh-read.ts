/**
 * The reads of a refresh, made before anything is written. First, per entry, what proves the
 * table is the one the add-in inserted (found by Excel's table id, on its sheet, our headers in
 * its header row, our chart by id) and what stops it at once (a protected sheet). Then the cells
 * of our columns and the note above, in batches of at most 4 MB, from which ownership of each row
 * follows (ownership.ts). Every lookup goes through …OrNullObject so that one missing table fails
 * nothing.
 */
import { CELL_BUDGET, isPayloadLimit, jsonBytes } from "./payload";
import type { RegistryEntry } from "./registry-format";
import type { ReadCell, RefreshFault } from "./refresh-types";

export interface QueuedMeta {
  entry: RegistryEntry;
  table: Excel.Table;
  worksheet: Excel.Worksheet;
  protection: Excel.WorksheetProtection;
  sheet: Excel.Worksheet | null;
  range: Excel.Range;
  header: Excel.Range;
  filter: Excel.AutoFilter;
  chart: Excel.Chart | null;
  used: Excel.Range;
}

/** A table that passed the first checks: where it is and where our columns are. */
export interface TableMeta {
  entry: RegistryEntry;
  name: string;
  id: string;
  sheetName: string;
  sheetId: string;
  /** Zero-based row and column of the header row's first cell. */
  top: number;
  left: number;
  width: number;
  /** Body rows, between the header and the totals row. */
  bodyRows: number;
  totals: boolean;
  header: string[];
  /** Per recorded column (entry.columns order), its offset in the table. */
  ours: number[];
  filtered: boolean;
  chartFound: boolean;
  /** Zero-based last row of the sheet that holds anything. */
  usedBottom: number;
}

function queueSheet(context: Excel.RequestContext, entry: RegistryEntry): Excel.Worksheet | null {
  const key = entry.sheetId || entry.sheetName;
  if (!key) return null;
  const sheet = context.workbook.worksheets.getItemOrNullObject(key);
  sheet.load("name,id");
  return sheet;
}

/** Sync 1 for one table entry that records a table id. */
export function queueMeta(context: Excel.RequestContext, entry: RegistryEntry): QueuedMeta {
  const table = context.workbook.tables.getItemOrNullObject(entry.tableId!);
  table.load("name,id,showTotals");
  // Navigation properties (a proxy, not a loaded value), which the lint rule takes for reads.
  // eslint-disable-next-line office-addins/call-sync-before-read
  const worksheet = table.worksheet;
  worksheet.load("name,id");

  const protection = worksheet.protection;
  protection.load("protected");
  const range = table.getRange();
  range.load("rowIndex,columnIndex,rowCount,columnCount");
  const header = table.getHeaderRowRange();
  header.load("values");
  // eslint-disable-next-line office-addins/call-sync-before-read
  const filter = table.autoFilter;
  filter.load("isDataFiltered");
  const chart = entry.chartName ? worksheet.charts.getItemOrNullObject(entry.chartName) : null;
  chart?.load("id");
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,rowCount");
  return {
    entry,
    table,
    worksheet,
    protection,
    sheet: queueSheet(context, entry),
    range,
    header,
    filter,
    chart,
    used,
  };
}

/** After sync 1: the table, or why nothing may be done to it. */
export function tableMeta(read: QueuedMeta): TableMeta | RefreshFault {
  const { entry, table, sheet } = read;
  const tableName = entry.tableName;
  if (table.isNullObject) {
    if (!sheet || sheet.isNullObject)
      return { kind: "sheet-deleted", sheetName: entry.sheetName, tableName };
    return { kind: "table-deleted", tableName, sheetName: sheet.name };
  }
  const sheetName = read.worksheet.name;
  if (entry.sheetId && entry.sheetId !== read.worksheet.id)
    return { kind: "not-ours", tableName: table.name, sheetName, reason: "sheet" };
  const header = (read.header.values[0] ?? []).map((v) => String(v));
  const ours = entry.columns.map((name) => header.indexOf(name));
  const missing = entry.columns.filter(
    (name, i) => ours[i] < 0 || header.lastIndexOf(name) !== ours[i]
  );
  if (entry.columns.length === 0 || missing.length > 0)
    return { kind: "columns-missing", tableName: table.name, missing };
  const chartFound = read.chart !== null && !read.chart.isNullObject;
  if (chartFound && read.chart!.id !== entry.chartId)
    return { kind: "not-ours", tableName: table.name, sheetName, reason: "chart" };
  if (read.protection.protected) return { kind: "protected", tableName: table.name, sheetName };
  const totals = table.showTotals;
  return {
    entry,
    name: table.name,
    id: table.id,
    sheetName,
    sheetId: read.worksheet.id,
    top: read.range.rowIndex,
    left: read.range.columnIndex,
    width: read.range.columnCount,
    bodyRows: read.range.rowCount - 1 - (totals ? 1 : 0),
    totals,
    header,
    ours,
    filtered: read.filter.isDataFiltered,
    chartFound,
    usedBottom: read.used.isNullObject ? 0 : read.used.rowIndex + read.used.rowCount - 1,
  };
}

/** Our columns' cells, row by row (rows[r][k] is recorded column k), and the note above. */
export interface TableCells {
  rows: ReadCell[][];
  /** The note cell's value, or null where it holds a formula or the table is in row 1. */
  note: ReadCell | null;
}

interface Piece {
  meta: TableMeta;
  start: number;
  end: number;
  rowBytes: number;
}

/**
 * Reads our columns of every table, packing row ranges into syncs of at most `budget` bytes by
 * the estimated size of a row; a sync the host still refuses for its size is tried again in
 * halves, fewer to a sync. Syncs: about (bytes read) / budget, at least 1.
 */
export async function readCells(
  context: Excel.RequestContext,
  metas: TableMeta[],
  rowBytes: (meta: TableMeta) => number,
  budget = CELL_BUDGET
): Promise<Map<TableMeta, TableCells>> {
  const out = new Map<TableMeta, TableCells>();
  const pieces: Piece[] = [];
  for (const meta of metas) {
    const bytes = Math.max(1, rowBytes(meta));
    const per = Math.max(1, Math.floor(budget / bytes));
    out.set(meta, { rows: new Array<ReadCell[]>(meta.bodyRows), note: null });
    // The first piece of each table also reads its note, even for a table of no body rows.
    for (let start = 0; start < Math.max(1, meta.bodyRows); start += per)
      pieces.push({ meta, start, end: Math.min(meta.bodyRows, start + per), rowBytes: bytes });
  }
  let queue = pieces;
  while (queue.length > 0) {
    const batch: Piece[] = [];
    let bytes = 0;
    while (queue.length > 0) {
      const next = queue[0];
      const size = (next.end - next.start) * next.rowBytes;
      if (batch.length > 0 && bytes + size > budget) break;
      batch.push(queue.shift()!);
      bytes += size;
    }
    const loads = batch.map((piece) => queuePiece(context, piece));
    try {
      // One sync per batch of at most 4 MB: the count grows with bytes, as it must.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const splittable = batch.some((p) => p.end - p.start > 1) || batch.length > 1;
      if (!isPayloadLimit(error) || !splittable) throw error;
      queue = [...batch.flatMap(halve), ...queue];
      continue;
    }
    loads.forEach((load) => load(out));
  }
  return out;
}

/**
 * A refused piece in halves, each row now expected twice as large: with the old estimate the
 * halves would pack into the same refused batch again, and a refresh would never end.
 */
function halve(piece: Piece): Piece[] {
  const rowBytes = piece.rowBytes * 2;
  if (piece.end - piece.start <= 1) return [{ ...piece, rowBytes }];
  const middle = piece.start + Math.floor((piece.end - piece.start) / 2);
  return [
    { ...piece, end: middle, rowBytes },
    { ...piece, start: middle, rowBytes },
  ];
}

function queuePiece(context: Excel.RequestContext, piece: Piece) {
  const { meta, start, end } = piece;
  const sheet = context.workbook.worksheets.getItem(meta.sheetId);
  const columns =
    end > start
      ? meta.ours.map((offset) => {
          const column = sheet.getRangeByIndexes(
            meta.top + 1 + start,
            meta.left + offset,
            end - start,
            1
          );
          column.load("values");
          return column;
        })
      : [];
  const note =
    start === 0 && meta.top > 0 ? sheet.getRangeByIndexes(meta.top - 1, meta.left, 1, 1) : null;
  note?.load("values,formulas");
  return (out: Map<TableMeta, TableCells>) => {
    const cells = out.get(meta)!;
    for (let r = start; r < end; r++)
      cells.rows[r] = columns.map((column) => column.values[r - start][0] as ReadCell);
    if (note) {
      const value = note.values[0][0] as ReadCell;
      cells.note = note.formulas[0][0] === value ? value : null;
    }
  };
}

/** Bytes a row of our columns is expected to take when read: what the dataset now gives, padded. */
export function expectedRowBytes(rows: unknown[][]): number {
  let largest = 0;
  for (const row of rows) largest = Math.max(largest, jsonBytes(row));
  return Math.ceil(largest * 1.25) + 16;
}

export interface QueuedSheetRead {
  entry: RegistryEntry;
  sheet: Excel.Worksheet | null;
  /** A1, where the comparison sheet's note is. */
  note: Excel.Range | null;
}

/** A comparison sheet: found by id or name, with its note cell. */
export function queueComparisonRead(
  context: Excel.RequestContext,
  entry: RegistryEntry
): QueuedSheetRead {
  const sheet = queueSheet(context, entry);
  const note = sheet ? sheet.getRange("A1") : null;
  note?.load("values");

  sheet?.protection.load("protected");
  return { entry, sheet, note };
}
