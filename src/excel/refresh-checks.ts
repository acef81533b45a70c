/**
 * The last read of a refresh, for tables whose rows must be added or removed: whether a removed
 * row holds the user's content, and which of Excel's two ways of moving rows harms nothing.
 *
 * - Moving cells in the table's columns (what Excel does to a table's own rows) shears any row
 *   below that has content both inside and outside those columns, and Excel refuses it where
 *   another table or a merged area crosses the columns' edges below.
 * - Moving whole sheet rows deletes what sits beside a removed row, and splits a block beside the
 *   table that spans the point where rows are inserted.
 *
 * Cells are preferred (Excel's own behaviour for tables); whole rows where cells would harm;
 * where both would, the table stops and the message says where.
 */
import { qualifiedAddress } from "./names";
import { runs, type TablePlan } from "./refresh-plan";
import type { RefreshFault } from "./refresh-types";

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

export type Move = "none" | "cells" | "rows";

type Used = Excel.Range;

export interface QueuedChecks {
  plan: TablePlan;
  userInRemoved: { used: Used; first: number; column: number }[];
  below: Used | null;
  besideBelow: Used[];
  across: Excel.TableScopedCollection | null;
  inside: Excel.TableScopedCollection | null;
  merged: Excel.RangeAreas | null;
  besideRemoved: Used[];
  boundary: [Used[], Used[]];
}

function used(range: Excel.Range): Used {
  const u = range.getUsedRangeOrNullObject(true);
  u.load("address,rowIndex,rowCount,columnIndex,columnCount");
  return u;
}

/** The parts of `rows` rows from `row` beside the table (left of it and right of it). */
function beside(sheet: Excel.Worksheet, plan: TablePlan, row: number, count: number): Used[] {
  const { left, width } = plan.meta;
  const parts: Used[] = [];
  if (left > 0) parts.push(used(sheet.getRangeByIndexes(row, 0, count, left)));
  if (left + width < MAX_COLUMNS)
    parts.push(used(sheet.getRangeByIndexes(row, left + width, count, MAX_COLUMNS - left - width)));
  return parts;
}

export function queueChecks(context: Excel.RequestContext, plan: TablePlan): QueuedChecks {
  const { meta } = plan;
  const sheet = context.workbook.worksheets.getItem(meta.sheetId);
  const bodyTop = meta.top + 1;
  const userOffsets = meta.header.map((_, c) => c).filter((c) => !meta.ours.includes(c));
  const userInRemoved = runs(plan.removed).flatMap(([first, count]) =>
    runs(userOffsets).map(([column, n]) => ({
      used: used(sheet.getRangeByIndexes(bodyTop + first, meta.left + column, count, n)),
      first,
      column,
    }))
  );
  const after = bodyTop + meta.bodyRows + (meta.totals ? 1 : 0);
  // Only tables whose rows move are checked (refresh.ts).
  const band =
    after < MAX_ROWS
      ? sheet.getRangeByIndexes(after, meta.left, MAX_ROWS - after, meta.width)
      : null;
  const across = band ? band.getTables(false) : null;
  across?.load("items/name");
  const inside = band ? band.getTables(true) : null;
  inside?.load("items/name");
  const merged = band ? band.getMergedAreasOrNullObject() : null;
  merged?.load("areas/items/columnIndex,areas/items/columnCount,areas/items/address");
  const kept = [...Array(meta.bodyRows).keys()].filter((r) => !plan.removed.includes(r));
  const lastKept = kept.length > 0 ? bodyTop + kept[kept.length - 1] : meta.top;
  const insertAt = bodyTop + meta.bodyRows;
  return {
    plan,
    userInRemoved,
    below: band ? used(band) : null,
    // Stryker disable next-line ArrayDeclaration: without a band there is no `below`, the only reader
    besideBelow: band ? beside(sheet, plan, after, MAX_ROWS - after) : [],
    across,
    inside,
    merged,
    besideRemoved: runs(plan.removed).flatMap(([first, count]) =>
      beside(sheet, plan, bodyTop + first, count)
    ),
    boundary:
      plan.added > 0 && insertAt < MAX_ROWS
        ? [beside(sheet, plan, lastKept, 1), beside(sheet, plan, insertAt, 1)]
        : [[], []],
  };
}

const found = (u: Used) => !u.isNullObject;
const rowsOverlap = (a: Used, b: Used) =>
  a.rowIndex < b.rowIndex + b.rowCount && b.rowIndex < a.rowIndex + a.rowCount;
const local = (address: string) => address.slice(address.lastIndexOf("!") + 1);

/** After the sync: how rows move, or the fault that stops the table. */
export function chooseMove(checks: QueuedChecks): Move | RefreshFault {
  const { plan } = checks;
  const { meta } = plan;
  const tableName = meta.name;
  const blocked = checks.userInRemoved.filter((c) => found(c.used));
  if (blocked.length > 0) {
    const rows = blocked.flatMap((c) =>
      Array.from({ length: c.used.rowCount }, (_, i) => c.used.rowIndex + i + 1)
    );
    return {
      kind: "user-content-in-removed-rows",
      tableName,
      column: meta.header[blocked[0].column],
      rows: [...new Set(rows)].map((row) => ({ row, id: "" })),
    };
  }
  if (plan.added === 0 && plan.removed.length === 0) return "none";
  const where = (u: Used) => qualifiedAddress(meta.sheetName, local(u.address));

  // Cells in the table's columns.
  const inside = new Set(checks.inside?.items.map((t) => t.name) ?? []);
  // The band starts below the table (and its totals row), so the table itself is never in it.
  const crossing = (checks.across?.items ?? []).filter((t) => !inside.has(t.name));
  let shear = crossing.map((t) => t.name).join("、");
  const mergedAcross = checks.merged?.isNullObject
    ? []
    : (checks.merged?.areas.items ?? []).filter(
        (m) => m.columnIndex < meta.left || m.columnIndex + m.columnCount > meta.left + meta.width
      );
  if (!shear && mergedAcross.length > 0) shear = where(mergedAcross[0] as Used);
  const below = checks.below && found(checks.below) ? checks.below : null;
  const besideBelow = below
    ? checks.besideBelow.filter((u) => found(u) && rowsOverlap(u, below))
    : [];
  if (!shear && below && besideBelow.length > 0) shear = where(below);
  // What moves down: the block below, or with nothing below, the table's own last row (Excel
  // refuses a table grown past the sheet's end, which would fail the whole refresh).
  const tableBottom = meta.top + meta.bodyRows + (meta.totals ? 1 : 0);
  const movedBottom = below ? below.rowIndex + below.rowCount - 1 : tableBottom;
  const cellsRoom = movedBottom + plan.added < MAX_ROWS;
  if (!shear && cellsRoom) return "cells";

  // Whole sheet rows.
  let split = "";
  const hit = checks.besideRemoved.find(found);
  if (hit) split = where(hit);
  const [above, under] = checks.boundary;
  const spanning = above.filter(found).length > 0 && under.filter(found).length > 0;
  if (!split && spanning) split = where(under.find(found)!);
  const rowsRoom = meta.usedBottom + plan.added < MAX_ROWS;
  if (!split && rowsRoom) return "rows";
  if (!shear && !split) return { kind: "no-room", tableName, sheetName: meta.sheetName };
  return { kind: "no-safe-move", tableName, below: shear, beside: split };
}
