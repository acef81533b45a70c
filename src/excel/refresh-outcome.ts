/**
 * What a refresh records and reports for an entry it refreshed: the registry entry as it now
 * stands (name, id, sheet, note, version, time, our columns) and the outcome the pane shows.
 * Pure. Also where a table ends up after the tables above it on its sheet grew over content.
 */
import { columnLetter, qualifiedAddress } from "./names";
import type { TablePlan } from "./refresh-plan";
import type {
  ComparisonRefreshed,
  ProducedTable,
  TableRefreshed,
  TableSnapshot,
} from "./refresh-types";
import type { RegistryEntry } from "./registry-format";

export interface PlannedWrite {
  entry: RegistryEntry;
  snapshot: TableSnapshot;
  plan: TablePlan;
  produced: ProducedTable;
}

/**
 * Rows each planned table moves down because a table above it, in the same sheet and across its
 * columns, inserted cells below itself (tables cut by such a shift were stopped by the plan).
 */
export function shiftOffsets(writes: PlannedWrite[]): number[] {
  return writes.map(({ snapshot: t, plan: p }) =>
    writes
      .filter(
        ({ snapshot: u, plan: q }) =>
          u.sheetId === t.sheetId &&
          q.shiftDown > 0 &&
          u.top < t.top &&
          u.left <= p.left &&
          u.left + q.width >= p.left + p.width
      )
      .reduce((n, w) => n + w.plan.shiftDown, 0)
  );
}

/**
 * Writes go bottom-up within each sheet: a table's shift down moves the tables below it, which
 * are then already written, so the positions read in the first sync stay true for every write.
 */
export function writeOrder(writes: PlannedWrite[]): PlannedWrite[] {
  return [...writes].sort((a, b) => b.snapshot.top - a.snapshot.top);
}

export function tableRefreshed(
  write: PlannedWrite,
  offset: number,
  version: string,
  now: string
): { entry: RegistryEntry; outcome: TableRefreshed } {
  const { entry, snapshot, plan } = write;
  const top = plan.top + offset;
  const left = columnLetter(plan.left);
  const right = columnLetter(plan.left + plan.width - 1);
  const address = qualifiedAddress(
    snapshot.sheetName,
    `${left}${top + 1}:${right}${top + plan.newRows + 1}`
  );
  return {
    entry: {
      ...entry,
      tableName: snapshot.name,
      tableId: snapshot.id,
      sheetName: snapshot.sheetName,
      sheetId: snapshot.sheetId,
      ...(plan.writeNote
        ? { noteAddress: qualifiedAddress(snapshot.sheetName, `${left}${top}`) }
        : {}),
      version,
      refreshedAt: now,
      columns: plan.columns,
    },
    outcome: {
      status: "refreshed",
      entryId: entry.id,
      type: entry.type === "chart" ? "chart" : "table",
      tableName: snapshot.name,
      sheetName: snapshot.sheetName,
      address,
      added: plan.added,
      removed: plan.removed,
      userColumns: plan.userColumns,
      ...(snapshot.name !== entry.tableName ? { renamedFrom: entry.tableName } : {}),
      ...(snapshot.sheetName !== entry.sheetName ? { sheetRenamedFrom: entry.sheetName } : {}),
      shiftedDown: plan.shiftDown,
      filterReapplied: plan.reapplyFilter,
      noteLeft: !plan.writeNote,
    },
  };
}

export function comparisonRefreshed(
  entry: RegistryEntry,
  sheet: { name: string; id: string },
  version: string,
  now: string
): { entry: RegistryEntry; outcome: ComparisonRefreshed } {
  return {
    entry: {
      ...entry,
      sheetName: sheet.name,
      sheetId: sheet.id,
      noteAddress: qualifiedAddress(sheet.name, "A1"),
      version,
      refreshedAt: now,
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
