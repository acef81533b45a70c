/**
 * What a refresh works with and reports: the content produced from the current dataset, what the
 * first sync found of each tracked table, and per registry entry either what was done or the
 * fault that stopped it, with the facts the pane needs to explain it in zh-CN or en.
 */
import type { Cell } from "./cell-values";
import type { HeldValue } from "./ownership";
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

/** A cell as `values` reads it. */
export type ReadCell = HeldValue;

export type NotOursReason =
  /** The entry records no table id (an entry written before ids, or made by hand). */
  | "no-id"
  /** The table with that id is on another sheet than recorded. */
  | "sheet"
  /** The note above the table is not exactly what the add-in wrote, or not there. */
  | "note"
  /** A chart by the recorded name is not the one the add-in inserted. */
  | "chart";

export type RefreshFault =
  /** The entry names no table and no sheet: nothing to refresh. */
  | { kind: "entry-empty"; entryId: string }
  /** Two entries carry one id, or point at one table: neither is acted on. */
  | { kind: "duplicate-entry"; entryId: string; tableName: string; twin: boolean }
  /** Nothing proves the add-in inserted this table: it is the user's, and left alone. */
  | { kind: "not-ours"; tableName: string; sheetName: string; reason: NotOursReason }
  /** Found neither by its id, on a sheet that still exists. */
  | { kind: "table-deleted"; tableName: string; sheetName: string }
  /** The table and the sheet it was on are gone. */
  | { kind: "sheet-deleted"; sheetName: string; tableName: string }
  /** The sheet is protected: Excel would refuse every write. */
  | { kind: "protected"; tableName: string; sheetName: string }
  /** Columns the add-in wrote are no longer in the table's header row. */
  | { kind: "columns-missing"; tableName: string; missing: string[] }
  /** No id column to match rows by, and user columns whose values would lose their rows. */
  | { kind: "no-key"; tableName: string; userColumns: string[] }
  /** Rows that would go (their id left the dataset) hold the user's content. */
  | {
      kind: "user-content-in-removed-rows";
      tableName: string;
      column: string;
      /** Sheet row numbers (1-based) and the ids they carry. */
      rows: { row: number; id: string }[];
    }
  /**
   * Rows must be added or removed, and both of Excel's ways would harm the user's cells: moving
   * cells in the table's columns shears `below`; moving whole rows splits `beside`.
   */
  | { kind: "no-safe-move"; tableName: string; below: string; beside: string }
  /** Growing would push content past the sheet's last row. */
  | { kind: "no-room"; tableName: string; sheetName: string }
  /** The dataset could not produce the table again (its fields or query no longer resolve). */
  | {
      kind: "produce-failed";
      tableName: string;
      /** Why, in English; `zh` in Chinese where the cause can say it (a query error). */
      message: string;
      zh?: string;
    }
  /** Excel refused a write although every check passed; what was written is recorded. */
  | { kind: "write-rejected"; tableName: string; reason: WriteRejection };

/** Why Excel refused a write, in words the pane can translate (never Excel's own text). */
export type WriteRejection = "protected" | "merged" | "conflict" | "size" | "other";

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
  /** Sheet rows (1-based) the user typed into the table or changed in our columns: left as they are. */
  userRows: number[];
  /** How rows were added or removed: Excel moved cells in the table's columns, or whole rows. */
  moved: "none" | "cells" | "rows";
  /** Set where the table or its sheet had been renamed since the last write. */
  renamedFrom?: string;
  sheetRenamedFrom?: string;
  filterReapplied: boolean;
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
