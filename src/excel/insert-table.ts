/**
 * Inserts a result table as a native Excel Table, with a note of dataset version and sources
 * in the row above it, optionally with a chart on it, and records it in the workbook registry.
 *
 * Two syncs whatever the row count: one read (names in use, and whether the target cells are
 * empty), one write (every value as one 2-D array, formats, the table, the chart, the registry).
 * Nothing is written over a cell that holds anything: the read stops with OccupiedTargetError.
 */
import { columnFormats, formatGrid, toCellValue, toValueGrid, TEXT_FORMAT, type Cell } from "./cell-values";
import { OccupiedTargetError, TooLargeError } from "./errors";
import { queueRegistryWrite, type LoadedRegistry } from "./registry";
import { nextEntryId, type Language, type RegistryEntry, type TableQuery } from "./registry-format";
import { columnLetter, qualifiedAddress, uniqueName, uniqueSheetName } from "./names";

export interface TableContent {
  header: string[];
  rows: Cell[][];
}

export type Placement = { kind: "selection" } | { kind: "new-sheet"; sheetName: string };

export interface InsertTableOptions {
  content: TableContent;
  /** How to produce the table again on refresh. */
  request: TableQuery;
  lang: Language;
  version: string;
  /** The note written above the table: dataset version, date, sources. */
  note: string;
  placement: Placement;
  /** The registry as loaded when the pane started (or after the last write). */
  registry: LoadedRegistry;
  /** A chart on the inserted table (summary tables). */
  chart?: { title: string };
  /** ISO time of the insert (tests fix it). */
  now?: string;
}

export interface InsertResult {
  registry: LoadedRegistry;
  entry: RegistryEntry;
  /** The table's address, e.g. "Sheet1!B3:F20". */
  address: string;
}

export const TABLE_STYLE = "TableStyleMedium2";
const NOTE_ROWS = 1;
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
/** Excel's InvalidArgument when a range would run past the sheet's last row or column. */
const isOutOfSheet = (e: unknown) => (e as { code?: string }).code === "InvalidArgument";

export async function insertTable(options: InsertTableOptions): Promise<InsertResult> {
  const { content, placement } = options;
  const columnCount = content.header.length;
  const blockRows = NOTE_ROWS + 1 + content.rows.length;
  if (blockRows > MAX_ROWS || columnCount > MAX_COLUMNS) throw new TooLargeError(blockRows, columnCount);

  return Excel.run(async (context) => {
    const workbook = context.workbook;
    const sheets = workbook.worksheets;
    sheets.load("items/name");
    const tables = workbook.tables;
    tables.load("items/name");

    // Read: where the block would go and whether anything is there.
    let anchor: Excel.Range | undefined;
    let block: Excel.Range | undefined;
    let used: Excel.Range | undefined;
    if (placement.kind === "selection") {
      anchor = workbook.getSelectedRange().getCell(0, 0);
      anchor.load("rowIndex,columnIndex");
      anchor.worksheet.load("name");
      block = anchor.getResizedRange(blockRows - 1, columnCount - 1);
      block.load("address");
      used = block.getUsedRangeOrNullObject(true);
      used.load("address");
    }
    try {
      await context.sync();
    } catch (e) {
      if (block && isOutOfSheet(e)) throw new TooLargeError(blockRows, columnCount);
      throw e;
    }
    if (block && used && !used.isNullObject) throw new OccupiedTargetError(block.address, used.address);

    // Write.
    const sheetName =
      placement.kind === "new-sheet"
        ? uniqueSheetName(placement.sheetName, sheets.items.map((s) => s.name))
        : anchor!.worksheet.name;
    const sheet = placement.kind === "new-sheet" ? sheets.add(sheetName) : anchor!.worksheet;
    const top = anchor ? anchor.rowIndex : 0;
    const left = anchor ? anchor.columnIndex : 0;
    const tableRange = sheet.getRangeByIndexes(top + NOTE_ROWS, left, content.rows.length + 1, columnCount);
    const entryId = nextEntryId(options.registry.registry);
    const tableName = uniqueName(`SD_${entryId.replace("-", "")}`, tables.items.map((t) => t.name));

    // The table first: if Excel refuses it (it would overlap another table), nothing else has been written.
    const table = sheet.tables.add(tableRange, true);
    table.name = tableName;
    table.style = TABLE_STYLE;
    const formats = [
      content.header.map(() => TEXT_FORMAT),
      ...formatGrid(columnFormats(content.rows, columnCount), content.rows.length),
    ];
    tableRange.numberFormat = formats;
    tableRange.values = toValueGrid(content.header, content.rows);
    const note = sheet.getRangeByIndexes(top, left, 1, 1);
    note.numberFormat = [[TEXT_FORMAT]];
    note.values = [[toCellValue(options.note)]];
    note.format.font.italic = true;
    note.format.font.color = "#595959";
    tableRange.format.autofitColumns();
    let chartName: string | undefined;
    if (options.chart) {
      const chart = sheet.charts.add(Excel.ChartType.columnClustered, tableRange, Excel.ChartSeriesBy.columns);
      chartName = `${tableName}_chart`;
      chart.name = chartName;
      chart.title.text = options.chart.title;
      const beside = sheet.getRangeByIndexes(top, left + columnCount + 1, 1, 1);
      chart.setPosition(beside);
    }
    if (placement.kind === "new-sheet") sheet.activate();

    const now = options.now ?? new Date().toISOString();
    const entry: RegistryEntry = {
      id: entryId,
      type: options.chart ? "chart" : "table",
      tableName,
      sheetName,
      noteAddress: qualifiedAddress(sheetName, `${columnLetter(left)}${top + 1}`),
      request: options.request,
      lang: options.lang,
      version: options.version,
      insertedAt: now,
      refreshedAt: now,
      columns: content.header.slice(),
      ...(chartName ? { chartName } : {}),
    };
    const registry = { ...options.registry.registry, entries: [...options.registry.registry.entries, entry] };
    const stored = queueRegistryWrite(context, options.registry, registry);
    await context.sync();

    const address = qualifiedAddress(
      sheetName,
      `${columnLetter(left)}${top + NOTE_ROWS + 1}:${columnLetter(left + columnCount - 1)}${top + NOTE_ROWS + 1 + content.rows.length}`
    );
    return { registry: stored(), entry, address };
  });
}
