/** Tables live in their sheet's cells; this module holds their shape and how it changes. */

import { intersect, type Rect } from "./a1";
import { isEmptyCell, type Cell, type CellStore, type ShiftAxis } from "./cells";
import { ErrorCodes, hostError, invalidArgument, Messages } from "./errors";

export interface TableSheet {
  cells: CellStore;
  hiddenRows: Set<number>;
}

export interface TableModel<S extends TableSheet = TableSheet> {
  id: string;
  name: string;
  sheet: S;
  /** Whole table, header row included. */
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  /** Set by a user's sort (tests call WorkbookModel.sortTable). */
  sortedBy?: { columnIndex: number; ascending: boolean };
  /** Columns with an active AutoFilter criterion (tests call WorkbookModel.filterTable). */
  filteredColumns: Set<number>;
  /** The user's criterion per filtered column, kept so reapplyFilters can run it again. */
  criteria?: Map<number, (value: unknown) => boolean>;
}

export function headerRect(t: TableModel): Rect {
  return { ...t.rect, rowCount: 1 };
}

/** Between the header row and the totals row (getDataBodyRange leaves both out). */
export function bodyRect(t: TableModel): Rect {
  return { ...t.rect, row: t.rect.row + 1, rowCount: t.rect.rowCount - 1 - (t.showTotals ? 1 : 0) };
}

export function headerNames(t: TableModel): string[] {
  return t.sheet.cells.map(headerRect(t), (cell) => String(cell?.value ?? ""))[0];
}

/** Excel turns blank headers into "ColumnN" and makes duplicates unique ("Name2"). */
export function normaliseHeaders(cells: CellStore, header: Rect): void {
  const used = new Set<string>();
  for (let c = 0; c < header.columnCount; c++) {
    const cell = cells.ensure(header.row, header.column + c);
    const base = isEmptyCell(cell) ? `Column${c + 1}` : String(cell.value);
    let name = base;
    for (let n = 2; used.has(name.toUpperCase()); n++) name = `${base}${n}`;
    used.add(name.toUpperCase());
    cell.value = name;
    delete cell.formula;
  }
}

export function assertNoOverlap(
  tables: TableModel[],
  sheet: TableSheet,
  rect: Rect,
  location: string,
  except?: TableModel
): void {
  const clash = tables.some((t) => t !== except && t.sheet === sheet && intersect(t.rect, rect));
  if (clash) throw invalidArgument(location, Messages.tableOverlap);
}

export function nextTableName(tables: TableModel[]): string {
  for (let n = 1; ; n++) {
    const name = `Table${n}`;
    if (!tables.some((t) => t.name.toUpperCase() === name.toUpperCase())) return name;
  }
}

/** A user's sort: body rows are physically reordered, as Excel does. */
export function sortBody(t: TableModel, columnIndex: number, ascending: boolean): void {
  const body = bodyRect(t);
  // Copies: clearing the body below empties the stored cell objects.
  const rows = t.sheet.cells.map(body, (cell) => (cell ? { ...cell } : undefined));
  const key = (row: Array<Cell | undefined>) => row[columnIndex]?.value ?? "";
  rows.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    const order =
      typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
    return ascending ? order : -order;
  });
  t.sheet.cells.clear(body, "All");
  rows.forEach((line, r) =>
    line.forEach((cell, c) => {
      if (cell) Object.assign(t.sheet.cells.ensure(body.row + r, body.column + c), cell);
    })
  );
  t.sortedBy = { columnIndex, ascending };
}

/** A user's AutoFilter: rows whose value fails `keep` are hidden. */
export function filterBody(
  t: TableModel,
  columnIndex: number,
  keep: (value: unknown) => boolean
): void {
  const body = bodyRect(t);
  for (let r = 0; r < body.rowCount; r++) {
    const value = t.sheet.cells.get(body.row + r, body.column + columnIndex)?.value ?? "";
    if (!keep(value)) t.sheet.hiddenRows.add(body.row + r);
  }
  t.filteredColumns.add(columnIndex);
  t.criteria = new Map(t.criteria).set(columnIndex, keep);
}

/**
 * Table.reapplyFilters / AutoFilter.reapply: every body row is shown, then each stored criterion
 * hides the rows it rejects now. Rows written since the filter was set are judged by their new
 * values; without a reapply, hidden rows stay hidden whatever they now hold, as in Excel.
 */
export function reapplyFilters(t: TableModel): void {
  const body = bodyRect(t);
  for (let r = 0; r < body.rowCount; r++) t.sheet.hiddenRows.delete(body.row + r);
  for (const [columnIndex, keep] of t.criteria ?? []) {
    for (let r = 0; r < body.rowCount; r++) {
      const value = t.sheet.cells.get(body.row + r, body.column + columnIndex)?.value ?? "";
      if (!keep(value)) t.sheet.hiddenRows.add(body.row + r);
    }
  }
}

export function clearFilters(t: TableModel): void {
  const body = bodyRect(t);
  for (let r = 0; r < body.rowCount; r++) t.sheet.hiddenRows.delete(body.row + r);
  t.filteredColumns.clear();
  delete t.criteria;
}

function span(rect: Rect, axis: ShiftAxis): { along: [number, number]; across: [number, number] } {
  return axis === "rows"
    ? {
        along: [rect.row, rect.row + rect.rowCount],
        across: [rect.column, rect.column + rect.columnCount],
      }
    : {
        along: [rect.column, rect.column + rect.columnCount],
        across: [rect.row, rect.row + rect.rowCount],
      };
}

/**
 * Validates what an insert (delta > 0) or delete (delta < 0) of cells at `from` does to
 * the sheet's tables and returns the change to apply once the cells have moved:
 * tables after the cut move, a cut inside a table's body grows or shrinks it, a table
 * wholly deleted goes away, and a cut through part of a table is InsertDeleteConflict.
 */
export function planTableShift(
  tables: TableModel[],
  sheet: TableSheet,
  axis: ShiftAxis,
  from: number,
  delta: number,
  band: { start: number; count: number },
  location: string
): () => void {
  const edits: Array<() => void> = [];
  const cutStart = delta < 0 ? from + delta : from;
  for (const t of tables.filter((x) => x.sheet === sheet)) {
    const { along, across } = span(t.rect, axis);
    const acrossDisjoint = across[1] <= band.start || across[0] >= band.start + band.count;
    if (acrossDisjoint || along[1] <= cutStart) continue;
    const acrossInside = across[0] >= band.start && across[1] <= band.start + band.count;
    const conflict = () => hostError(ErrorCodes.insertDeleteConflict, location);
    if (!acrossInside) throw conflict();
    const move = (field: "row" | "column" | "rowCount" | "columnCount") =>
      edits.push(() => (t.rect[field] += delta));
    const start = axis === "rows" ? "row" : "column";
    const length = axis === "rows" ? "rowCount" : "columnCount";
    if (along[0] >= from) move(start);
    else if (delta > 0) move(length);
    else if (along[0] >= cutStart && along[1] <= from)
      edits.push(() => tables.splice(tables.indexOf(t), 1));
    else if (
      cutStart > along[0] &&
      from <= along[1] &&
      along[1] - along[0] + delta >= (axis === "rows" ? 2 : 1)
    )
      move(length);
    else throw conflict();
  }
  return () => edits.forEach((edit) => edit());
}
