/**
 * Decides, for one tracked table, what a refresh writes, or which fault stops it. Pure: it sees
 * the table as the reads found it and the content the current dataset produces.
 *
 * Only our rows (ownership.ts) are touched. Our rows are matched to the dataset by their key
 * (a cluster table's id column; a summary's first column): a matched row keeps its place and gets
 * the new values in our columns; a row whose key left the dataset is removed with Excel's own
 * delete; new keys are inserted at the end. A row that is not ours (the user typed it, or changed
 * our cells in it) keeps every cell as it is, and its key counts as present.
 */
import { columnFormats, toCellValue, type Cell } from "./cell-values";
import { joinPrints, printCounts, rowPrint, takePrint, type HeldValue } from "./ownership";
import type { RegistryEntry } from "./registry-format";
import type { TableCells, TableMeta } from "./refresh-read";
import type { ProducedTable, RefreshFault } from "./refresh-types";

/** One row of the table after the refresh, in order. */
export type FinalRow =
  | { kind: "ours"; old?: number; produced: number }
  | { kind: "user"; old: number }
  /** The table keeps one body row: the last of ours, emptied. */
  | { kind: "blank"; old: number };

export interface TablePlan {
  meta: TableMeta;
  produced: ProducedTable;
  /** Body rows (0-based, ascending) Excel deletes: ours, whose key left the dataset. */
  removed: number[];
  rows: FinalRow[];
  added: number;
  /** Our header cells whose text changes (recorded column index → new text). */
  headers: Map<number, string>;
  /** The number format of each of our columns. */
  formats: string[];
  /** What each final row holds in our columns (null: a user row, not written). */
  values: (HeldValue | null)[][];
  /** Prints of our rows as written, for the registry. */
  prints: string;
}

/** Which recorded column identifies a row: the id field of a cluster table, a summary's group. */
export function keyColumn(entry: RegistryEntry): number {
  return entry.request.view === "clusters" ? entry.request.fields.indexOf("id") : 0;
}

const keyText = (value: HeldValue | Cell | undefined) => String(value ?? "").trim();

export function planTable(
  meta: TableMeta,
  cells: TableCells,
  produced: ProducedTable
): TablePlan | RefreshFault {
  const { entry } = meta;
  const tableName = meta.name;
  if (entry.columns.length !== produced.header.length)
    return {
      kind: "produce-failed",
      tableName,
      message: `${entry.columns.length} ≠ ${produced.header.length}`,
    };
  const userColumns = meta.header.filter((_, c) => !meta.ours.includes(c));
  const counts = printCounts(entry.rows);
  const owned = cells.rows.map((row) => takePrint(counts, rowPrint(row)));
  const keyAt = keyColumn(entry);
  if (keyAt < 0 && userColumns.length > 0) return { kind: "no-key", tableName, userColumns };

  const removed: number[] = [];
  const claimed = new Map<number, number>(); // old row → produced row
  const seen = new Set<string>();
  const index = new Map<string, number>(); // key → its first produced row
  produced.rows.forEach((row, i) => {
    const key = keyAt < 0 ? String(i) : keyText(row[keyAt]);
    if (!index.has(key)) index.set(key, i);
  });
  if (keyAt < 0) {
    // No key: our rows take the produced rows in order; the rest of ours go.
    let next = 0;
    cells.rows.forEach((_, r) => {
      if (!owned[r]) return;
      if (next < produced.rows.length) claimed.set(r, next++);
      else removed.push(r);
    });
    for (let i = 0; i < next; i++) seen.add(String(i));
  } else {
    // Our rows claim their keys first, so a user's duplicate never pushes one of ours out.
    cells.rows.forEach((row, r) => {
      if (!owned[r]) return;
      const key = keyText(row[keyAt]);
      if (key && index.has(key) && !seen.has(key)) {
        seen.add(key);
        claimed.set(r, index.get(key)!);
      } else removed.push(r);
    });
    cells.rows.forEach((row, r) => {
      if (!owned[r]) seen.add(keyText(row[keyAt]));
    });
  }
  const fresh = [...index.entries()].filter(([key]) => !seen.has(key)).map(([, i]) => i);

  const rows: FinalRow[] = [];
  cells.rows.forEach((_, r) => {
    // Stryker disable next-line StringLiteral: no code reads "ours" (only "user" and "blank")
    if (claimed.has(r)) rows.push({ kind: "ours", old: r, produced: claimed.get(r)! });
    else if (!owned[r]) rows.push({ kind: "user", old: r });
  });
  // Stryker disable next-line StringLiteral: no code reads "ours" (only "user" and "blank")
  for (const i of fresh) rows.push({ kind: "ours", produced: i });
  // A table keeps at least one body row.
  if (rows.length === 0 && removed.length > 0) rows.push({ kind: "blank", old: removed.pop()! });

  const width = produced.header.length;
  const values = rows.map((row): (HeldValue | null)[] => {
    if (row.kind === "user") return Array<null>(width).fill(null);
    if (row.kind === "blank") return Array<string>(width).fill("");
    return produced.rows[row.produced].map((v) => toCellValue(v));
  });
  const headers = new Map<number, string>();
  produced.header.forEach((text, k) => {
    if (meta.header[meta.ours[k]] !== text) headers.set(k, text);
  });
  const formats = columnFormats(produced.rows, width, produced.formats);
  const prints = joinPrints(
    values.filter((_, i) => rows[i].kind !== "user").map((v) => rowPrint(v as HeldValue[]))
  );
  return {
    meta,
    produced,
    removed,
    rows,
    added: fresh.length,
    headers,
    formats,
    values,
    prints,
  };
}

/** Consecutive runs of row indices (ascending input), as [first, count]. */
export function runs(indices: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const i of indices) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === i) last[1] += 1;
    else out.push([i, 1]);
  }
  return out;
}
