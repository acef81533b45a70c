/** Naming rules Excel enforces for worksheets and tables (see EXCEL-BEHAVIOUR.md). */

export const MAX_SHEET_NAME_LENGTH = 31;

/** True when Excel accepts `name` as a worksheet name (uniqueness is checked separately). */
export function isValidSheetName(name: unknown): name is string {
  return (
    typeof name === "string" &&
    name.trim().length > 0 &&
    name.length <= MAX_SHEET_NAME_LENGTH &&
    !/[/\\?*:[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'")
  );
}

/**
 * Table names: start with a letter, "_" or "\", then letters, digits, "_", "." or "\";
 * no spaces; at most 255 characters; not readable as a cell reference (A1 or R1C1).
 */
export function isValidTableName(name: unknown): name is string {
  if (typeof name !== "string" || name.length === 0 || name.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return false;
  const reference =
    /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*([Cc]\d*)?$/.test(name) || /^[Cc]\d*$/.test(name);
  return !reference;
}

/** Excel compares sheet and table names without regard to case. */
export function sameName(a: string, b: string): boolean {
  return a.toLocaleUpperCase() === b.toLocaleUpperCase();
}
