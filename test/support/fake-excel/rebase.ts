/**
 * What Excel does to references and merged areas when it inserts or deletes cells (Range.insert,
 * Range.delete, rows of a table): a reference to a cell that moved follows it, a reference to a
 * deleted cell becomes #REF!, and merged areas move, grow or block the shift. Rewriting a cell's
 * text never does any of this (EXCEL-BEHAVIOUR.md, "References move only when Excel moves cells").
 */

import { columnLetters, type Rect } from "./a1";
import type { ShiftAxis } from "./cells";
import { ErrorCodes, hostError } from "./errors";

export interface CellMove {
  sheetName: string;
  axis: ShiftAxis;
  /** First row (or column) that moves; for a delete, the one after the deleted block. */
  from: number;
  /** Rows (columns) moved: positive for an insert, negative for a delete. */
  delta: number;
  /** The columns (rows) the shift spans across. */
  band: { start: number; count: number };
}

const REFERENCE =
  /(^|[^A-Za-z0-9_.!$'"])((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?::(\$?)([A-Za-z]{1,3})(\$?)(\d+))?(?![\w(])/g;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

type Corner = { row: number; column: number };

/** Where a corner goes: moved, unchanged, or "deleted" (inside the deleted block). */
function moveCorner(corner: Corner, move: CellMove): Corner | "deleted" {
  const along = move.axis === "rows" ? corner.row : corner.column;
  const across = move.axis === "rows" ? corner.column : corner.row;
  if (across < move.band.start || across >= move.band.start + move.band.count) return corner;
  if (move.delta < 0 && along >= move.from + move.delta && along < move.from) return "deleted";
  if (along < move.from) return corner;
  return move.axis === "rows"
    ? { ...corner, row: corner.row + move.delta }
    : { ...corner, column: corner.column + move.delta };
}

function rebaseRange(first: Corner, last: Corner | undefined, move: CellMove) {
  const a = moveCorner(first, move);
  if (!last) return a === "deleted" ? undefined : { first: a };
  const b = moveCorner(last, move);
  if (a === "deleted" && b === "deleted") return undefined;
  // A range losing its first or last rows shrinks to what is left (Excel keeps the rest).
  const edge = move.from + move.delta;
  const start =
    a === "deleted"
      ? move.axis === "rows"
        ? { ...first, row: edge }
        : { ...first, column: edge }
      : a;
  const end =
    b === "deleted"
      ? move.axis === "rows"
        ? { ...last, row: edge - 1 }
        : { ...last, column: edge - 1 }
      : b;
  return { first: start, last: end };
}

const unquote = (prefix: string) => {
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
};

/** The formula `formula` (on sheet `own`) after Excel moved cells as `move` says. */
export function rebaseFormula(formula: string, own: string, move: CellMove): string {
  // Text inside string literals is not a reference.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            REFERENCE,
            (whole, lead: string, prefix: string | undefined, d1, c1, d2, r1, d3, c2, d4, r2) => {
              const target = prefix ? unquote(prefix) : own;
              if (target.toUpperCase() !== move.sheetName.toUpperCase()) return whole;
              const first = { column: columnIndex(c1), row: Number(r1) - 1 };
              const last = c2 ? { column: columnIndex(c2), row: Number(r2) - 1 } : undefined;
              const moved = rebaseRange(first, last, move);
              if (!moved) return `${lead}${prefix ?? ""}#REF!`;
              const cell = (c: Corner, dc: string, dr: string) =>
                `${dc}${columnLetters(c.column)}${dr}${c.row + 1}`;
              const text =
                cell(moved.first, d1, d2) +
                (moved.last && last ? `:${cell(moved.last, d3, d4)}` : "");
              return `${lead}${prefix ?? ""}${text}`;
            }
          )
    )
    .join("");
}

/**
 * Checks what a shift does to the sheet's merged areas and returns the change to apply: areas
 * after the cut move, an insert inside one grows it, one wholly deleted goes. A shift of part of a
 * merged area (it crosses the band's edge), or a delete of part of one, is refused: Excel will
 * not split merged cells (its message: "We can't do that to a merged cell"). Microsoft documents
 * no error code for the API; InvalidOperation is this fake's choice.
 */
export function planMergedShift(
  merged: Rect[],
  axis: ShiftAxis,
  from: number,
  delta: number,
  band: { start: number; count: number },
  location: string
): () => void {
  const edits: Array<() => void> = [];
  const cutStart = delta < 0 ? from + delta : from;
  const refuse = () =>
    hostError(ErrorCodes.invalidOperation, location, "We can't do that to a merged cell.");
  for (const m of merged) {
    const [start, length] = axis === "rows" ? [m.row, m.rowCount] : [m.column, m.columnCount];
    const [aStart, aLength] = axis === "rows" ? [m.column, m.columnCount] : [m.row, m.rowCount];
    const disjoint = aStart + aLength <= band.start || aStart >= band.start + band.count;
    if (disjoint || start + length <= cutStart) continue;
    const inside = aStart >= band.start && aStart + aLength <= band.start + band.count;
    if (!inside) throw refuse();
    const field = axis === "rows" ? "row" : "column";
    const size = axis === "rows" ? "rowCount" : "columnCount";
    if (start >= from) edits.push(() => (m[field] += delta));
    else if (delta > 0) edits.push(() => (m[size] += delta));
    else if (start >= cutStart && start + length <= from)
      edits.push(() => merged.splice(merged.indexOf(m), 1));
    else throw refuse();
  }
  return () => edits.forEach((edit) => edit());
}
