/**
 * The shared routine every custom function runs through (the "thin method" over core): it
 * picks the language, runs the core call, and turns whatever goes wrong into an Excel error
 * value, so no function ever throws and no spill is ever empty.
 */
import { QueryError } from "../core/errors";
import { currentLanguage, type Language } from "../core/i18n";
import { unexpected, type Subject } from "../core/messages";
import { toGrid as tableGrid, type Cell, type Table } from "../core/table";
import { assertFitsSheet, headersFlag, InputError } from "./args";
import { excelError } from "./excel-errors";
import { displayLanguage } from "./host";
import { broadcast } from "./lift";

/** What a cell of a result can hold. */
export type Output = Cell | CustomFunctions.Error;

/** The language for this call: the pane's setting, else Office's display language, else zh-CN. */
export function language(): Language {
  return currentLanguage(displayLanguage());
}

/**
 * An error raised anywhere in a call, as the Excel error to show in its place.
 *
 * @example
 * asExcelError(new NoMatchError("clusters"), "en") // #N/A "No clusters match these conditions."
 */
export function asExcelError(error: unknown, lang: Language): CustomFunctions.Error {
  if (error instanceof QueryError) return excelError(error.code, error.describe(lang));
  if (error instanceof InputError) return excelError(error.code);
  return excelError("#VALUE!", unexpected(lang));
}

/** Runs a call that yields one value; any failure becomes that value's Excel error. */
export function scalar<T>(compute: (lang: Language) => T): T | CustomFunctions.Error {
  const lang = language();
  try {
    return compute(lang);
  } catch (error) {
    return asExcelError(error, lang);
  }
}

/**
 * Runs a table query and spills it, honouring the `headers` argument; a failure spills as a
 * single error cell. The result is never empty.
 */
export function spillTable(
  headers: unknown,
  subject: Subject,
  build: (lang: Language) => Table
): Output[][] {
  const lang = language();
  try {
    const withHeader = headersFlag(headers);
    const table = build(lang);
    assertFitsSheet(table.rows.length + (withHeader ? 1 : 0), table.header.length);
    const grid = tableGrid(table, withHeader, subject);
    return grid.length > 0 && grid[0].length > 0 ? grid : [[excelError("#N/A", unexpected(lang))]];
  } catch (error) {
    return [[asExcelError(error, lang)]];
  }
}

/** Marks an argument that is more than one cell, so `singleCells` can tell it from a cell holding `undefined`. */
const SEVERAL = Symbol("several cells");

/** The one cell an argument is, as `toGrid` would make it, or `SEVERAL`. */
function singleCell(raw: unknown): unknown {
  if (!Array.isArray(raw)) return raw;
  if (raw.length === 0) return null;
  if (raw.length > 1) return SEVERAL;
  const row: unknown = raw[0];
  if (!Array.isArray(row)) return row;
  if (row.length === 0) return null;
  return row.length === 1 ? (row[0] as unknown) : SEVERAL;
}

/** Every argument's one cell, or `undefined` when any argument is a range of several. */
function singleCells(args: readonly unknown[]): unknown[] | undefined {
  const values: unknown[] = [];
  for (const arg of args) {
    const value = singleCell(arg);
    if (value === SEVERAL) return undefined;
    values.push(value);
  }
  return values;
}

/**
 * Runs a per-cell call over Excel-style broadcast arguments, so a range spills a grid of the
 * same shape; each cell fails on its own.
 */
export function liftCells(
  args: readonly unknown[],
  compute: (values: unknown[], lang: Language) => Output
): Output[][] {
  const lang = language();
  // Most calls pass single cells: answer them without building grids to broadcast.
  const single = singleCells(args);
  if (single) {
    try {
      return [[compute(single, lang)]];
    } catch (error) {
      return [[asExcelError(error, lang)]];
    }
  }
  try {
    return broadcast(args, (values) => {
      try {
        return compute(values, lang);
      } catch (error) {
        return asExcelError(error, lang);
      }
    });
  } catch (error) {
    return [[asExcelError(error, lang)]];
  }
}
