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
import type { EntryOutcome, Produce, ProducedTable, RefreshFault } from "./refresh-types";
import {
  comparisonRefreshed,
  shiftOffsets,
  tableRefreshed,
  writeOrder,
  type PlannedWrite,
} from "./refresh-outcome";
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
    const outcomes = new Map<string, EntryOutcome>();
    const updated = new Map<string, RegistryEntry>();
    const writes: PlannedWrite[] = [];
    const version = options.datasetVersion;
    const fail = (entry: RegistryEntry, fault: RefreshFault) =>
      outcomes.set(entry.id, { status: "fault", entryId: entry.id, fault });
    for (const item of pending) {
      if (item.kind === "fault") {
        fail(item.entry, item.fault);
        continue;
      }
      const entry = item.read.entry;
      if (item.kind === "comparison") {
        const sheet = item.read.sheet;
        if (!sheet || sheet.isNullObject) {
          fail(entry, { kind: "sheet-deleted", sheetName: entry.sheetName, tableName: "" });
          continue;
        }
        if (options.comparisonNote && isOurNote(item.read.note?.values[0][0], entry.version))
          sheet.getRange("A1").formulas = [[toLabelFormula(options.comparisonNote(entry.lang))]];
        const done = comparisonRefreshed(entry, sheet, version, now);
        updated.set(entry.id, done.entry);
        outcomes.set(entry.id, done.outcome);
        continue;
      }
      const snapshot = tableSnapshot(item.read);
      if (isFault(snapshot)) {
        fail(entry, snapshot);
        continue;
      }
      const plan = planTable(entry, snapshot, item.produced);
      if (isFault(plan)) fail(entry, plan);
      else writes.push({ entry, snapshot, plan, produced: item.produced });
    }
    const offsets = shiftOffsets(writes);
    writes.forEach((write, i) => {
      const done = tableRefreshed(write, offsets[i], version, now);
      updated.set(write.entry.id, done.entry);
      outcomes.set(write.entry.id, done.outcome);
    });
    for (const write of writeOrder(writes))
      queueTableWrite(context, write.entry, write.snapshot, write.plan, write.produced);
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
    return {
      registry: stored ? stored() : options.registry,
      outcomes: entries.map((e) => outcomes.get(e.id)!),
      formulasRewritten,
    };
  });
}
