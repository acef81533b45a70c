/**
 * Decides, for one tracked table, what a refresh writes, or which fault stops it. Pure: it sees
 * the table as the first sync read it and the content the current dataset produces.
 *
 * Rows are matched by their key (a cluster table's id column; a summary's first column), so a
 * user's sort order and the values of the user's own columns stay with their rows: rows keep
 * their places, rows whose key left the dataset go, new keys are added at the end. Nothing the
 * user typed is dropped: a row that would go while holding the user's content stops the table.
 */
import { columnFormats, NUMBER_FORMAT, TEXT_FORMAT, toCellValue, type Cell } from "./cell-values";
import { isOurNote } from "./refresh-read";
import type { RegistryEntry } from "./registry-format";
import type { ProducedTable, ReadCell, RefreshFault, TableSnapshot } from "./refresh-types";

export interface TablePlan {
  top: number;
  left: number;
  width: number;
  oldRows: number;
  newRows: number;
  /** Header row: our columns' headers; null leaves a user's header as it is. */
  header: (string | null)[];
  /** Number formats of the body; null leaves a user column's format as it is. */
  formats: (string | null)[][];
  /** The body, written through `formulas`: our values, and the user's cells with their rows. */
  body: (Cell | boolean)[][];
  /** Rows of cells to insert below the table before it grows (content sits there). */
  shiftDown: number;
  /** Rows the table leaves when it shrinks: cleared, they held only our table. */
  clearRows: number;
  reapplyFilter: boolean;
  writeNote: boolean;
  /** Our column headers as now written, for the registry. */
  columns: string[];
  added: number;
  removed: number;
  userColumns: string[];
}

/** Which produced column identifies a row: the id field of a cluster table, a summary's group. */
export function keyColumn(entry: RegistryEntry): number {
  return entry.request.view === "clusters" ? entry.request.fields.indexOf("id") : 0;
}

const isBlank = (value: ReadCell | undefined) => value === undefined || value === "";
const keyText = (value: ReadCell | Cell | undefined) => String(value ?? "").trim();

interface Row {
  old?: number;
  produced?: number;
}

/** Old rows in place (minus those that go) and new keys at the end; or the rows that block. */
function matchRows(
  snapshot: TableSnapshot,
  produced: ProducedTable,
  keyAt: number,
  ourKeyColumn: number,
  userColumns: number[]
): { rows: Row[]; removed: number } | { blocked: { row: number; id: string }[]; column: number } {
  const producedIndex = new Map<string, number>();
  produced.rows.forEach((row, i) => {
    const key = keyText(row[keyAt]);
    if (!producedIndex.has(key)) producedIndex.set(key, i);
  });
  const rows: Row[] = [];
  const seen = new Set<string>();
  const blocked: { row: number; id: string; column: number }[] = [];
  let removed = 0;
  snapshot.body.forEach((line, r) => {
    const key = keyText(line[ourKeyColumn]);
    if (key && producedIndex.has(key) && !seen.has(key)) {
      seen.add(key);
      rows.push({ old: r, produced: producedIndex.get(key) });
      return;
    }
    // A row without a key is the user's own (typed into the table): all of it is theirs.
    const theirs = key ? userColumns : line.map((_, c) => c);
    const column = theirs.find((c) => !isBlank(line[c]));
    if (column !== undefined) blocked.push({ row: snapshot.top + 2 + r, id: key, column });
    else removed += 1;
  });
  if (blocked.length > 0)
    return { blocked: blocked.map(({ row, id }) => ({ row, id })), column: blocked[0].column };
  produced.rows.forEach((row, i) => {
    const key = keyText(row[keyAt]);
    if (!seen.has(key) && producedIndex.get(key) === i) {
      seen.add(key);
      rows.push({ produced: i });
    }
  });
  return { rows, removed };
}

