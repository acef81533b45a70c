/**
 * Formula evaluation. Formulas are stored, not computed, except calls to functions a
 * test registers (custom functions such as `=SD.COUNT(A2:A9, "x")`), or anything a
 * fallback evaluator handles. Like Excel: entering a formula (even the same one again)
 * evaluates it, a change to a cell it reads re-evaluates it, and Calculate Now (F9)
 * re-runs only volatile functions (OfficeDev/office-js#1462).
 */

import { formatAddress, intersect, parseAddress, type Rect } from "./a1";
import { isEmptyCell, type CellStore, type CellValue } from "./cells";

export type CustomFunction = (...args: unknown[]) => unknown;

export interface FormulaSite {
  sheetName: string;
  row: number;
  column: number;
}

/** Return a value to store, or undefined to leave the formula uncomputed. */
export type FallbackEvaluator = (formula: string, site: FormulaSite) => CellValue | undefined;

export interface EvaluationRecord {
  address: string;
  formula: string;
  reason: "entered" | "dependency" | "volatile";
}

export interface SheetLookup {
  sheetByName(name: string): { name: string; cells: CellStore } | undefined;
  sheetsForRecalc(): Array<{ name: string; cells: CellStore }>;
}

/** Marks an argument the fake cannot compute (a nested call, an unknown sheet): the formula stays uncomputed. */
const UNSUPPORTED = Symbol("unsupported argument");

interface Registered {
  fn: CustomFunction;
  volatile: boolean;
}

interface Call {
  name: string;
  args: string[];
}

