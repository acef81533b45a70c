/**
 * Refresh: rewrites every tracked table (or one) from the current dataset, then makes Excel
 * evaluate the workbook's SD.* formulas again.
 *
 * Syncs, whatever the number of tables K: 1. read every tracked table, its sheet, the rows below
 * it, and the list of sheets; 2. write every table, the registry, and find every sheet's formula
 * cells; 3. rewrite the SD formulas found (skipped when there are none). A table that cannot be
 * refreshed gets a fault and nothing written; the others are refreshed all the same.
 */
import { toLabelFormula } from "./cell-values";
import { qualifiedAddress, columnLetter } from "./names";
import { queueSdRewrite, queueFormulaSearch } from "./recalc-formulas";
import { planTable } from "./refresh-plan";
import {
  isOurNote,
  queueComparisonRead,
  queueTableRead,
  tableSnapshot,
  type QueuedSheetRead,
  type QueuedTableRead,
} from "./refresh-read";
import type {
  EntryOutcome,
  Produce,
  ProducedTable,
  RefreshFault,
} from "./refresh-types";
import { queueTableWrite } from "./refresh-write";
import { queueRegistryWrite, type LoadedRegistry } from "./registry";
import type { Language, RegistryEntry } from "./registry-format";

export interface RefreshOptions {
  registry: LoadedRegistry;
  /** The pane's builder: a table from a recorded request, in the recorded language. */
  produce: Produce;
  /** Version of the dataset `produce` reads. */
  datasetVersion: string;
  /** The note for a comparison sheet's A1; without it, A1 is left as it is. */
  comparisonNote?: (lang: Language) => string;
  /** Refresh this entry only ("refresh this table"). */
  only?: string;
  /** ISO time of the refresh (tests fix it). */
  now?: string;
}

export interface RefreshReport {
  registry: LoadedRegistry;
  /** One per entry refreshed or attempted, in registry order. */
  outcomes: EntryOutcome[];
  /** SD formula cells written again so that Excel evaluates them with the new data. */
  formulasRewritten: number;
}

type Pending =
  | { kind: "table"; read: QueuedTableRead; produced: ProducedTable }
  | { kind: "comparison"; read: QueuedSheetRead }
  | { kind: "fault"; entry: RegistryEntry; fault: RefreshFault };

function produceFor(entry: RegistryEntry, produce: Produce): ProducedTable | RefreshFault {
  try {
    return produce(entry.request, entry.lang);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { kind: "produce-failed", tableName: entry.tableName, message };
  }
}

const isFault = (value: object): value is RefreshFault => "kind" in value;

export async function refreshTables(options: RefreshOptions): Promise<RefreshReport> {
  const entries = options.registry.registry.entries.filter(
    (e) => options.only === undefined || e.id === options.only
  );
  const now = options.now ?? new Date().toISOString();
  return Excel.run(async (context) => {
    // Sync 1: every read at once.
    const sheets = context.workbook.worksheets;
    sheets.load("items/id");
    const pending: Pending[] = entries.map((entry): Pending => {
      if (entry.type === "comparison") {
        if (!entry.sheetName && !entry.sheetId)
          return { kind: "fault", entry, fault: { kind: "entry-empty", entryId: entry.id } };
        return { kind: "comparison", read: queueComparisonRead(context, entry) };
      }
      if (!entry.tableName && !entry.tableId)
        return { kind: "fault", entry, fault: { kind: "entry-empty", entryId: entry.id } };
      const produced = produceFor(entry, options.produce);
      if (isFault(produced)) return { kind: "fault", entry, fault: produced };
      const growth = Math.max(1, produced.rows.length);
      return { kind: "table", read: queueTableRead(context, entry, growth), produced };
    });
    await context.sync();

    // Sync 2: every write, the registry, and the search for formulas.
    const outcomes: EntryOutcome[] = [];
    const updated = new Map<string, RegistryEntry>();
    for (const item of pending) {
      if (item.kind === "fault") {
        outcomes.push({ status: "fault", entryId: item.entry.id, fault: item.fault });
        continue;
      }
      const entry = item.read.entry;
      if (item.kind === "comparison") {
        const sheet = item.read.sheet;
        if (!sheet || sheet.isNullObject) {
          const fault: RefreshFault = {
            kind: "sheet-deleted",
            sheetName: entry.sheetName,
            tableName: "",
          };
          outcomes.push({ status: "fault", entryId: entry.id, fault });
          continue;
        }
        if (options.comparisonNote && isOurNote(item.read.note?.values[0][0], entry.version))
          sheet.getRange("A1").formulas = [[toLabelFormula(options.comparisonNote(entry.lang))]];
        updated.set(entry.id, {
          ...entry,
          sheetName: sheet.name,
          sheetId: sheet.id,
          noteAddress: qualifiedAddress(sheet.name, "A1"),
          version: options.datasetVersion,
          refreshedAt: now,
        });
        outcomes.push({
          status: "refreshed",
          entryId: entry.id,
          type: "comparison",
          sheetName: sheet.name,
          ...(sheet.name !== entry.sheetName ? { sheetRenamedFrom: entry.sheetName } : {}),
        });
        continue;
      }
      const snapshot = tableSnapshot(item.read);
      const plan = isFault(snapshot) ? snapshot : planTable(entry, snapshot, item.produced);
      if (isFault(snapshot) || isFault(plan)) {
        outcomes.push({ status: "fault", entryId: entry.id, fault: plan as RefreshFault });
        continue;
      }
      queueTableWrite(context, entry, snapshot, plan, item.produced);
      const right = columnLetter(plan.left + plan.width - 1);
      const address = qualifiedAddress(
        snapshot.sheetName,
        `${columnLetter(plan.left)}${plan.top + 1}:${right}${plan.top + plan.newRows + 1}`
      );
      updated.set(entry.id, {
        ...entry,
        tableName: snapshot.name,
        tableId: snapshot.id,
        sheetName: snapshot.sheetName,
        sheetId: snapshot.sheetId,
        ...(plan.writeNote
          ? {
              noteAddress: qualifiedAddress(
                snapshot.sheetName,
                `${columnLetter(plan.left)}${plan.top}`
              ),
            }
          : {}),
        version: options.datasetVersion,
        refreshedAt: now,
        columns: plan.columns,
      });
      outcomes.push({
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
      });
    }
    const registry = {
      ...options.registry.registry,
      entries: options.registry.registry.entries.map((e) => updated.get(e.id) ?? e),
    };
    const stored =
      updated.size > 0 ? queueRegistryWrite(context, options.registry, registry) : undefined;
    const search = queueFormulaSearch(
      context,
      sheets.items.map((s) => s.id)
    );
    await context.sync();

    // Sync 3, only where SD formulas exist: enter them again.
    const formulasRewritten = queueSdRewrite(search);
    if (formulasRewritten > 0) await context.sync();
    return { registry: stored ? stored() : options.registry, outcomes, formulasRewritten };
  });
}