export function planTable(
  entry: RegistryEntry,
  snapshot: TableSnapshot,
  produced: ProducedTable
): TablePlan | RefreshFault {
  const tableName = snapshot.name;
  // Entries written before columns were recorded: our headers are the ones the dataset gives.
  const previous = entry.columns.length > 0 ? entry.columns : produced.header;
  if (previous.length !== produced.header.length)
    return {
      kind: "produce-failed",
      tableName,
      message: `${previous.length} columns recorded, ${produced.header.length} produced`,
    };
  const positions = previous.map((name) => snapshot.header.indexOf(name));
  const missing = previous.filter((_, i) => positions[i] < 0);
  if (missing.length > 0) return { kind: "columns-missing", tableName, missing };
  const width = snapshot.header.length;
  const ours = new Map(positions.map((at, i) => [at, i]));
  const userColumns = snapshot.header.map((_, c) => c).filter((c) => !ours.has(c));
  const userNames = userColumns.map((c) => snapshot.header[c]);

  const keyAt = keyColumn(entry);
  let rows: Row[];
  let removed: number;
  let added: number;
  if (keyAt < 0) {
    // Without a key, rows can only be rewritten in order: safe only where every column is ours.
    if (userColumns.length > 0) return { kind: "no-key", tableName, userColumns: userNames };
    rows = produced.rows.map((_, i) => ({ produced: i }));
    removed = Math.max(0, snapshot.body.length - produced.rows.length);
    added = Math.max(0, produced.rows.length - snapshot.body.length);
  } else {
    const matched = matchRows(snapshot, produced, keyAt, positions[keyAt], userColumns);
    if ("blocked" in matched)
      return {
        kind: "user-content-in-removed-rows",
        tableName,
        column: snapshot.header[matched.column],
        rows: matched.blocked,
      };
    ({ rows, removed } = matched);
    added = rows.filter((r) => r.old === undefined).length;
  }
  // A table keeps at least one body row: an empty result leaves one blank row.
  if (rows.length === 0) rows = [{}];

  const cell = (row: Row, c: number): Cell | boolean => {
    const mine = ours.get(c);
    if (mine !== undefined)
      return row.produced === undefined ? "" : toCellValue(produced.rows[row.produced][mine]);
    return row.old === undefined ? "" : (snapshot.body[row.old][c] ?? "");
  };
  const ourFormats = columnFormats(produced.rows, produced.header.length, produced.formats);
  const formatOf = (c: number) => {
    const mine = ours.get(c);
    return mine === undefined ? null : (ourFormats[mine] ?? NUMBER_FORMAT);
  };
  const newRows = rows.length;
  const oldRows = snapshot.body.length;
  const growth = newRows - oldRows;
  const lastNewRow = snapshot.top + newRows;
  const below = snapshot.usedBelow;
  const covered = growth > 0 && below !== null && below.row <= lastNewRow;
  if (covered && snapshot.tablesAcrossBelow.length > 0)
    return {
      kind: "blocked-below",
      tableName,
      blockers: snapshot.tablesAcrossBelow,
      address: below.address,
    };
  const note = snapshot.note;
  return {
    top: snapshot.top,
    left: snapshot.left,
    width,
    oldRows,
    newRows,
    header: snapshot.header.map((_, c) => {
      const mine = ours.get(c);
      return mine === undefined ? null : produced.header[mine];
    }),
    formats: rows.map(() => snapshot.header.map((_, c) => formatOf(c))),
    body: rows.map((row) => snapshot.header.map((_, c) => cell(row, c))),
    shiftDown: covered ? growth : 0,
    clearRows: Math.max(0, -growth),
    reapplyFilter: snapshot.filtered,
    // Our note is rewritten only where it still holds our text (or nothing).
    writeNote: note !== null && isOurNote(note.value, entry.version),
    columns: produced.header.slice(),
    added,
    removed,
    userColumns: userNames,
  };
}

/** The header row's number formats: text for our headers, a user's left alone. */
export function headerFormats(plan: TablePlan): (string | null)[] {
  return plan.header.map((h) => (h === null ? null : TEXT_FORMAT));
}
