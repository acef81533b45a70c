/**
 * The in-memory workbook. Tests read and pre-populate it directly; the proxies in
 * this folder change it only while a `context.sync()` runs. Addresses given to the
 * helpers here may name a sheet ("Data!A1:C3"); without one they mean the active sheet.
 */

import { parseAddress, type Rect } from "./a1";
import {
  CellStore,
  GENERAL,
  interpretInput,
  MAX_CELL_CHARACTERS,
  type Cell,
  type CellValue,
  type ShiftAxis,
} from "./cells";
import { ErrorCodes, hostError, invalidArgument, Messages } from "./errors";
import { parseSettingJson } from "./settings-json";
import { planMergedShift, rebaseFormula } from "./rebase";
import { FormulaEngine, type CustomFunction, type FallbackEvaluator } from "./formulas";
import {
  assertNoOverlap,
  clearFilters,
  filterBody,
  nextTableName,
  normaliseHeaders,
  planTableShift,
  sortBody,
  type TableModel as GenericTableModel,
} from "./tables-model";

export interface SheetModel {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: CellStore;
  columnWidths: Map<number, number>;
  hiddenRows: Set<number>;
  frozenRows: number;
  frozenColumns: number;
  charts: ChartModel[];
  /** Review › Protect Sheet: every write to its cells is refused with AccessDenied. */
  protected: boolean;
  /** Merged areas (Home › Merge & Center). */
  merged: Rect[];
}

export type TableModel = GenericTableModel<SheetModel>;

export interface ChartModel {
  id: string;
  name: string;
  chartType: string;
  seriesBy: string;
  /** Address of the source data when the chart was added or last given data. */
  sourceAddress: string;
  title: string;
  position?: { startCell: string; endCell?: string };
}

export interface CustomXmlPartModel {
  id: string;
  xml: string;
  namespaceUri: string;
}

export interface CalculationRecord {
  scope: "Application" | "Worksheet" | "Range";
  /** calculationType for the application, markAllDirty for a sheet, the address for a range. */
  detail: string | boolean;
}

export interface RangeRef {
  sheet: SheetModel;
  rect: Rect;
}

const CELL_A1: Rect = { row: 0, column: 0, rowCount: 1, columnCount: 1 };

export type WriteKind = "values" | "formulas" | "numberFormat";

export interface WorkbookModelOptions {
  sheetNames?: string[];
  /** How custom functions receive an empty referenced cell: 0 (desktop) or null (web). */
  emptyCellArgument?: 0 | null;
  fallbackEvaluator?: FallbackEvaluator;
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  /** Setting values as the JSON text Excel stores. */
  readonly settings = new Map<string, string>();
  readonly customXmlParts: CustomXmlPartModel[] = [];
  readonly calculations: CalculationRecord[] = [];
  readonly formulas: FormulaEngine;
  activeSheet: SheetModel;
  /** The active sheet's selection. */
  selection: RangeRef;
  /** Each other sheet's selection: Excel keeps one per sheet and shows it when the sheet is activated again. */
  private readonly sheetSelections = new Map<SheetModel, Rect>();
  private lastId = 0;

  constructor(options: WorkbookModelOptions = {}) {
    for (const name of options.sheetNames ?? ["Sheet1"]) this.createSheet(name);
    this.activeSheet = this.sheets[0];
    this.selection = { sheet: this.sheets[0], rect: { ...CELL_A1 } };
    this.formulas = new FormulaEngine(
      { sheetByName: (n) => this.sheetByName(n), sheetsForRecalc: () => this.sheets },
      options.emptyCellArgument === undefined ? 0 : options.emptyCellArgument,
      options.fallbackEvaluator
    );
  }

  newId(): number {
    return ++this.lastId;
  }

  guid(): string {
    return `{${this.newId().toString(16).toUpperCase().padStart(8, "0")}-0001-0000-0000-000000000000}`;
  }

