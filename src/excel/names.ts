/** Names and addresses as Excel spells them. Pure. */

/** "A" for column index 0, "Z" for 25, "AA" for 26. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A sheet name Excel would read as a cell reference (A1, R1C1) must be quoted. */
const looksLikeReference = (name: string) =>
  /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]\d*$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);

/**
 * "Sheet1!A1", "数据!A1", or "'My Sheet'!A1": Excel quotes a sheet name unless it is letters
 * (of any script), digits, _ and . not starting with a digit, and not readable as a reference.
 */
export function qualifiedAddress(sheetName: string, a1: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheetName) && !looksLikeReference(sheetName);
  return plain ? `${sheetName}!${a1}` : `'${sheetName.replace(/'/g, "''")}'!${a1}`;
}

/** Characters a worksheet name may not contain. */
const SHEET_FORBIDDEN = /[/\\?*:[\]]/g;
const SHEET_MAX = 31;

/**
 * A worksheet name based on `wanted` that is valid (≤ 31 characters, none of / \ ? * : [ ],
 * no apostrophe at either end) and not in `taken` (compared without case, as Excel does).
 *
 * @example
 * uniqueSheetName("产业集群", ["产业集群"]) //=> "产业集群 (2)"
 */
export function uniqueSheetName(wanted: string, taken: string[]): string {
  // A sheet name may not begin or end with an apostrophe: spaces around one are trimmed with it.
  const ends = (text: string) => text.replace(/^['\s]+|['\s]+$/g, "");
  const base = ends(wanted.replace(SHEET_FORBIDDEN, " ")) || "Sheet";
  const used = new Set(taken.map((t) => t.toLowerCase()));
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = ends(base.slice(0, SHEET_MAX - suffix.length)) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/**
 * A table name based on `wanted` that is not in `taken` (table names are unique across the
 * workbook, compared without case).
 */
export function uniqueName(wanted: string, taken: string[]): string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  for (let n = 1; ; n += 1) {
    const name = n === 1 ? wanted : `${wanted}_${n}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}
