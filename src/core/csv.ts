/**
 * A result table as CSV text that Excel opens correctly and safely: a UTF-8 byte order mark
 * (without it Excel reads Chinese as mojibake), CRLF line ends, RFC 4180 quoting, and text that a
 * spreadsheet would run as a formula neutralised (CSV injection).
 */
import { isoOfSerial } from "./dates";
import { DATE_FORMAT } from "./fields";
import type { Cell, Table } from "./table";

/** The byte order mark that tells Excel the file is UTF-8. */
export const UTF8_BOM = "\uFEFF";

/** Leading characters a spreadsheet treats as the start of a formula or a command. */
const FORMULA_LEAD = /^[=+\-@\t\r]/;

/**
 * One cell as CSV: text that could start a formula gets a leading apostrophe (OWASP's advice);
 * numbers stay numbers. Quoted when it holds a comma, a quote or a line break.
 *
 * @example
 * csvCell("=1+1")     //=> "'=1+1"
 * csvCell('say "hi"') //=> '"say ""hi"""'
 * csvCell(-3)         //=> "-3"
 */
export function csvCell(value: Cell): string {
  const text = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : value;
  const safe = typeof value === "string" && FORMULA_LEAD.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The whole table, header first, as the text of a .csv file (BOM included).
 *
 * @example
 * toCsv({ header: ["城市"], rows: [["烟台"]] }) //=> "\uFEFF城市\r\n烟台\r\n"
 */
export function toCsv(table: Table): string {
  // A date column holds serial numbers; in a CSV a full ISO date is what Excel reads as a date.
  // Stryker disable next-line ArrayDeclaration: without formats no column is a date, whatever list stands in
  const dates = (table.formats ?? []).map((format) => format === DATE_FORMAT);
  const cell = (value: Cell, column: number) =>
    csvCell(dates[column] && typeof value === "number" ? isoOfSerial(value) : value);
  const lines = [table.header.map(csvCell), ...table.rows.map((row) => row.map(cell))].map((row) =>
    row.join(",")
  );
  return `${UTF8_BOM}${lines.join("\r\n")}\r\n`;
}
