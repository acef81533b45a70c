/**
 * The first sync of a refresh: everything it must know of every tracked table, queued at once,
 * each through …OrNullObject so that one missing table fails nothing. A table is looked up by
 * Excel's id where the registry has it (it survives renames), else by name; its sheet by id or
 * name too, which tells "the sheet was deleted" from "the table was deleted".
 */
import { columnLetter } from "./names";
import type { RegistryEntry } from "./registry-format";
import type { ReadCell, RefreshFault, TableSnapshot } from "./refresh-types";

export interface QueuedTableRead {
  entry: RegistryEntry;
  table: Excel.Table;
  sheet: Excel.Worksheet | null;
  worksheet: Excel.Worksheet;
  range: Excel.Range;
  header: Excel.Range;
  body: Excel.Range;
  below: Excel.Range;
  acrossBelow: Excel.TableScopedCollection;
  insideBelow: Excel.TableScopedCollection;
  filter: Excel.AutoFilter;
  note: Excel.Range | null;
  chart: Excel.Chart | null;
}

/** "Sheet1!B2" → "B2"; "'My sheet'!B2" → "B2". */
const localAddress = (address: string) => address.slice(address.lastIndexOf("!") + 1);

function queueSheet(context: Excel.RequestContext, entry: RegistryEntry): Excel.Worksheet | null {
  const key = entry.sheetId || entry.sheetName;
  if (!key) return null;
  const sheet = context.workbook.worksheets.getItemOrNullObject(key);
  sheet.load("name,id");
  return sheet;
}

/**
 * Queues the reads of one table entry. `growthRows` bounds how far the table can grow: the rows
 * below it that far are checked for content, and the tables a shift down would cut are listed.
 */
export function queueTableRead(
  context: Excel.RequestContext,
  entry: RegistryEntry,
  growthRows: number
): QueuedTableRead {
  const table = context.workbook.tables.getItemOrNullObject(entry.tableId || entry.tableName);
  // Navigation properties (a proxy, not a loaded value), which the lint rule takes for reads.
  // eslint-disable-next-line office-addins/call-sync-before-read
  const worksheet = table.worksheet;
  worksheet.load("name,id");
  const range = table.getRange();
  range.load("address,rowIndex,columnIndex");
  const header = table.getHeaderRowRange();
  header.load("values");
  const body = table.getDataBodyRange();
  body.load("formulas");
  const below = range.getRowsBelow(growthRows).getUsedRangeOrNullObject(true);
  below.load("address,rowIndex");
  // From the table's last row to the sheet's end, in its columns: where a shift down moves cells.
  const lastRow = range.getLastRow();
  const band = lastRow.getBoundingRect(lastRow.getEntireColumn().getLastRow());
  const acrossBelow = band.getTables(false);
  acrossBelow.load("items/name");
  const insideBelow = band.getTables(true);
  insideBelow.load("items/name");
  // eslint-disable-next-line office-addins/call-sync-before-read
  const filter = table.autoFilter;
  filter.load("isDataFiltered");
  table.load("name,id");
  const noteAt = localAddress(entry.noteAddress);
  const note = noteAt ? worksheet.getRange(noteAt) : null;
  note?.load("values,address");
  const chart = entry.chartName ? worksheet.charts.getItemOrNullObject(entry.chartName) : null;
  chart?.load("name");
  return {
    entry,
    table,
    sheet: queueSheet(context, entry),
    worksheet,
    range,
    header,
    body,
    below,
    acrossBelow,
    insideBelow,
    filter,
    note,
    chart,
  };
}

/** After the sync: the table as found, or why it cannot be refreshed. */
export function tableSnapshot(read: QueuedTableRead): TableSnapshot | RefreshFault {
  const { entry, table, sheet } = read;
  if (table.isNullObject) {
    const sheetName = entry.sheetName;
    const tableName = entry.tableName;
    if (!sheet || sheet.isNullObject) return { kind: "sheet-deleted", sheetName, tableName };
    return entry.tableId
      ? { kind: "table-deleted", tableName, sheetName: sheet.name }
      : { kind: "table-not-found", tableName, sheetName: sheet.name };
  }
  const top = read.range.rowIndex;
  const left = read.range.columnIndex;
  // Our own table crosses the band (its last row is in it) but does not lie inside it.
  const inside = new Set(read.insideBelow.items.map((t) => t.name));
  const across = read.acrossBelow.items
    .map((t) => t.name)
    .filter((name) => name !== table.name && !inside.has(name));
  const noteInPlace =
    read.note !== null &&
    top > 0 &&
    localAddress(read.note.address) === `${columnLetter(left)}${top}`;
  return {
    name: table.name,
    id: table.id,
    sheetName: read.worksheet.name,
    sheetId: read.worksheet.id,
    top,
    left,
    header: (read.header.values[0] ?? []).map((v) => String(v)),
    body: read.body.formulas as ReadCell[][],
    usedBelow: read.below.isNullObject
      ? null
      : { row: read.below.rowIndex, address: read.below.address },
    tablesAcrossBelow: across,
    filtered: read.filter.isDataFiltered,
    note: noteInPlace && read.note ? { value: read.note.values[0][0] as ReadCell } : null,
    chartFound: read.chart !== null && !read.chart.isNullObject,
  };
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
  return { entry, sheet, note };
}

/** Our note may be rewritten where the cell is empty or still names the version we wrote. */
export function isOurNote(value: unknown, version: string): boolean {
  return value === "" || (version !== "" && String(value ?? "").includes(version));
}
