/**
 * What a refresh works with and reports: the content produced from the current dataset, what the
 * first sync found of each tracked table, and per registry entry either what was done or the
 * fault that stopped it, with the facts the pane needs to explain it in zh-CN or en.
 */
import type { Cell } from "./cell-values";
import type { Language, TableQuery } from "./registry-format";

/** A table as the current dataset gives it, with the note written above it (version, sources). */
export interface ProducedTable {
  header: string[];
  rows: Cell[][];
  /** Number format per numeric column where not General (core's Table.formats: dates). */
  formats?: (string | undefined)[];
  note: string;
}

/** Produces a tracked table again: the same builder the pane inserts with. May throw. */
export type Produce = (request: TableQuery, lang: Language) => ProducedTable;

/** A cell as read back through `formulas`: a formula's text, or a constant. */
export type ReadCell = string | number | boolean;

/** What the first sync found of a tracked table that still exists. */
export interface TableSnapshot {
  name: string;
  id: string;
  sheetName: string;
  sheetId: string;
  /** Zero-based row and column of the header row's first cell. */
  top: number;
  left: number;
  header: string[];
  /** The data body through `formulas`, so that a user's formulas are kept as formulas. */
  body: ReadCell[][];
  /** The used part of the rows just below the table (as many as it could grow by), if any. */
  usedBelow: { row: number; address: string } | null;
  /** Tables that inserting cells below this one would cut through (Excel refuses the shift). */
  tablesAcrossBelow: string[];
  filtered: boolean;
  /** The registry's note cell, where it still sits directly above the table. */
  note: { value: ReadCell } | null;
  /** The chart recorded with the table still exists. */
  chartFound: boolean;
}

export type RefreshFault =
  /** The entry names no table and no sheet: nothing to refresh. */
  | { kind: "entry-empty"; entryId: string }
  /** Found neither by its id nor by its name, on a sheet that still exists. */
  | { kind: "table-deleted"; tableName: string; sheetName: string }
  /** No id recorded yet and no table by that name: renamed (restore the name) or deleted. */
  | { kind: "table-not-found"; tableName: string; sheetName: string }
  /** The table and the sheet it was on are gone. */
  | { kind: "sheet-deleted"; sheetName: string; tableName: string }
  /** Columns the add-in wrote are no longer in the table's header row. */
  | { kind: "columns-missing"; tableName: string; missing: string[] }
  /** No id column to match rows by, and user columns whose values would lose their rows. */
  | { kind: "no-key"; tableName: string; userColumns: string[] }
  /** Rows that would go (their id left the dataset, or they have none) hold the user's content. */
  | {
      kind: "user-content-in-removed-rows";
      tableName: string;
      column: string;
      /** Sheet row numbers (1-based) and the ids they carry ("" where none). */
      rows: { row: number; id: string }[];
    }
  /** The table must grow over content that cannot be shifted down (another table across it). */
  | { kind: "blocked-below"; tableName: string; blockers: string[]; address: string }
  /** The dataset could not produce the table again (its fields or query no longer resolve). */
  | { kind: "produce-failed"; tableName: string; message: string };

export interface TableRefreshed {
  status: "refreshed";
  entryId: string;
  type: "table" | "chart";
  tableName: string;
  sheetName: string;
  /** The table's range after the refresh, e.g. "Sheet1!B3:F30". */
  address: string;
  added: number;
  removed: number;
  userColumns: string[];
  /** Set where the table or its sheet had been renamed since the last write. */
  renamedFrom?: string;
  sheetRenamedFrom?: string;
  /** Rows of cells inserted below the table so that growing did not cover them. */
  shiftedDown: number;
  filterReapplied: boolean;
  /** The note was not where it was written (the table moved), so it was left alone. */
  noteLeft: boolean;
}

export interface ComparisonRefreshed {
  status: "refreshed";
  entryId: string;
  type: "comparison";
  sheetName: string;
  sheetRenamedFrom?: string;
}

export interface EntryFault {
  status: "fault";
  entryId: string;
  fault: RefreshFault;
}

export type EntryOutcome = TableRefreshed | ComparisonRefreshed | EntryFault;
