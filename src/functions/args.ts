/**
 * Coercion of raw Excel arguments, shared by every function. Excel's own quirks are inputs
 * here: an omitted argument is `null`, an empty cell is `0` on desktop and `null` on the web,
 * a range is a 2-D array, an error cell is an error object, a data-type cell is an entity.
 */
import { InvalidArgumentError, ResultTooLargeError } from "../core/errors";
import type { ArgumentName } from "../core/messages";
import { inputErrorCode, isExcelError } from "./excel-errors";

/** An error value among the arguments: the function answers with the same error, as Excel's own do. */
export class InputError extends Error {
  constructor(readonly code: string) {
    // Stryker disable next-line StringLiteral: the message is never shown; the code is what Excel gets
    super(`input error ${code}`);
    // Stryker disable next-line StringLiteral: the name is never shown; callers test the class
    this.name = "InputError";
  }
}

/** An argument the user left out: TypeScript defaults never apply, Excel passes `null`. */
export function isOmitted(raw: unknown): boolean {
  return raw === null || raw === undefined;
}

/** The size of an Excel sheet: an argument this tall or wide is a whole column or row. */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

/**
 * Throws ResultTooLargeError for a result of `rows` × `columns` cells that no sheet can hold,
 * so a call stops before building it.
 */
export function assertFitsSheet(rows: number, columns: number): void {
  if (rows > SHEET_ROWS || columns > SHEET_COLUMNS)
    throw new ResultTooLargeError(rows, columns, { rows: SHEET_ROWS, columns: SHEET_COLUMNS });
}

/** Blank as a text argument reads it: null, "" or desktop's 0 for an empty cell. */
function isBlankCell(value: unknown): boolean {
  return value === null || value === undefined || value === "" || value === 0;
}

/** How many cells of a row there are up to its last filled one (0 for a blank row). */
function filledWidth(row: readonly unknown[]): number {
  let j = row.length;
  while (j > 0 && isBlankCell(row[j - 1])) j--;
  return j;
}

/**
 * A whole column (A:A) or row (1:1) cut after its last filled cell, as Excel's trim reference
 * A:.A does: the answer is the one for the filled part, not a million blank cells.
 */
function usedPart(rows: unknown[][], width: number): unknown[][] {
  let height = rows.length;
  if (height === SHEET_ROWS) {
    while (height > 1 && filledWidth(rows[height - 1]) === 0) height--;
  }
  let used = width;
  if (width === SHEET_COLUMNS) {
    used = 1;
    for (let i = 0; i < height; i++) used = Math.max(used, filledWidth(rows[i]));
  }
  if (height === rows.length && used === width) return rows;
  return rows.slice(0, height).map((row) => row.slice(0, used));
}

/**
 * Any argument as a rectangular 2-D array: a scalar is 1×1, a 1-D array one row, ragged rows
 * are padded with blanks, an empty array is one blank cell; a whole column or row keeps its
 * filled part only. Linear in cells, whatever their number.
 *
 * @example
 * toGrid("烟台")           //=> [["烟台"]]
 * toGrid([["a"], ["b", 1]]) //=> [["a", null], ["b", 1]]
 */
export function toGrid(raw: unknown): unknown[][] {
  if (!Array.isArray(raw)) return [[raw]];
  if (raw.length === 0) return [[null]];
  // One loop, not Math.max(...rows): spreading a million rows overflows the stack.
  let width = 1;
  let shortest = Infinity;
  for (let i = 0; i < raw.length; i++) {
    const row: unknown = raw[i];
    // An array with a value among its rows is a single row.
    if (!Array.isArray(row)) return usedPart([raw], raw.length);
    if (row.length > width) width = row.length;
    if (row.length < shortest) shortest = row.length;
  }
  const rows = raw as unknown[][];
  if (shortest === width) return usedPart(rows, width);
  return usedPart(
    rows.map((row) => [...row, ...new Array<unknown>(width - row.length).fill(null)]),
    width
  );
}

/** How an argument is named in a message about its value. */
function describe(value: unknown): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return typeof value === "object" ? "{…}" : String(value);
}

/** The text of a data-type cell (an entity from SD.CARD gives its id), if it is one. */
function cellValueText(value: unknown): string | number | undefined {
  const cell = value as {
    type?: unknown;
    basicValue?: unknown;
    text?: unknown;
    properties?: Record<string, { basicValue?: unknown }>;
  };
  const id = cell.properties?.id?.basicValue;
  if (cell.type === "Entity" && typeof id === "string") return id;
  if (typeof cell.basicValue === "string" || typeof cell.basicValue === "number")
    return cell.basicValue;
  if (typeof cell.text === "string") return cell.text;
  return undefined;
}

/**
 * One cell of a text argument as text; "" for a blank (null, "", or desktop's 0 for an empty
 * cell). Throws InvalidArgumentError for a logical value or junk, InputError for an error.
 *
 * @example
 * cellText(0, "query")     //=> ""
 * cellText(2021, "query")  //=> "2021"
 */
export function cellText(value: unknown, argument: ArgumentName): string {
  if (value === null || value === undefined || value === 0) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new InvalidArgumentError(argument, describe(value));
    return String(value);
  }
  if (isExcelError(value)) throw new InputError(inputErrorCode(value));
  const text = cellValueText(value);
  if (text !== undefined) return cellText(text, argument);
  throw new InvalidArgumentError(argument, describe(value));
}

/**
 * Every non-blank cell of a text argument, in reading order; `[]` when omitted or all blank.
 *
 * @example
 * textList([["烟台"], [null], ["青岛"]], "query") //=> ["烟台", "青岛"]
 */
export function textList(raw: unknown, argument: ArgumentName): string[] {
  return toGrid(raw)
    .flat()
    .map((cell) => cellText(cell, argument))
    .filter((text) => text.length > 0);
}

/**
 * The `headers` argument as in STOCKHISTORY: omitted or blank means 1 (show the header row),
 * 0 / FALSE means no header. A range gives its first cell.
 *
 * @example
 * headersFlag(null) //=> true
 * headersFlag(0)    //=> false
 */
export function headersFlag(raw: unknown): boolean {
  const value = Array.isArray(raw) ? toGrid(raw)[0][0] : raw;
  if (value === null || value === undefined || value === "" || value === 1 || value === true)
    return true;
  if (value === 0 || value === false) return false;
  if (isExcelError(value)) throw new InputError(inputErrorCode(value));
  // Text such as " 0 " typed in a cell; the numbers 0 and 1 were read above.
  const text = String(value);
  if (/^\s*[01]\s*$/.test(text)) return text.trim() === "1";
  throw new InvalidArgumentError("headers", describe(value));
}
