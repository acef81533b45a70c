/**
 * The preview mode's .xlsx download, for users whose IT blocks add-ins: the current result as a
 * real workbook written by ExcelJS, loaded only when asked for (its own chunk). The result sheet
 * holds the note (dataset version, date, sources) in A1 and, from row 2, the same columns as an
 * inserted table as a native Table with its header row frozen; a second sheet lists the sources.
 *
 * Data stays data: text is written as text (a cell value, never a formula, under the text format
 * "@"); numbers as numbers; a column whose every value is a full ISO date (YYYY-MM-DD) as dates.
 */
import type { Table } from "../core/table";

export interface XlsxContent {
  result: Table;
  note: string;
  sources: Table;
  sheetNames: { result: string; sources: string };
  /** Workbook title and subject shown in the file's properties. */
  title: string;
}

const TEXT = "@";
const DATE = "yyyy-mm-dd";
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

type ColumnKind = "text" | "number" | "date";

function kindOf(rows: Table["rows"], column: number): ColumnKind {
  let number = false;
  let date = false;
  for (const row of rows) {
    const value = row[column];
    if (value === "") continue;
    if (typeof value === "number") number = true;
    else if (FULL_DATE.test(value) && !Number.isNaN(Date.parse(value))) date = true;
    else return "text";
  }
  if (number && date) return "text";
  return number ? "number" : date ? "date" : "text";
}

/** A cell as ExcelJS takes it: text as a string, dates as UTC midnight, blanks as null. */
function cellValue(value: Table["rows"][number][number], kind: ColumnKind) {
  if (value === "") return null;
  if (kind === "date") return new Date(`${value}T00:00:00Z`);
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return value;
}

/** Excel's limits: 31 characters, none of []:*?/\ in a sheet name. */
function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31) || "Sheet";
}

async function addTableSheet(
  workbook: import("exceljs").Workbook,
  name: string,
  table: Table,
  tableName: string,
  note?: string
) {
  const sheet = workbook.addWorksheet(sheetName(name));
  const top = note === undefined ? 1 : 2;
  if (note !== undefined) {
    const cell = sheet.getCell(1, 1);
    cell.numFmt = TEXT;
    cell.value = note;
    cell.font = { italic: true, color: { argb: "FF595959" } };
  }
  const kinds = table.header.map((_, c) => kindOf(table.rows, c));
  sheet.addTable({
    name: tableName,
    ref: sheet.getCell(top, 1).address,
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: table.header.map((header) => ({ name: header, filterButton: true })),
    rows: table.rows.map((row) => row.map((value, c) => cellValue(value, kinds[c]))),
  });
  kinds.forEach((kind, c) => {
    const column = sheet.getColumn(c + 1);
    column.numFmt = kind === "number" ? "General" : kind === "date" ? DATE : TEXT;
    const longest = Math.max(
      table.header[c].length,
      ...table.rows.slice(0, 200).map((row) => String(row[c]).length)
    );
    // CJK characters are about two columns wide.
    column.width = Math.min(60, Math.max(8, longest * 1.6));
  });
  // The header row stays in view while scrolling (with the note above it).
  sheet.views = [{ state: "frozen", ySplit: top, xSplit: 0 }];
  return sheet;
}

/** The .xlsx file's bytes. */
export async function buildXlsx(content: XlsxContent): Promise<Uint8Array> {
  const { Workbook } = await import(/* webpackChunkName: "xlsx" */ "exceljs");
  const workbook = new Workbook();
  workbook.title = content.title;
  workbook.subject = content.note;
  workbook.creator = content.title;
  await addTableSheet(
    workbook,
    content.sheetNames.result,
    content.result,
    "SD_result",
    content.note
  );
  await addTableSheet(workbook, content.sheetNames.sources, content.sources, "SD_sources");
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
