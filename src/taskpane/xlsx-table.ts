/**
 * Adds a native Excel Table over the result sheet's header and rows to a workbook written by
 * write-excel-file, which writes none: the table part, the sheet's relationship to it, the sheet's
 * `tableParts` and the part's content type. Runs inside the lazily loaded writer chunk (fflate is
 * already there, as write-excel-file's own zip library).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { columnLetter } from "../excel/names";

export interface TablePlacement {
  /** The header texts, unique (Excel refuses a table whose column names repeat). */
  header: readonly string[];
  /** 1-based row of the header. */
  headerRow: number;
  /** Number of data rows (at least one: a table spans a header and a row). */
  rowCount: number;
  /** The table's name in the workbook (letters, digits, underscores). */
  name: string;
}

const SHEET = "xl/worksheets/sheet1.xml";
const SHEET_RELS = "xl/worksheets/_rels/sheet1.xml.rels";
const TABLE = "xl/tables/table1.xml";
const CONTENT_TYPES = "[Content_Types].xml";
const TABLE_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
const TABLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

const escapeXml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\r?\n/g, "&#10;");

function tableXml(placement: TablePlacement): string {
  const last = columnLetter(placement.header.length - 1);
  const ref = `A${placement.headerRow}:${last}${placement.headerRow + placement.rowCount}`;
  const columns = placement.header
    .map((text, i) => `<tableColumn id="${i + 1}" name="${escapeXml(text)}"/>`)
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="${placement.name}" displayName="${placement.name}" ref="${ref}" headerRowCount="1">` +
    `<autoFilter ref="${ref}"/>` +
    `<tableColumns count="${placement.header.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    `</table>`
  );
}

/** The first relationship id of the form rIdN not used in `rels`. */
function freeId(rels: string): string {
  let n = 1;
  while (rels.includes(`Id="rId${n}"`)) n++;
  return `rId${n}`;
}

function insertBefore(xml: string, closing: string, addition: string): string {
  const at = xml.lastIndexOf(closing);
  if (at < 0) throw new Error(`the workbook's part has no ${closing}`);
  return xml.slice(0, at) + addition + xml.slice(at);
}

/** The workbook's bytes with the table added to its first sheet. */
export function addResultTable(xlsx: Uint8Array, placement: TablePlacement): Uint8Array {
  if (placement.rowCount < 1 || placement.header.length < 1) return xlsx;
  const files = unzipSync(xlsx);
  const read = (name: string) => {
    const bytes = files[name];
    if (!bytes) throw new Error(`the workbook has no ${name}`);
    return strFromU8(bytes);
  };
  const rels = files[SHEET_RELS]
    ? read(SHEET_RELS)
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${RELS_NS}"></Relationships>`;
  const id = freeId(rels);
  files[TABLE] = strToU8(tableXml(placement));
  files[SHEET_RELS] = strToU8(
    insertBefore(
      rels,
      "</Relationships>",
      `<Relationship Id="${id}" Type="${TABLE_REL}" Target="../tables/table1.xml"/>`
    )
  );
  // tableParts is the last element a worksheet may hold (after pageSetup, drawing and the rest).
  files[SHEET] = strToU8(
    insertBefore(
      read(SHEET),
      "</worksheet>",
      `<tableParts count="1"><tablePart r:id="${id}"/></tableParts>`
    )
  );
  files[CONTENT_TYPES] = strToU8(
    insertBefore(
      read(CONTENT_TYPES),
      "</Types>",
      `<Override ContentType="${TABLE_TYPE}" PartName="/${TABLE}"/>`
    )
  );
  return zipSync(files, { level: 6 });
}