function splitArguments(text: string): string[] | undefined {
  const args: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (ch === "," && !quoted) {
      args.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (quoted) return undefined;
  args.push(current.trim());
  return args.length === 1 && args[0] === "" ? [] : args;
}

function parseCall(formula: string): Call | undefined {
  const m = /^=\s*([A-Za-z_][\w.]*)\s*\((.*)\)\s*$/s.exec(formula);
  if (!m) return undefined;
  const args = splitArguments(m[2]);
  return args && { name: m[1].toUpperCase(), args };
}

function normalise(result: unknown): CellValue {
  if (result === null || result === undefined) return 0;
  if (typeof result === "number" || typeof result === "string" || typeof result === "boolean")
    return result;
  return "#VALUE!";
}

export class FormulaEngine {
  readonly evaluations: EvaluationRecord[] = [];
  private readonly functions = new Map<string, Registered>();
  private readonly precedents = new Map<string, Array<{ sheetName: string; rect: Rect }>>();
  private readonly spills = new Map<string, Array<[number, number]>>();
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    private readonly sheets: SheetLookup,
    /** What an empty referenced cell is passed as: 0 on desktop, null on the web. */
    private readonly emptyArgument: 0 | null,
    private readonly fallback?: FallbackEvaluator
  ) {}

  register(name: string, fn: CustomFunction, options: { volatile?: boolean } = {}): void {
    this.functions.set(name.toUpperCase(), { fn, volatile: options.volatile ?? false });
  }

  /** Resolves once every asynchronous custom function result has landed in its cell. */
  async whenIdle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  evaluate(
    sheetName: string,
    row: number,
    column: number,
    reason: EvaluationRecord["reason"]
  ): void {
    const sheet = this.sheets.sheetByName(sheetName);
    const cell = sheet?.cells.get(row, column);
    if (!sheet || !cell?.formula) return;
    const siteKey = `${sheetName}!${row},${column}`;
    const formula = cell.formula;
    this.clearSpill(sheet.cells, siteKey);
    const call = parseCall(formula);
    const registered = call && this.functions.get(call.name);
    if (!call || !registered) {
      const value = this.fallback?.(formula, { sheetName, row, column });
      if (value !== undefined) cell.value = value;
      return;
    }
    const reads: Array<{ sheetName: string; rect: Rect }> = [];
    const args = call.args.map((a) => this.argument(a, sheetName, reads));
    this.precedents.set(siteKey, reads);
    if (args.some((a) => a === UNSUPPORTED)) return;
    this.evaluations.push({
      address: formatAddress(sheetName, { row, column, rowCount: 1, columnCount: 1 }),
      formula,
      reason,
    });
    let result: unknown;
    try {
      result = registered.fn(...args);
    } catch {
      cell.value = "#VALUE!";
      return;
    }
    if (result instanceof Promise) {
      cell.value = "#BUSY!";
      const landing = result.then(
        (v) => cell.formula === formula && this.store(sheet.cells, siteKey, row, column, v),
        () => cell.formula === formula && (cell.value = "#VALUE!")
      );
      this.pending.add(landing);
      void landing.finally(() => this.pending.delete(landing));
      return;
    }
    this.store(sheet.cells, siteKey, row, column, result);
  }

  /** Re-evaluates formulas that read any cell of `rect` (Excel's automatic calculation). */
  recalcDependents(sheetName: string, rect: Rect): void {
    const seen = new Set<string>();
    let changed: Array<{ sheetName: string; rect: Rect }> = [{ sheetName, rect }];
    while (changed.length > 0) {
      const next: Array<{ sheetName: string; rect: Rect }> = [];
      for (const [siteKey, reads] of this.precedents) {
        if (seen.has(siteKey)) continue;
        const hit = reads.some((r) =>
          changed.some((c) => c.sheetName === r.sheetName && intersect(c.rect, r.rect))
        );
        if (!hit) continue;
        seen.add(siteKey);
        const [site, at] = [
          siteKey.slice(0, siteKey.lastIndexOf("!")),
          siteKey.slice(siteKey.lastIndexOf("!") + 1),
        ];
        const [row, column] = at.split(",").map(Number);
        this.evaluate(site, row, column, "dependency");
        next.push({ sheetName: site, rect: { row, column, rowCount: 1, columnCount: 1 } });
      }
      changed = next;
    }
  }

  /** Calculate Now / worksheet.calculate: only volatile functions run again. */
  recalcVolatile(sheetName?: string): void {
    for (const sheet of this.sheets.sheetsForRecalc()) {
      if (sheetName !== undefined && sheet.name !== sheetName) continue;
      for (const { row, column, cell } of [...sheet.cells.entries()]) {
        const call = cell.formula ? parseCall(cell.formula) : undefined;
        if (call && this.functions.get(call.name)?.volatile)
          this.evaluate(sheet.name, row, column, "volatile");
      }
    }
  }

  /**
   * Cells written over another formula's spill become that cell's own content: Excel keeps them,
   * and the anchor, blocked, shows #SPILL! (it is evaluated again, so it does).
   */
  writtenOverSpills(sheetName: string, written: Array<[number, number]>): void {
    const hit = new Set(written.map(([r, c]) => `${r},${c}`));
    for (const [siteKey, spilled] of [...this.spills]) {
      if (!siteKey.startsWith(`${sheetName}!`)) continue;
      const kept = spilled.filter(([r, c]) => !hit.has(`${r},${c}`));
      if (kept.length === spilled.length) continue;
      this.spills.set(siteKey, kept);
      const [row, column] = siteKey
        .slice(siteKey.lastIndexOf("!") + 1)
        .split(",")
        .map(Number);
      if (!hit.has(`${row},${column}`)) this.evaluate(sheetName, row, column, "dependency");
    }
  }

  /** Formula positions are keyed by sheet name; a rename or a shift invalidates them. */
  forgetSheet(sheetName: string): void {
    for (const k of [...this.precedents.keys()])
      if (k.startsWith(`${sheetName}!`)) this.precedents.delete(k);
    for (const k of [...this.spills.keys()])
      if (k.startsWith(`${sheetName}!`)) this.spills.delete(k);
  }

  private argument(
    text: string,
    sheetName: string,
    reads: Array<{ sheetName: string; rect: Rect }>
  ): unknown {
    if (text === "") return null;
    if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return Number(text);
    if (/^"(.*)"$/s.test(text)) return text.slice(1, -1).replace(/""/g, '"');
    if (/^(true|false)$/i.test(text)) return text.toUpperCase() === "TRUE";
    const ref = parseAddress(text);
    const sheet = ref && this.sheets.sheetByName(ref.sheetName ?? sheetName);
    if (!ref || !sheet) return UNSUPPORTED;
    reads.push({ sheetName: sheet.name, rect: ref.rect });
    const grid = sheet.cells.map(ref.rect, (cell) =>
      isEmptyCell(cell) ? this.emptyArgument : cell!.value
    );
    return ref.rect.rowCount === 1 && ref.rect.columnCount === 1 ? grid[0][0] : grid;
  }

  /** Stores a result, spilling a 2-D array into the empty cells below and to the right. */
  private store(
    cells: CellStore,
    siteKey: string,
    row: number,
    column: number,
    result: unknown
  ): void {
    const anchor = cells.ensure(row, column);
    if (!Array.isArray(result)) {
      anchor.value = normalise(result);
      return;
    }
    const grid = result as unknown[][];
    const blocked = grid.some((line, r) =>
      line.some((_, c) => (r > 0 || c > 0) && !isEmptyCell(cells.get(row + r, column + c)))
    );
    if (blocked) {
      anchor.value = "#SPILL!";
      return;
    }
    const spilled: Array<[number, number]> = [];
    grid.forEach((line, r) =>
      line.forEach((v, c) => {
        cells.ensure(row + r, column + c).value = normalise(v);
        if (r > 0 || c > 0) spilled.push([row + r, column + c]);
      })
    );
    this.spills.set(siteKey, spilled);
  }

  private clearSpill(cells: CellStore, siteKey: string): void {
    for (const [r, c] of this.spills.get(siteKey) ?? [])
      cells.clear({ row: r, column: c, rowCount: 1, columnCount: 1 }, "Contents");
    this.spills.delete(siteKey);
  }
}