  createSheet(name: string): SheetModel {
    const sheet: SheetModel = {
      id: this.guid(),
      name,
      visibility: "Visible",
      cells: new CellStore(),
      columnWidths: new Map(),
      hiddenRows: new Set(),
      frozenRows: 0,
      frozenColumns: 0,
      charts: [],
      protected: false,
      merged: [],
    };
    this.sheets.push(sheet);
    return sheet;
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toUpperCase() === name.toUpperCase());
  }

  /** Test helper: "Data!A1:B2" or "A1" (active sheet) to a sheet and rectangle. */
  ref(address: string): RangeRef {
    const parsed = parseAddress(address);
    const sheet =
      parsed &&
      (parsed.sheetName === undefined ? this.activeSheet : this.sheetByName(parsed.sheetName));
    if (!parsed || !sheet) throw new Error(`fake-excel: no such range ${address}`);
    return { sheet, rect: parsed.rect };
  }

  /**
   * Writes through the same rules as Range.values/formulas/numberFormat: a scalar or a
   * 1×1 array fills the range, any other array must match it exactly, null leaves a
   * cell alone. Throws the RichApi error real Excel reports (at sync, for proxies).
   */
  write(target: RangeRef, input: unknown, kind: WriteKind, location: string): void {
    const grid = expand(target.rect, input, location);
    const { sheet, rect } = target;
    // Test helpers type as the user, who unprotects first; the add-in's writes are checked.
    if (location !== "test") assertWritable(sheet, location);
    const entered: Array<[number, number]> = [];
    const written: Array<[number, number]> = [];
    grid.forEach((line, r) =>
      line.forEach((item, c) => {
        if (item === null) return;
        if (typeof item === "string" && item.length > MAX_CELL_CHARACTERS)
          throw invalidArgument(location);
        const [row, column] = [rect.row + r, rect.column + c];
        const cell = sheet.cells.ensure(row, column);
        if (kind === "numberFormat") {
          cell.numberFormat = String(item);
          return;
        }
        const stored = interpretInput(item, cell.numberFormat);
        written.push([row, column]);
        cell.value = stored.value;
        if (stored.quotePrefix) cell.quotePrefix = true;
        else delete cell.quotePrefix;
        if (stored.formula === undefined) delete cell.formula;
        else {
          cell.formula = stored.formula;
          entered.push([row, column]);
        }
      })
    );
    if (kind !== "numberFormat") this.formulas.writtenOverSpills(sheet.name, written);
    for (const [row, column] of entered) this.formulas.evaluate(sheet.name, row, column, "entered");
    if (kind !== "numberFormat") this.formulas.recalcDependents(sheet.name, rect);
  }

  /** Test helper: the user selects a range (and so activates its sheet). */
  select(address: string): void {
    this.selectRange(this.ref(address));
  }

  /** Selects a range and activates its sheet; the sheet left keeps its selection. */
  selectRange(ref: RangeRef): void {
    if (this.selection.sheet !== ref.sheet)
      this.sheetSelections.set(this.selection.sheet, this.selection.rect);
    this.sheetSelections.delete(ref.sheet);
    this.selection = ref;
    this.activeSheet = ref.sheet;
  }

  /** Activates a sheet with the selection it had (A1 on a sheet never selected in); the active sheet stays as it is. */
  activate(sheet: SheetModel): void {
    if (this.selection.sheet === sheet) return;
    this.selectRange({ sheet, rect: this.sheetSelections.get(sheet) ?? { ...CELL_A1 } });
  }

  /** After a sheet is deleted: its selection goes, and a selection on it moves to the active sheet's. */
  forgetSelection(sheet: SheetModel): void {
    this.sheetSelections.delete(sheet);
    if (this.selection.sheet !== sheet) return;
    const rect = this.sheetSelections.get(this.activeSheet) ?? { ...CELL_A1 };
    this.sheetSelections.delete(this.activeSheet);
    this.selection = { sheet: this.activeSheet, rect };
  }

  /** A restored workbook opens with A1 selected on every sheet (the snapshot keeps no selection). */
  resetSelections(): void {
    this.sheetSelections.clear();
    this.selection = { sheet: this.activeSheet, rect: { ...CELL_A1 } };
  }

  /** Test helper: type values into cells as a user would. */
  setValues(address: string, values: CellValue[][]): void {
    this.write(this.ref(address), values, "values", "test");
  }

  values(address: string): CellValue[][] {
    const { sheet, rect } = this.ref(address);
    return sheet.cells.map(rect, (cell) => cell?.value ?? "");
  }

  formulasAt(address: string): CellValue[][] {
    const { sheet, rect } = this.ref(address);
    return sheet.cells.map(rect, (cell) => cell?.formula ?? cell?.value ?? "");
  }

  numberFormats(address: string): string[][] {
    const { sheet, rect } = this.ref(address);
    return sheet.cells.map(rect, (cell) => cell?.numberFormat ?? GENERAL);
  }

  cell(address: string): Cell | undefined {
    const { sheet, rect } = this.ref(address);
    return sheet.cells.get(rect.row, rect.column);
  }

  registerFunction(name: string, fn: CustomFunction, options?: { volatile?: boolean }): void {
    this.formulas.register(name, fn, options);
  }

  /** A stored setting, parsed back from JSON; undefined when absent. */
  setting(key: string): unknown {
    const json = this.settings.get(key);
    return json === undefined ? undefined : parseSettingJson(json);
  }

  table(name: string): TableModel | undefined {
    return this.tables.find((t) => t.name.toUpperCase() === name.toUpperCase());
  }

  /** Creates a table the way TableCollection.add does (also usable to set up a user's table). */
  createTable(target: RangeRef, hasHeaders: boolean, location: string, name?: string): TableModel {
    assertNoOverlap(this.tables, target.sheet, target.rect, location);
    const rect = { ...target.rect };
    if (!hasHeaders) {
      this.shiftCells({ sheet: target.sheet, rect: { ...rect, rowCount: 1 } }, "rows", 1, location);
      rect.rowCount += 1;
    }
    if (rect.rowCount === 1) rect.rowCount = 2;
    assertNoOverlap(this.tables, target.sheet, rect, location);
    normaliseHeaders(target.sheet.cells, { ...rect, rowCount: 1 });
    const table: TableModel = {
      id: String(this.newId()),
      name: name ?? nextTableName(this.tables),
      sheet: target.sheet,
      rect,
      showHeaders: true,
      showTotals: false,
      style: "TableStyleMedium2",
      filteredColumns: new Set(),
    };
    this.tables.push(table);
    return table;
  }

  /** Test helper: a user's table over `address` (header row first). */
  addTable(address: string, options: { name?: string; hasHeaders?: boolean } = {}): TableModel {
    return this.createTable(this.ref(address), options.hasHeaders ?? true, "test", options.name);
  }

  /** Test helper: the user sorts a table by one of its columns. */
  sortTable(name: string, columnIndex: number, ascending = true): void {
    sortBody(this.requireTable(name), columnIndex, ascending);
    this.formulas.forgetSheet(this.requireTable(name).sheet.name);
  }

  /** Test helper: the user filters a table, hiding rows whose value fails `keep`. */
  filterTable(name: string, columnIndex: number, keep: (value: unknown) => boolean): void {
    filterBody(this.requireTable(name), columnIndex, keep);
  }

  clearTableFilters(table: TableModel): void {
    clearFilters(table);
  }

  /**
   * Inserts (count > 0) or deletes (count < 0) cells at `target`, shifting the rest of
   * the band along `axis`, moving or resizing tables as Excel does.
   */
  shiftCells(target: RangeRef, axis: ShiftAxis, direction: 1 | -1, location: string): void {
    const { sheet, rect } = target;
    const [from, size, band] =
      axis === "rows"
        ? [rect.row, rect.rowCount, { start: rect.column, count: rect.columnCount }]
        : [rect.column, rect.columnCount, { start: rect.row, count: rect.rowCount }];
    const delta = direction * size;
    const start = direction > 0 ? from : from + size;
    assertWritable(sheet, location);
    const applyMerged = planMergedShift(sheet.merged, axis, start, delta, band, location);
    const applyTables = planTableShift(this.tables, sheet, axis, start, delta, band, location);
    if (!sheet.cells.shift(axis, start, delta, band)) {
      throw hostError(ErrorCodes.nonBlankCellOffSheet, location);
    }
    applyTables();
    applyMerged();
    const move = { sheetName: sheet.name, axis, from: start, delta, band };
    for (const s of this.sheets)
      for (const { cell } of s.cells.entries())
        if (cell.formula) cell.formula = rebaseFormula(cell.formula, s.name, move);
    this.formulas.forgetSheet(sheet.name);
  }

  /** Test helper: the user protects a sheet (Review › Protect Sheet). */
  protectSheet(name: string): void {
    this.sheetByName(name)!.protected = true;
  }

  /** Test helper: the user merges cells (Home › Merge & Center); their text stays in the first. */
  merge(address: string): void {
    const { sheet, rect } = this.ref(address);
    sheet.merged.push({ ...rect });
  }

  private requireTable(name: string): TableModel {
    const table = this.table(name);
    if (!table) throw new Error(`fake-excel: no table ${name}`);
    return table;
  }
}

/** Writes to a protected sheet's cells fail (docs: Excel's error table, AccessDenied). */
export function assertWritable(sheet: SheetModel, location: string): void {
  if (sheet.protected) throw hostError(ErrorCodes.accessDenied, location);
}

function isCellInput(v: unknown): v is CellValue | null {
  return v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean";
}

function expand(rect: Rect, input: unknown, location: string): Array<Array<CellValue | null>> {
  const fill = (v: CellValue | null) =>
    Array.from({ length: rect.rowCount }, () => Array.from({ length: rect.columnCount }, () => v));
  if (!Array.isArray(input)) {
    if (!isCellInput(input)) throw invalidArgument(location);
    return fill(input);
  }
  if (!input.every((line) => Array.isArray(line) && line.every(isCellInput)))
    throw invalidArgument(location);
  const grid = input as Array<Array<CellValue | null>>;
  if (grid.length === 1 && grid[0].length === 1) return fill(grid[0][0]);
  const sameShape =
    grid.length === rect.rowCount && grid.every((line) => line.length === rect.columnCount);
  if (!sameShape) throw invalidArgument(location, Messages.valuesDimensionMismatch);
  return grid;
}
