/**
 * Turns a result table into what `range.values` and `range.numberFormat` take, so that data
 * stays data: text never becomes a formula, a number, or a date.
 *
 * Through `values`, every text cell is written with Excel's text number format "@", under which
 * what is written is kept as typed: "=…" is not read as a formula and "2021-02" not as a date.
 * Through `formulas` (the comparison sheet, where formulas sit beside labels) a label that would
 * read as a formula gets Excel's quote prefix instead.
 */

export type Cell = string | number;

/** Excel reads a string written through `values` that starts with one of these as a formula. */
const FORMULA_LEAD = /^[=+\-@]/;

/** Excel's text number format: what is written is kept as typed ("2021-02" stays text, not a date). */
export const TEXT_FORMAT = "@";
export const NUMBER_FORMAT = "General";

/**
 * The value to write for one cell of a text-formatted block: numbers that Excel cannot hold
 * (NaN, Infinity) become blanks; text is written as it is.
 */
export function toCellValue(value: Cell): Cell {
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  return value;
}

/**
 * A label written through `formulas`: text that Excel would read as a formula gets the quote
 * prefix ('), which marks the cell as text and is not part of its value.
 *
 * @example
 * toLabelFormula("=HYPERLINK(1)") //=> "'=HYPERLINK(1)"
 * toLabelFormula("烟台")          //=> "烟台"
 */
export function toLabelFormula(text: string): string {
  return FORMULA_LEAD.test(text) ? `'${text}` : text;
}

/** True where every non-blank cell of the column is a number. */
function isNumericColumn(rows: Cell[][], column: number): boolean {
  let sawNumber = false;
  for (const row of rows) {
    const v = row[column];
    if (typeof v === "number") sawNumber = true;
    else if (v !== "") return false;
  }
  return sawNumber;
}

/**
 * Number format per column: text for text columns, General for numeric ones, or the table's own
 * format for a numeric column that has one (dates written as serial numbers).
 */
export function columnFormats(
  rows: Cell[][],
  columnCount: number,
  formats?: readonly (string | undefined)[]
): string[] {
  return Array.from({ length: columnCount }, (_, c) =>
    isNumericColumn(rows, c) ? (formats?.[c] ?? NUMBER_FORMAT) : TEXT_FORMAT
  );
}

/** A full `numberFormat` grid for a block of rows with the given per-column formats. */
export function formatGrid(formats: string[], rowCount: number): string[][] {
  return Array.from({ length: rowCount }, () => formats.slice());
}

/** The header row and the data rows as one 2-D array of safe values. */
export function toValueGrid(header: string[], rows: Cell[][]): Cell[][] {
  return [header.map(toCellValue), ...rows.map((row) => row.map(toCellValue))];
}
