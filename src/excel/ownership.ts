/**
 * Which rows of a table the add-in wrote. At every write the add-in records a short fingerprint
 * of each row it wrote (its cells in our columns, as Excel then holds them); at the next refresh
 * a row whose cells still give a recorded fingerprint is ours, and any other row is the user's:
 * typed into the table, or one whose values in our columns the user corrected. Only our rows are
 * rewritten, moved or deleted. Pure.
 */

/** What Excel holds in a cell, as `values` reads it. */
export type HeldValue = string | number | boolean;

const WIDTH = 7; // 36^7 > 2^32: a 32-bit hash in base 36, fixed width so prints can be joined.

/** FNV-1a (32 bits) of a row's cells in our columns, in order. */
export function rowPrint(cells: HeldValue[]): string {
  let hash = 0x811c9dc5;
  const text = JSON.stringify(cells);
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(WIDTH, "0");
}

/** The prints of a registry entry as a multiset (two identical rows are two prints). */
export function printCounts(rows: string | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + WIDTH <= (rows ?? "").length; i += WIDTH) {
    const print = rows!.slice(i, i + WIDTH);
    counts.set(print, (counts.get(print) ?? 0) + 1);
  }
  return counts;
}

/** Takes one occurrence of `print` from `counts`; false where there is none left. */
export function takePrint(counts: Map<string, number>, print: string): boolean {
  const n = counts.get(print) ?? 0;
  if (n === 0) return false;
  counts.set(print, n - 1);
  return true;
}

export const joinPrints = (prints: string[]) => prints.join("");
