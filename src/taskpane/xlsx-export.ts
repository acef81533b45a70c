/**
 * The preview mode's .xlsx download, for users whose IT blocks add-ins: the current result as a
 * real workbook written by write-excel-file, loaded only when asked for (its own chunk). The
 * result sheet holds the note (dataset version, date, sources) in A1 and, from row 2, the same
 * columns as an inserted table with its header row frozen; a second sheet lists the sources.
 *
 * Data stays data: text is written as a text cell under the text format "@" (never a formula,
 * never read as a number or a date); numbers as numbers; a column whose every value is a full ISO
 * date (YYYY-MM-DD) as dates. write-excel-file writes no Excel Table (ExcelJS would, but its
 * browser bundle carries a Function constructor, which the pane's build forbids), so the result's
 * Table is added to the written file afterwards (xlsx-table.ts).
 */
import type { Cell as SheetCell, Row } from "write-excel-file/universal";
import { isoOfSerial } from "../core/dates";
import { DATE_FORMAT } from "../core/fields";
import type { Table } from "../core/table";
import { addResultTable } from "./xlsx-table";

export interface XlsxContent {
  result: Table;
  note: string;
  sources: Table;
  sheetNames: { result: string; sources: string };
}

const TEXT = "@";
const DATE = DATE_FORMAT;
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

type ColumnKind = "text" | "number" | "date";

function kindOf(table: Table, column: number): ColumnKind {
  // Core marks its date columns (Excel serial numbers) with the date format.
  if (table.formats?.[column] === DATE_FORMAT) return "date";
  const rows = table.rows;
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

function cell(value: Table["rows"][number][number], kind: ColumnKind): SheetCell {
  if (value === "") return null;
  if (kind === "date") {
    const iso = typeof value === "number" ? isoOfSerial(value) : value;
    return { type: Date, value: new Date(`${iso}T00:00:00Z`), format: DATE };
  }
  if (typeof value === "number") return Number.isFinite(value) ? { type: Number, value } : null;
  return { type: String, value, format: TEXT };
}

/** Excel's limits: 31 characters, none of []:*?/\ in a sheet name. */
function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31) || "Sheet";
}

function sheet(name: string, table: Table, note?: string) {
  const kinds = table.header.map((_, c) => kindOf(table, c));
  const header: Row = table.header.map((text) => ({
    type: String,
    value: text,
    format: TEXT,
    fontWeight: "bold",
  }));
  const rows: Row[] = table.rows.map((row) => row.map((value, c) => cell(value, kinds[c])));
  const lead: Row[] =
    note === undefined
      ? []
      : [[{ type: String, value: note, format: TEXT, fontStyle: "italic", textColor: "#595959" }]];
  const columns = table.header.map((text, c) => {
    const longest = Math.max(
      text.length,
      ...table.rows.slice(0, 200).map((row) => String(row[c]).length)
    );
    // CJK characters are about two columns wide.
    return { width: Math.min(60, Math.max(8, Math.ceil(longest * 1.6))) };
  });
  return {
    data: [...lead, header, ...rows],
    sheet: sheetName(name),
    columns,
    // The header row stays in view while scrolling (with the note above it).
    stickyRowsCount: lead.length + 1,
  };
}

/** The .xlsx file's bytes. */
export async function buildXlsx(content: XlsxContent): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import(
    /* webpackChunkName: "xlsx-writer" */ "write-excel-file/universal"
  );
  const blob = await writeXlsxFile([
    sheet(content.sheetNames.result, content.result, content.note),
    sheet(content.sheetNames.sources, content.sources),
  ]).toBlob();
  // The note is row 1, the header row 2.
  return addResultTable(new Uint8Array(await blob.arrayBuffer()), {
    header: content.result.header,
    headerRow: 2,
    rowCount: content.result.rows.length,
    name: "QiluResult",
  });
}
