/**
 * The shared routine every custom function runs through (the "thin method" over core): it
 * picks the language, runs the core call, and turns whatever goes wrong into an Excel error
 * value, so no function ever throws and no spill is ever empty.
 */
import { QueryError } from "../core/errors";
import { currentLanguage, type Language } from "../core/i18n";
import { BoundedMemo } from "../core/memo";
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
  // Stryker disable next-line StringLiteral: excelError returns any code a function cannot return as #VALUE!
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
    // Never empty: a table has columns, and without a header row no rows is NoMatchError.
    return tableGrid(table, withHeader, subject);
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
 * One function's answers to calls whose arguments are each a single value, keyed by the raw
 * values, their shapes and the language: a repeated call (a column of the same formula) skips
 * coercion and core. Only for functions whose answer depends on nothing else (the catalog is
 * built once per session); errors are not kept, so each failing cell gets its own error value.
 */
export type CellAnswers = BoundedMemo<Output, unknown>;

/** A fresh, bounded memo for one function's single-cell answers. */
export function cellAnswers(): CellAnswers {
  return new BoundedMemo<Output, unknown>();
}

/** Reused for every lookup, so a repeated call allocates no key; copied before it is kept. */
// Stryker disable next-line ArrayDeclaration: its length is set before each use, so a first element is overwritten
const scratchKeys: unknown[] = [];

/** Each language's number, kept with the arguments' shapes in one key: one Map lookup fewer per call. */
const LANGUAGE_NUMBER: Record<Language, number> = { "zh-CN": 0, en: 1 };
const LANGUAGES = Object.keys(LANGUAGE_NUMBER).length;

/**
 * The memo keys of a call whose every argument is a primitive, alone or as a 1×1 range, else
 * `undefined`: the values, then one number for their shapes and the language. The shapes are
 * part of the key: an omitted argument (null) and an empty cell ([[null]]) can mean different
 * things. The array is `scratchKeys`: valid until the next call.
 */
function answerKeys(args: readonly unknown[], lang: Language): unknown[] | undefined {
  const keys = scratchKeys;
  keys.length = args.length + 1;
  let shapes = 0;
  // Stryker disable next-line EqualityOperator: as `<=`, one more pass reads undefined (a primitive) into the last key, which the shapes then overwrite
  for (let i = 0; i < args.length; i++) {
    let value: unknown = args[i];
    if (Array.isArray(value)) {
      const row: unknown = value[0];
      if (value.length !== 1 || !Array.isArray(row) || row.length !== 1) return undefined;
      value = row[0];
      shapes |= 1 << i;
    }
    // Errors and entities are objects: keyed by identity they would never be found again.
    if (typeof value === "object" && value !== null) return undefined;
    keys[i] = value;
  }
  keys[args.length] = shapes * LANGUAGES + LANGUAGE_NUMBER[lang];
  return keys;
}

/**
 * Runs a per-cell call over Excel-style broadcast arguments, so a range spills a grid of the
 * same shape; each cell fails on its own. With `answers`, single-value calls are remembered.
 */
export function liftCells(
  args: readonly unknown[],
  compute: (values: unknown[], lang: Language) => Output,
  answers?: CellAnswers
): Output[][] {
  const lang = language();
  const scratch = answers && answerKeys(args, lang);
  if (scratch) {
    const known = answers!.get(scratch);
    if (known !== undefined) return [[known]];
    const keys = scratch.slice();
    try {
      const value = compute(singleCells(args)!, lang);
      // A cell is text or a number; an object is an error, never kept.
      if (typeof value !== "object") answers!.set(keys, value);
      return [[value]];
    } catch (error) {
      return [[asExcelError(error, lang)]];
    }
  }
  // Most calls pass single cells: answer them without building grids to broadcast.
  const single = singleCells(args);
  // Stryker disable next-line BlockStatement: emptied, broadcast below answers single cells the same (adapter.test.ts checks every one-cell shape)
  if (single) {
    // Stryker disable next-line BlockStatement: emptied, broadcast below answers single cells the same
    try {
      return [[compute(single, lang)]];
    } catch (error) {
      return [[asExcelError(error, lang)]];
    }
  }
  return broadcast(args, (values) => {
    try {
      return compute(values, lang);
    } catch (error) {
      return asExcelError(error, lang);
    }
  });
}
