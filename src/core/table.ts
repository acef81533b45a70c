/**
 * The table model every query returns and both the functions and the task pane render:
 * a header row and data rows of strings and numbers. Blanks are "" (Excel shows a null
 * inside a spill as 0); numbers stay numbers so formulas can use them.
 */
import { NoMatchError } from "./errors";
import type { Subject } from "./messages";

export type Cell = string | number;

export interface Table {
  header: string[];
  rows: Cell[][];
  /**
   * Number format per column where it is not General (dates: serial numbers shown as dates);
   * inserted tables apply it, CSV writes such dates as ISO text, spills leave it to the user.
   */
  formats?: (string | undefined)[];
}

/**
 * The grid to spill: header row first when asked for (STOCKHISTORY's `headers` 1), data only
 * otherwise. A table with no rows and no header cannot be shown, so that is #N/A.
 *
 * @example
 * toGrid({ header: ["城市"], rows: [["烟台"]] }, true, "clusters") //=> [["城市"], ["烟台"]]
 */
export function toGrid(table: Table, withHeader: boolean, subject: Subject): Cell[][] {
  if (withHeader) return [table.header, ...table.rows];
  if (table.rows.length === 0) throw new NoMatchError(subject);
  return table.rows;
}
