/**
 * Inserts a result table as a native Excel Table, with a note of dataset version and sources
 * in the row above it, optionally with a chart on it, and records it in the workbook registry.
 *
 * Syncs: 2 + C. One read first (names in use, and whether the target cells are empty); then C
 * writes of the rows, each at most 4 MB of values and formats (C = 1 up to about 8,000 rows of
 * 20 fields; it grows only with bytes), the first also creating the table, its note and chart;
 * then the registry, which records Excel's ids of the table and chart, known only once they
 * exist. Nothing is written over a cell that holds anything: the read stops with
 * OccupiedTargetError.
 */
import {
  columnFormats,
  formatGrid,
  toCellValue,
  toValueGrid,
  TEXT_FORMAT,
  type Cell,
} from "./cell-values";
import { OccupiedTargetError, TooLargeError } from "./errors";
import { joinPrints, rowPrint } from "./ownership";
import { CELL_BUDGET, jsonBytes, runsWithin } from "./payload";
import { queueRegistryWrite, type LoadedRegistry } from "./registry";
import { nextEntryId, type Language, type RegistryEntry, type TableQuery } from "./registry-format";
import { columnLetter, qualifiedAddress, uniqueName, uniqueSheetName } from "./names";

export interface TableContent {
  header: string[];
  rows: Cell[][];
  /** Number format per numeric column where not General (core's Table.formats: dates). */
  formats?: (string | undefined)[];
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

/**
 * Queues the reads that say where a block of `rows` × `columns` would go from the selected cell
 * (on the active sheet, where the selection always is) and which of its cells hold anything.
 */
function queueTargetCheck(context: Excel.RequestContext, rows: number, columns: number) {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  const anchor = context.workbook.getSelectedRange().getCell(0, 0);
  anchor.load("rowIndex,columnIndex");
  const block = anchor.getResizedRange(rows - 1, columns - 1);
  block.load("address");
  const used = block.getUsedRangeOrNullObject(true);
  used.load("address");
  return { sheet, anchor, block, used };
}

export async function insertTable(options: InsertTableOptions): Promise<InsertResult> {
  const { content, placement } = options;
  const columnCount = content.header.length;
  const blockRows = NOTE_ROWS + 1 + content.rows.length;
  if (blockRows > MAX_ROWS || columnCount > MAX_COLUMNS)
    throw new TooLargeError(blockRows, columnCount);

  return Excel.run(async (context) => {
    const workbook = context.workbook;
    const sheets = workbook.worksheets;
    sheets.load("items/name");
    const tables = workbook.tables;
    tables.load("items/name");

    // Read: where the block would go and whether anything is there.
    const target =
      placement.kind === "selection"
        ? queueTargetCheck(context, blockRows, columnCount)
        : undefined;
    try {
      await context.sync();
    } catch (e) {
      if (target && isOutOfSheet(e)) throw new TooLargeError(blockRows, columnCount);
      throw e;
    }
    if (target && !target.used.isNullObject)
      throw new OccupiedTargetError(target.block.address, target.used.address);

    // Write.
    const sheetName =
      placement.kind === "new-sheet"
        ? uniqueSheetName(
            placement.sheetName,
            sheets.items.map((s) => s.name)
          )
        : target!.sheet.name;
    const sheet = target ? target.sheet : sheets.add(sheetName);
    const top = target ? target.anchor.rowIndex : 0;
    const left = target ? target.anchor.columnIndex : 0;
    const tableRange = sheet.getRangeByIndexes(
      top + NOTE_ROWS,
      left,
      content.rows.length + 1,
      columnCount
    );
    const entryId = nextEntryId(options.registry.registry);
    const tableName = uniqueName(
      `SD_${entryId.replace("-", "")}`,
      tables.items.map((t) => t.name)
    );

    // The table first: if Excel refuses it (it would overlap another table), nothing else has been written.
    const table = sheet.tables.add(tableRange, true);
    table.name = tableName;
    table.style = TABLE_STYLE;
    table.load("id");
    const header = sheet.getRangeByIndexes(top + NOTE_ROWS, left, 1, columnCount);
    header.numberFormat = [content.header.map(() => TEXT_FORMAT)];
    header.values = [content.header.map(toCellValue)];
    const note = sheet.getRangeByIndexes(top, left, 1, 1);
    note.numberFormat = [[TEXT_FORMAT]];
    note.values = [[toCellValue(options.note)]];
    note.format.font.italic = true;
    note.format.font.color = "#595959";
    const chartName = `${tableName}_chart`;
    let chart: Excel.Chart | undefined;
    if (options.chart) {
      chart = sheet.charts.add(
        Excel.ChartType.columnClustered,
        tableRange,
        Excel.ChartSeriesBy.columns
      );
      chart.name = chartName;
      chart.title.text = options.chart.title;
      chart.load("id");
      const beside = sheet.getRangeByIndexes(top, left + columnCount + 1, 1, 1);
      chart.setPosition(beside);
    }
    if (placement.kind === "new-sheet") sheet.activate();

    // The rows, in batches of at most CELL_BUDGET bytes, the first with the table.
    const rows = toValueGrid(content.header, content.rows).slice(1);
    const formats = formatGrid(columnFormats(content.rows, columnCount, content.formats), 1)[0];
    const formatBytes = jsonBytes(formats);
    const runs = runsWithin(rows.length, (i) => jsonBytes(rows[i]) + formatBytes, CELL_BUDGET);
    for (const [i, run] of runs.entries()) {
      // One sync per batch of at most 4 MB: the count grows with bytes, as it must.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      if (i > 0) await context.sync();
      const part = sheet.getRangeByIndexes(
        top + NOTE_ROWS + 1 + run.start,
        left,
        run.end - run.start,
        columnCount
      );
      part.numberFormat = formatGrid(formats, run.end - run.start);
      part.values = rows.slice(run.start, run.end);
    }
    tableRange.format.autofitColumns();
    await context.sync();

    const now = options.now ?? new Date().toISOString();
    const entry: RegistryEntry = {
      id: entryId,
      type: options.chart ? "chart" : "table",
      tableName,
      tableId: table.id,
      sheetName,
      noteAddress: qualifiedAddress(sheetName, `${columnLetter(left)}${top + 1}`),
      request: options.request,
      lang: options.lang,
      version: options.version,
      insertedAt: now,
      refreshedAt: now,
      columns: content.header.slice(),
      note: String(toCellValue(options.note)),
      rows: joinPrints(rows.map(rowPrint)),
      ...(chart ? { chartName, chartId: chart.id } : {}),
    };
    const registry = {
      ...options.registry.registry,
      entries: [...options.registry.registry.entries, entry],
    };
    const stored = queueRegistryWrite(context, options.registry, registry);
    await context.sync();

    const address = qualifiedAddress(
      sheetName,
      `${columnLetter(left)}${top + NOTE_ROWS + 1}:${columnLetter(left + columnCount - 1)}${top + NOTE_ROWS + 1 + content.rows.length}`
    );
    return { registry: stored(), entry, address };
  });
}
