/** A1 addresses: parsing, formatting and the sheet's size limits. */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Zero-based rectangle of cells. */
export interface Rect {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

export interface ParsedAddress {
  /** Sheet named in the address (`'My Sheet'!A1`), unquoted; undefined when absent. */
  sheetName?: string;
  rect: Rect;
}

export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function isInSheet(rect: Rect): boolean {
  return (
    rect.row >= 0 &&
    rect.column >= 0 &&
    rect.rowCount >= 1 &&
    rect.columnCount >= 1 &&
    rect.row + rect.rowCount <= MAX_ROWS &&
    rect.column + rect.columnCount <= MAX_COLUMNS
  );
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

type Corner = { row?: number; column?: number };

function parseCorner(text: string): Corner | undefined {
  let m = CELL.exec(text);
  if (m) return { column: columnIndex(m[1]), row: Number(m[2]) - 1 };
  m = COLUMN.exec(text);
  if (m) return { column: columnIndex(m[1]) };
  m = ROW.exec(text);
  if (m) return { row: Number(m[1]) - 1 };
  return undefined;
}

function splitSheet(address: string): { sheetName?: string; local: string } | undefined {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address };
  const sheetPart = address.slice(0, bang);
  const local = address.slice(bang + 1);
  if (sheetPart.startsWith("'")) {
    if (!sheetPart.endsWith("'") || sheetPart.length < 3) return undefined;
    return { sheetName: sheetPart.slice(1, -1).replace(/''/g, "'"), local };
  }
  return sheetPart.length === 0 ? undefined : { sheetName: sheetPart, local };
}

/**
 * Parses "A1", "B2:C3", "$A$1", "A:C", "2:5", with an optional (quoted) sheet.
 * Returns undefined for anything else or for cells beyond the sheet's limits,
 * which real Excel rejects with InvalidArgument.
 */
export function parseAddress(address: string): ParsedAddress | undefined {
  const split = splitSheet(address.trim());
  if (!split) return undefined;
  const parts = split.local.split(":");
  if (parts.length > 2) return undefined;
  const a = parseCorner(parts[0]);
  const b = parts.length === 2 ? parseCorner(parts[1]) : a;
  if (!a || !b) return undefined;
  const wholeColumns =
    a.row === undefined && b.row === undefined && a.column !== undefined && b.column !== undefined;
  const wholeRows =
    a.column === undefined && b.column === undefined && a.row !== undefined && b.row !== undefined;
  const cells =
    a.row !== undefined && a.column !== undefined && b.row !== undefined && b.column !== undefined;
  if (parts.length === 1 && !cells) return undefined;
  if (!cells && !wholeColumns && !wholeRows) return undefined;
  const r1 = wholeColumns ? 0 : Math.min(a.row!, b.row!);
  const r2 = wholeColumns ? MAX_ROWS - 1 : Math.max(a.row!, b.row!);
  const c1 = wholeRows ? 0 : Math.min(a.column!, b.column!);
  const c2 = wholeRows ? MAX_COLUMNS - 1 : Math.max(a.column!, b.column!);
  const rect = { row: r1, column: c1, rowCount: r2 - r1 + 1, columnCount: c2 - c1 + 1 };
  return isInSheet(rect) ? { sheetName: split.sheetName, rect } : undefined;
}

function looksLikeReference(name: string): boolean {
  return (
    /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]\d*$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)
  );
}

/**
 * Excel quotes a sheet name in addresses unless it is a plain identifier (letters of any
 * script, digits, _ and ., not starting with a digit) that cannot be read as a reference:
 * spaces and punctuation quote; Chinese names such as 数据 do not (=数据!A1).
 */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !looksLikeReference(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function formatLocalAddress(rect: Rect): string {
  const lastRow = rect.row + rect.rowCount - 1;
  const lastColumn = rect.column + rect.columnCount - 1;
  if (rect.row === 0 && rect.rowCount === MAX_ROWS) {
    return `${columnLetters(rect.column)}:${columnLetters(lastColumn)}`;
  }
  if (rect.column === 0 && rect.columnCount === MAX_COLUMNS)
    return `${rect.row + 1}:${lastRow + 1}`;
  const first = `${columnLetters(rect.column)}${rect.row + 1}`;
  return rect.rowCount === 1 && rect.columnCount === 1
    ? first
    : `${first}:${columnLetters(lastColumn)}${lastRow + 1}`;
}

export function formatAddress(sheetName: string, rect: Rect): string {
  return `${quoteSheetName(sheetName)}!${formatLocalAddress(rect)}`;
}

export function intersect(a: Rect, b: Rect): Rect | undefined {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const rowEnd = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const columnEnd = Math.min(a.column + a.columnCount, b.column + b.columnCount);
  if (rowEnd <= row || columnEnd <= column) return undefined;
  return { row, column, rowCount: rowEnd - row, columnCount: columnEnd - column };
}

export function boundingRect(a: Rect, b: Rect): Rect {
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  const rowEnd = Math.max(a.row + a.rowCount, b.row + b.rowCount);
  const columnEnd = Math.max(a.column + a.columnCount, b.column + b.columnCount);
  return { row, column, rowCount: rowEnd - row, columnCount: columnEnd - column };
}

export function contains(outer: Rect, row: number, column: number): boolean {
  return (
    row >= outer.row &&
    row < outer.row + outer.rowCount &&
    column >= outer.column &&
    column < outer.column + outer.columnCount
  );
}
