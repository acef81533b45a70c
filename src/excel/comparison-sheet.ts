/**
 * A comparison sheet made of live formulas: cities down, programmes across, each cell
 * =SD.COUNT(city, level, kind) reading its city from column A and its programme from the two
 * rows above the header, so the user can add a row or a column by hand and copy a formula in.
 * Two syncs: one read (sheet names in use), one write (every formula as one 2-D array).
 */
import { toLabelFormula, type Cell } from "./cell-values";
import { queueRegistryWrite, type LoadedRegistry } from "./registry";
import { nextEntryId, type Language, type RegistryEntry } from "./registry-format";
import { columnLetter, qualifiedAddress, uniqueSheetName } from "./names";

export interface ComparisonLayout {
  sheetName: string;
  /** Written in A1: dataset version, date, sources. */
  note: string;
  levelLabel: string;
  kindLabel: string;
  rowHeader: string;
  totalLabel: string;
  /** One row per city; `query` is what SD.COUNT is given (what the user reads in column A). */
  rows: { label: string }[];
  /** One column per programme. */
  columns: { label: string; level: string; kind: string }[];
}

export interface ComparisonOptions {
  layout: ComparisonLayout;
  lang: Language;
  version: string;
  registry: LoadedRegistry;
  now?: string;
}

export interface ComparisonResult {
  registry: LoadedRegistry;
  entry: RegistryEntry;
  sheetName: string;
}

const FIRST_DATA_ROW = 5; // A1 note, row 2 levels, row 3 kinds, row 4 header

/** The formulas grid (rows 1 to the total row), pure so it can be checked cell by cell. */
export function comparisonFormulas(layout: ComparisonLayout): Cell[][] {
  const width = layout.columns.length + 1;
  const pad = (row: Cell[]) => [...row, ...Array(width - row.length).fill("")];
  const lastDataRow = FIRST_DATA_ROW + layout.rows.length - 1;
  const text = toLabelFormula;
  return [
    pad([text(layout.note)]),
    [text(layout.levelLabel), ...layout.columns.map((c) => text(c.level))],
    [text(layout.kindLabel), ...layout.columns.map((c) => text(c.kind))],
    [text(layout.rowHeader), ...layout.columns.map((c) => text(c.label))],
    ...layout.rows.map((row, i) => [
      text(row.label),
      ...layout.columns.map((_, c) => {
        const col = columnLetter(c + 1);
        return `=SD.COUNT($A${FIRST_DATA_ROW + i},${col}$2,${col}$3)`;
      }),
    ]),
    [
      text(layout.totalLabel),
      ...layout.columns.map((_, c) => {
        const col = columnLetter(c + 1);
        return `=SUM(${col}${FIRST_DATA_ROW}:${col}${lastDataRow})`;
      }),
    ],
  ];
}

export async function insertComparisonSheet(options: ComparisonOptions): Promise<ComparisonResult> {
  const { layout } = options;
  const grid = comparisonFormulas(layout);
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();

    const sheetName = uniqueSheetName(
      layout.sheetName,
      sheets.items.map((s) => s.name)
    );
    const sheet = sheets.add(sheetName);
    const all = sheet.getRangeByIndexes(0, 0, grid.length, grid[0].length);
    all.formulas = grid;
    sheet.getRange("A1").format.font.italic = true;
    const helperRows = sheet.getRangeByIndexes(1, 0, 2, grid[0].length);
    helperRows.format.font.color = "#7f7f7f";
    const header = sheet.getRangeByIndexes(3, 0, 1, grid[0].length);
    header.format.font.bold = true;
    header.format.fill.color = "#e2efda";
    const total = sheet.getRangeByIndexes(grid.length - 1, 0, 1, grid[0].length);
    total.format.font.bold = true;
    // Stryker disable next-line ArithmeticOperator: two more empty rows below fit no column wider
    sheet.getRangeByIndexes(1, 0, grid.length - 1, grid[0].length).format.autofitColumns();
    sheet.freezePanes.freezeRows(4);
    sheet.activate();

    const now = options.now ?? new Date().toISOString();
    const entry: RegistryEntry = {
      id: nextEntryId(options.registry.registry),
      type: "comparison",
      tableName: "",
      sheetName,
      noteAddress: qualifiedAddress(sheetName, "A1"),
      request: { view: "summary-by-city", query: "", level: "", kind: "", fields: [] },
      lang: options.lang,
      version: options.version,
      insertedAt: now,
      refreshedAt: now,
      columns: layout.columns.map((c) => c.label),
      note: layout.note,
    };
    const registry = {
      ...options.registry.registry,
      entries: [...options.registry.registry.entries, entry],
    };
    const stored = queueRegistryWrite(context, options.registry, registry);
    await context.sync();
    return { registry: stored(), entry, sheetName };
  });
}
