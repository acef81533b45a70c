/**
 * Refresh: rewrites the add-in's cells of every tracked table (or one) from the current dataset,
 * then makes Excel evaluate the workbook's SD.* formulas again.
 *
 * Every check is made before anything is written, and a table that fails one is skipped with a
 * fault naming it and the reason; the others proceed. Syncs, for K tables:
 *   1 (find every table, prove it is ours) + R (our columns, ≤ 4 MB each: R ≈ bytes / 4 MB, ≥ 1)
 *   + 1 where any table adds or removes rows (room and harm checks) + B (row moves and our
 *   cells, ≤ 4 MB each, the last with the registry: B ≈ bytes / 4 MB, ≥ 1)
 *   + 1 + F + W (formula re-entry, recalc-formulas.ts).
 * Constant in K and in the number of formulas; it grows only with bytes.
 * If Excel still refuses a write, the tables are read again and the registry records what they
 * now hold (one more read and one write).
 */
import { toLabelFormula } from "./cell-values";
import { printCounts, rowPrint, takePrint, joinPrints } from "./ownership";
import { queueSheetScan, reenterSdFormulas } from "./recalc-formulas";
import { chooseMove, queueChecks, type Move } from "./refresh-checks";
import { comparisonRefreshed, tableRefreshed } from "./refresh-outcome";
import { planTable, type TablePlan } from "./refresh-plan";
import {
  expectedRowBytes,
  queueComparisonRead,
  queueMeta,
  readCells,
  tableMeta,
  type QueuedSheetRead,
  type TableMeta,
} from "./refresh-read";
import type {
  EntryOutcome,
  Produce,
  ProducedTable,
  RefreshFault,
  WriteRejection,
} from "./refresh-types";
import {
  offsets,
  queuePiece,
  queueRowMoves,
  valueBatches,
  type PlannedWrite,
} from "./refresh-write";
import { queueRegistryWrite, type LoadedRegistry } from "./registry";
import { duplicateIds, type Language, type RegistryEntry } from "./registry-format";

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

const isFault = (value: object): value is RefreshFault => "kind" in value;

function produceFor(entry: RegistryEntry, produce: Produce): ProducedTable | RefreshFault {
  try {
    return produce(entry.request, entry.lang);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A query error (src/core) says what no longer resolves in either language.
    const describe = (error as { describe?: (lang: Language) => string }).describe;
    return {
      kind: "produce-failed",
      tableName: entry.tableName,
      message: describe ? describe.call(error, "en") : message,
      ...(describe ? { zh: describe.call(error, "zh-CN") } : {}),
    };
  }
}

/** Faults that need no trip to Excel: duplicate ids, twin entries, entries proving nothing. */
function precheck(entry: RegistryEntry, all: RegistryEntry[], duplicates: Set<string>) {
  const tableName = entry.tableName || entry.sheetName;
  if (duplicates.has(entry.id))
    return { kind: "duplicate-entry", entryId: entry.id, tableName, twin: false } as const;
  if (entry.type === "comparison") {
    if (!entry.sheetName && !entry.sheetId)
      return { kind: "entry-empty", entryId: entry.id } as const;
    const twin = all.some(
      (e) =>
        e !== entry &&
        e.type === "comparison" &&
        (e.sheetId || e.sheetName) === (entry.sheetId || entry.sheetName)
    );
    return twin
      ? ({ kind: "duplicate-entry", entryId: entry.id, tableName, twin: true } as const)
      : null;
  }
  if (!entry.tableName && !entry.tableId)
    return { kind: "entry-empty", entryId: entry.id } as const;
  if (!entry.tableId || entry.note === undefined)
    return { kind: "not-ours", tableName, sheetName: entry.sheetName, reason: "no-id" } as const;
  if (all.some((e) => e !== entry && e.tableId === entry.tableId))
    return { kind: "duplicate-entry", entryId: entry.id, tableName, twin: true } as const;
  return null;
}

/** Excel's refusal in words the pane translates; its own text is never shown. */
function rejection(error: unknown): WriteRejection {
  const code = (error as { code?: string })?.code ?? "";
  if (code === "AccessDenied") return "protected";
  if (code === "InsertDeleteConflict") return "conflict";
  if (code === "InvalidOperation" || code === "MergedRangeConflict") return "merged";
  if (code.endsWith("PayloadSizeLimitExceeded")) return "size";
  return "other";
}

