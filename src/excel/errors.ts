/**
 * What can go wrong when the add-in writes to a workbook, as typed errors carrying the facts the
 * pane needs to explain it (src/taskpane turns them into zh-CN or en text).
 */

/** The cells the add-in would write hold something it did not put there. */
export class OccupiedTargetError extends Error {
  constructor(
    /** The range that would have been written, e.g. "Sheet1!B2:F30". */
    readonly target: string,
    /** The part of it that is not empty. */
    readonly occupied: string
  ) {
    super(`${target} is not empty (${occupied})`);
    this.name = "OccupiedTargetError";
  }
}

/** The host lacks requirement sets the add-in needs. */
export class MissingRequirementsError extends Error {
  constructor(readonly missing: string[]) {
    super(`missing requirement sets: ${missing.join(", ")}`);
    this.name = "MissingRequirementsError";
  }
}

/** The result would not fit on a worksheet from the chosen cell. */
export class TooLargeError extends Error {
  constructor(
    readonly rows: number,
    readonly columns: number
  ) {
    super(`${rows} × ${columns} cells do not fit from the selected cell`);
    this.name = "TooLargeError";
  }
}
