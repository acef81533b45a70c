/**
 * What a refresh records and reports for an entry it wrote: the registry entry as it now stands
 * (name, ids, sheet, note text and cell, version, time, our columns, our rows' prints) and the
 * outcome the pane shows. Pure.
 */
import { columnLetter, qualifiedAddress } from "./names";
import type { PlannedWrite } from "./refresh-write";
import type { ComparisonRefreshed, TableRefreshed } from "./refresh-types";
import type { RegistryEntry } from "./registry-format";
import { toCellValue } from "./cell-values";

export function tableRefreshed(
  write: PlannedWrite,
  version: string,
  now: string
): { entry: RegistryEntry; outcome: TableRefreshed } {
  const { plan, move, offset } = write;
  const { meta, produced } = plan;
  const top = meta.top + offset;
  const left = columnLetter(meta.left);
  const right = columnLetter(meta.left + meta.width - 1);
  const last = top + 1 + plan.rows.length + (meta.totals ? 1 : 0);
  const address = qualifiedAddress(meta.sheetName, `${left}${top + 1}:${right}${last}`);
  const entry = meta.entry;
  return {
    entry: {
      ...entry,
      tableName: meta.name,
      tableId: meta.id,
      sheetName: meta.sheetName,
      sheetId: meta.sheetId,
      noteAddress: qualifiedAddress(meta.sheetName, `${left}${top}`),
      version,
      refreshedAt: now,
      columns: produced.header.slice(),
      note: String(toCellValue(produced.note)),
      rows: plan.prints,
    },
    outcome: {
      status: "refreshed",
      entryId: entry.id,
      type: entry.type === "chart" ? "chart" : "table",
      tableName: meta.name,
      sheetName: meta.sheetName,
      address,
      added: plan.added,
      removed: plan.removed.length,
      userColumns: meta.header.filter((_, c) => !meta.ours.includes(c)),
      userRows: plan.rows.flatMap((row, i) => (row.kind === "user" ? [top + 2 + i] : [])),
      moved: move,
      ...(meta.name !== entry.tableName ? { renamedFrom: entry.tableName } : {}),
      ...(meta.sheetName !== entry.sheetName ? { sheetRenamedFrom: entry.sheetName } : {}),
      filterReapplied: meta.filtered,
    },
  };
}

export function comparisonRefreshed(
  entry: RegistryEntry,
  sheet: { name: string; id: string },
  version: string,
  now: string,
  note: string | undefined
): { entry: RegistryEntry; outcome: ComparisonRefreshed } {
  return {
    entry: {
      ...entry,
      sheetName: sheet.name,
      sheetId: sheet.id,
      noteAddress: qualifiedAddress(sheet.name, "A1"),
      version,
      refreshedAt: now,
      ...(note !== undefined ? { note } : {}),
    },
    outcome: {
      status: "refreshed",
      entryId: entry.id,
      type: "comparison",
      sheetName: sheet.name,
      ...(sheet.name !== entry.sheetName ? { sheetRenamedFrom: entry.sheetName } : {}),
    },
  };
}