export async function refreshTables(options: RefreshOptions): Promise<RefreshReport> {
  const all = options.registry.registry.entries;
  const entries = all.filter((e) => options.only === undefined || e.id === options.only);
  const duplicates = duplicateIds(options.registry.registry);
  const now = options.now ?? new Date().toISOString();
  const version = options.datasetVersion;
  const outcomes = new Map<RegistryEntry, EntryOutcome>();
  const updated = new Map<RegistryEntry, RegistryEntry>();
  const fail = (entry: RegistryEntry, fault: RefreshFault) =>
    outcomes.set(entry, { status: "fault", entryId: entry.id, fault });

  return Excel.run(async (context) => {
    // 1. Find every table and prove it is ours.
    const metaReads: {
      entry: RegistryEntry;
      produced: ProducedTable;
      read: ReturnType<typeof queueMeta>;
    }[] = [];
    const comparisons: QueuedSheetRead[] = [];
    for (const entry of entries) {
      const early = precheck(entry, all, duplicates);
      if (early) {
        fail(entry, early);
        continue;
      }
      if (entry.type === "comparison") {
        comparisons.push(queueComparisonRead(context, entry));
        continue;
      }
      const produced = produceFor(entry, options.produce);
      if (isFault(produced)) fail(entry, produced);
      else metaReads.push({ entry, produced, read: queueMeta(context, entry) });
    }
    await context.sync();
    const metas: { meta: TableMeta; produced: ProducedTable }[] = [];
    for (const { entry, produced, read } of metaReads) {
      const meta = tableMeta(read);
      if (isFault(meta)) fail(entry, meta);
      else metas.push({ meta, produced });
    }

    // 2. Our columns and the note above each table.
    const producedOf = new Map(metas.map((m) => [m.meta, m.produced]));
    const cells = await readCells(
      context,
      metas.map((m) => m.meta),
      (meta) => expectedRowBytes(producedOf.get(meta)!.rows)
    );
    const plans: TablePlan[] = [];
    for (const { meta, produced } of metas) {
      const found = cells.get(meta)!;
      // A missing note (null) differs too: precheck let through only entries that record one.
      if (found.note !== meta.entry.note) {
        fail(meta.entry, {
          kind: "not-ours",
          tableName: meta.name,
          sheetName: meta.sheetName,
          reason: "note",
        });
        continue;
      }
      const plan = planTable(meta, found, produced);
      if (isFault(plan)) fail(meta.entry, plan);
      else plans.push(plan);
    }

    // 3. Where rows move: the user's content in removed rows, and which way of moving harms nothing.
    const moving = plans
      .filter((p) => p.added > 0 || p.removed.length > 0)
      .map((p) => queueChecks(context, p));
    if (moving.length > 0) await context.sync();
    const moves = new Map<TablePlan, Move>();
    for (const checks of moving) {
      const move = chooseMove(checks);
      if (typeof move === "string") moves.set(checks.plan, move);
      else fail(checks.plan.meta.entry, move);
    }
    const chosen = plans
      .filter((p) => moves.has(p) || (p.added === 0 && p.removed.length === 0))
      .map((plan) => ({ plan, move: moves.get(plan) ?? ("none" as Move) }));
    const shifts = offsets(chosen);
    const writes: PlannedWrite[] = chosen.map((w, i) => ({ ...w, offset: shifts[i] }));

    // Comparison sheets: their note, where it is still exactly ours.
    const noteWrites: (() => void)[] = [];
    // Every entry here names a sheet (precheck), so its sheet and A1 were queued.
    for (const { entry, sheet: queued, note } of comparisons) {
      const sheet = queued!;
      if (sheet.isNullObject) {
        fail(entry, { kind: "sheet-deleted", sheetName: entry.sheetName, tableName: "" });
        continue;
      }
      if (note!.values[0][0] !== entry.note) {
        fail(entry, {
          kind: "not-ours",
          tableName: sheet.name,
          sheetName: sheet.name,
          reason: "note",
        });
        continue;
      }
      if (sheet.protection.protected) {
        fail(entry, { kind: "protected", tableName: sheet.name, sheetName: sheet.name });
        continue;
      }
      const text = options.comparisonNote?.(entry.lang);
      if (text !== undefined)
        noteWrites.push(() => (sheet.getRange("A1").formulas = [[toLabelFormula(text)]]));
      const done = comparisonRefreshed(entry, sheet, version, now, text);
      updated.set(entry, done.entry);
      outcomes.set(entry, done.outcome);
    }

    // 4. Write: row moves, then our cells in batches; the registry with the last.
    for (const write of writes) {
      const done = tableRefreshed(write, version, now);
      updated.set(write.plan.meta.entry, done.entry);
      outcomes.set(write.plan.meta.entry, done.outcome);
    }
    const registryNow = () => ({
      ...options.registry.registry,
      entries: all.map((e) => updated.get(e) ?? e),
    });
    let stored: (() => LoadedRegistry) | undefined;
    let scan: ReturnType<typeof queueSheetScan>;
    const batches = valueBatches(writes);
    try {
      queueRowMoves(context, writes);
      noteWrites.forEach((write) => write());
      for (const [i, batch] of batches.entries()) {
        batch.forEach((piece) => queuePiece(context, piece));
        if (i === batches.length - 1 && updated.size > 0)
          stored = queueRegistryWrite(context, options.registry, registryNow());
        // One sync per batch of at most 4 MB: the count grows with bytes, as it must.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        if (i < batches.length - 1) await context.sync();
      }
      scan = queueSheetScan(context);
      await context.sync();
    } catch (error) {
      const reason = rejection(error);
      const recovered = await recordWhatIsThere(context, writes, version);
      for (const write of writes) {
        const entry = write.plan.meta.entry;
        const now = recovered.get(entry);
        // Its new note, written last of the table, is there: written in full before the refusal.
        const whole = now?.version === version;
        if (now)
          updated.set(entry, {
            ...now,
            refreshedAt: whole ? (options.now ?? new Date().toISOString()) : now.refreshedAt,
          });
        else updated.delete(entry);
        // A table written in full keeps its "refreshed" outcome; only the others were refused.
        if (!whole)
          fail(entry, { kind: "write-rejected", tableName: write.plan.meta.name, reason });
      }
      stored = queueRegistryWrite(context, options.registry, registryNow());
      await context.sync();
      scan = queueSheetScan(context);
      await context.sync();
    }

    // 5. Enter the SD formulas again.
    const formulasRewritten = await reenterSdFormulas(context, scan);
    return {
      registry: stored ? stored() : options.registry,
      outcomes: entries.map((e) => outcomes.get(e)!),
      formulasRewritten,
    };
  });
}

