/**
 * The workbook actions the pane is handed in Excel: src/excel's writers with the workbook
 * registry threaded through. The registry is read once (two syncs) when the pane starts; each
 * write returns the registry as it now stands, which the next write builds on.
 */
import {
  insertComparisonSheet,
  type ComparisonOptions,
  type ComparisonResult,
} from "../excel/comparison-sheet";
import { insertTable, type InsertResult, type InsertTableOptions } from "../excel/insert-table";
import { refreshTables, type RefreshOptions, type RefreshReport } from "../excel/refresh";
import { loadRegistry, type LoadedRegistry } from "../excel/registry";

export interface WorkbookActions {
  insertTable(options: Omit<InsertTableOptions, "registry">): Promise<InsertResult>;
  insertComparison(options: Omit<ComparisonOptions, "registry">): Promise<ComparisonResult>;
  /** The registry as the pane holds it (read at start, then as each write left it). */
  registry(): Promise<LoadedRegistry>;
  refresh(options: Omit<RefreshOptions, "registry">): Promise<RefreshReport>;
}

export function excelWorkbook(load: () => Promise<LoadedRegistry> = loadRegistry): WorkbookActions {
  let registry = load();
  // A failed first read is not an error until a write needs the registry (it is read again then).
  registry.catch(() => undefined);
  async function withRegistry<R extends { registry: LoadedRegistry }>(
    write: (current: LoadedRegistry) => Promise<R>
  ): Promise<R> {
    // A registry that could not be read is read again, so one failure does not block every insert.
    const current = await registry.catch(() => (registry = load()));
    const result = await write(current);
    registry = Promise.resolve(result.registry);
    return result;
  }
  return {
    insertTable: (options) =>
      withRegistry((current) => insertTable({ ...options, registry: current })),
    insertComparison: (options) =>
      withRegistry((current) => insertComparisonSheet({ ...options, registry: current })),
    registry: () => registry,
    refresh: (options) =>
      withRegistry((current) => refreshTables({ ...options, registry: current })),
  };
}
