/** Cell storage for one worksheet, and how Excel interprets what is typed into a cell. */

import { MAX_COLUMNS, MAX_ROWS, type Rect } from "./a1";

export type CellValue = string | number | boolean;

export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fillColor?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
}

export interface Cell {
  value: CellValue;
  /** Set when the cell holds a formula; `value` is then its last computed result. */
  formula?: string;
  numberFormat?: string;
  format?: CellFormat;
  /**
   * Excel's quote prefix: the cell was typed as `'text`. The apostrophe is not part of the value
   * (`values` and `formulas` read the text alone); rewriting the cell drops it (#6687).
   */
  quotePrefix?: boolean;
}

export const MAX_CELL_CHARACTERS = 32_767;
export const GENERAL = "General";

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * What Excel stores for an input written through `values` or `formulas`: the same as
 * typing it. "=…" is a formula; "+…"/"-…" is a number when numeric, otherwise a
 * formula ("=" is prepended, as the formula bar shows); numeric text and TRUE/FALSE
 * become numbers and booleans; a leading apostrophe or the text format "@" keeps
 * the text literally (the apostrophe is not stored).
 */
export function interpretInput(
  input: CellValue,
  numberFormat: string | undefined
): { value: CellValue; formula?: string; quotePrefix?: true } {
  if (typeof input !== "string") return { value: input };
  if (numberFormat === "@") return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1), quotePrefix: true };
  if (input.startsWith("=") && input.length > 1) return { value: "", formula: input };
  if (NUMERIC.test(input.trim())) return { value: Number(input.trim()) };
  if (/^[+-]./.test(input)) return { value: "", formula: `=${input}` };
  if (/^(true|false)$/i.test(input)) return { value: input.toUpperCase() === "TRUE" };
  return { value: input };
}

export function isEmptyCell(cell: Cell | undefined): boolean {
  return cell === undefined || (cell.value === "" && cell.formula === undefined);
}

function key(row: number, column: number): string {
  return `${row},${column}`;
}

export type ShiftAxis = "rows" | "columns";

export class CellStore {
  private readonly cells = new Map<string, Cell>();

  get(row: number, column: number): Cell | undefined {
    return this.cells.get(key(row, column));
  }

  ensure(row: number, column: number): Cell {
    const k = key(row, column);
    let cell = this.cells.get(k);
    if (!cell) {
      cell = { value: "" };
      this.cells.set(k, cell);
    }
    return cell;
  }

  /** Every stored cell with its coordinates (stored cells may be empty but formatted). */
  *entries(): IterableIterator<{ row: number; column: number; cell: Cell }> {
    for (const [k, cell] of this.cells) {
      const [row, column] = k.split(",").map(Number);
      yield { row, column, cell };
    }
  }

  map<T>(rect: Rect, read: (cell: Cell | undefined, row: number, column: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < rect.rowCount; r++) {
      const line: T[] = [];
      for (let c = 0; c < rect.columnCount; c++)
        line.push(read(this.get(rect.row + r, rect.column + c), rect.row + r, rect.column + c));
      out.push(line);
    }
    return out;
  }

  /** Removes contents, formats, or both from the cells of `rect`. */
  clear(rect: Rect, applyTo: "All" | "Contents" | "Formats"): void {
    for (const { row, column, cell } of [...this.entries()]) {
      if (
        row < rect.row ||
        row >= rect.row + rect.rowCount ||
        column < rect.column ||
        column >= rect.column + rect.columnCount
      )
        continue;
      if (applyTo !== "Formats") {
        cell.value = "";
        delete cell.formula;
      }
      if (applyTo !== "Contents") {
        delete cell.format;
        delete cell.numberFormat;
      }
      if (isEmptyCell(cell) && !cell.format && !cell.numberFormat)
        this.cells.delete(key(row, column));
    }
  }

  /**
   * Moves the cells at or beyond `from` along `axis` by `delta` (negative to pull back),
   * within the band of rows/columns `band` spans across. Cells pushed past the sheet
   * edge must be empty; removed cells (delete) are those in [from + delta, from).
   */
  shift(
    axis: ShiftAxis,
    from: number,
    delta: number,
    band: { start: number; count: number }
  ): boolean {
    const limit = axis === "rows" ? MAX_ROWS : MAX_COLUMNS;
    const affected = [...this.entries()].filter(({ row, column }) => {
      const across = axis === "rows" ? column : row;
      return (
        across >= band.start &&
        across < band.start + band.count &&
        (axis === "rows" ? row : column) >= from + Math.min(delta, 0)
      );
    });
    const along = (e: { row: number; column: number }) => (axis === "rows" ? e.row : e.column);
    if (affected.some((e) => along(e) >= from && along(e) + delta >= limit && !isEmptyCell(e.cell)))
      return false;
    for (const e of affected) this.cells.delete(key(e.row, e.column));
    for (const e of affected) {
      const to = along(e) + delta;
      if (along(e) < from || to >= limit) continue;
      this.cells.set(axis === "rows" ? key(to, e.column) : key(e.row, to), e.cell);
    }
    return true;
  }

  /**
   * Smallest rectangle holding every non-empty cell (or any stored cell, formats included), of
   * the whole sheet or of the cells inside `within` (a range's used range looks only inside it).
   */
  usedRect(valuesOnly: boolean, within?: Rect): Rect | undefined {
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    for (const { row, column, cell } of this.entries()) {
      if (valuesOnly && isEmptyCell(cell)) continue;
      if (
        within &&
        (row < within.row ||
          row >= within.row + within.rowCount ||
          column < within.column ||
          column >= within.column + within.columnCount)
      )
        continue;
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row);
      right = Math.max(right, column);
    }
    return bottom < 0
      ? undefined
      : { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }
}