/**
 * After Excel refused a write: reads the tables again and records what they now hold. A row is
 * ours if it matches a print we had or meant to write; the version is the new one only where the
 * new note was written (it is written last of each table).
 */
async function recordWhatIsThere(
  context: Excel.RequestContext,
  writes: PlannedWrite[],
  version: string
): Promise<Map<RegistryEntry, RegistryEntry>> {
  const reads = writes.map((w) => ({ write: w, read: queueMeta(context, w.plan.meta.entry) }));
  await context.sync();
  const metas = reads.flatMap(({ write, read }) => {
    const meta = tableMeta(read);
    return isFault(meta) ? [] : [{ write, meta }];
  });
  const cells = await readCells(
    context,
    metas.map((m) => m.meta),
    (m) => expectedRowBytes(writes.find((w) => w.plan.meta.entry === m.entry)!.plan.produced.rows)
  );
  const out = new Map<RegistryEntry, RegistryEntry>();
  for (const { write, meta } of metas) {
    const entry = meta.entry;
    const found = cells.get(meta)!;
    const known = printCounts((entry.rows ?? "") + write.plan.prints);
    const prints = found.rows.map(rowPrint).filter((p) => takePrint(known, p));
    const newNote = String(write.plan.produced.note);
    const written = found.note === newNote;
    out.set(entry, {
      ...entry,
      rows: joinPrints(prints),
      ...(written ? { version, note: newNote, columns: write.plan.produced.header.slice() } : {}),
    });
  }
  return out;
}
