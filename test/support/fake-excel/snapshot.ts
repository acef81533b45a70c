/**
 * A workbook as plain JSON, and back: what a saved file keeps (cells with their last values,
 * tables, charts, custom XML parts, settings), so a test can "save" a workbook in one page and
 * "reopen" it in another (a browser test reopening the pane after an update of the add-in).
 * Like a file reopened, formulas keep their stored values until something re-evaluates them;
 * a user's filter criteria (functions in the fake) do not travel, the hidden rows do.
 */

import { CellStore, type Cell } from "./cells";
import type { ChartModel, CustomXmlPartModel, WorkbookModel } from "./workbook-model";
import type { Rect } from "./a1";

export interface WorkbookSnapshot {
  sheets: Array<{
    id: string;
    name: string;
    visibility: "Visible" | "Hidden" | "VeryHidden";
    cells: Array<[number, number, Cell]>;
    protected?: boolean;
    merged?: Rect[];
    hiddenRows: number[];
    frozenRows: number;
    frozenColumns: number;
    charts: ChartModel[];
  }>;
  tables: Array<{
    id: string;
    name: string;
    sheetName: string;
    rect: Rect;
    showHeaders: boolean;
    showTotals: boolean;
    style: string;
    filteredColumns: number[];
  }>;
  customXmlParts: CustomXmlPartModel[];
  settings: Array<[string, string]>;
  activeSheet: string;
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export function snapshotWorkbook(model: WorkbookModel): WorkbookSnapshot {
  return copy({
    sheets: model.sheets.map((s) => ({
      id: s.id,
      name: s.name,
      visibility: s.visibility,
      cells: [...s.cells.entries()].map(({ row, column, cell }): [number, number, Cell] => [
        row,
        column,
        cell,
      ]),
      hiddenRows: [...s.hiddenRows],
      frozenRows: s.frozenRows,
      frozenColumns: s.frozenColumns,
      charts: s.charts,
      protected: s.protected,
      merged: s.merged,
    })),
    tables: model.tables.map((t) => ({
      id: t.id,
      name: t.name,
      sheetName: t.sheet.name,
      rect: t.rect,
      showHeaders: t.showHeaders,
      showTotals: t.showTotals,
      style: t.style,
      filteredColumns: [...t.filteredColumns],
    })),
    customXmlParts: model.customXmlParts,
    settings: [...model.settings],
    activeSheet: model.activeSheet.name,
  });
}

/** Replaces the contents of a fresh model with the snapshot's. */
export function restoreWorkbook(model: WorkbookModel, snapshot: WorkbookSnapshot): void {
  const data = copy(snapshot);
  model.sheets.splice(0, model.sheets.length);
  for (const saved of data.sheets) {
    const sheet = model.createSheet(saved.name);
    const cells = new CellStore();
    for (const [row, column, cell] of saved.cells) Object.assign(cells.ensure(row, column), cell);
    Object.assign(sheet, {
      id: saved.id,
      visibility: saved.visibility,
      cells,
      hiddenRows: new Set(saved.hiddenRows),
      frozenRows: saved.frozenRows,
      frozenColumns: saved.frozenColumns,
      charts: saved.charts,
      protected: saved.protected ?? false,
      merged: saved.merged ?? [],
    });
  }
  model.tables.splice(0, model.tables.length);
  for (const t of data.tables) {
    const sheet = model.sheetByName(t.sheetName)!;
    model.tables.push({ ...t, sheet, filteredColumns: new Set(t.filteredColumns) });
  }
  model.customXmlParts.splice(0, model.customXmlParts.length, ...data.customXmlParts);
  model.settings.clear();
  for (const [key, value] of data.settings) model.settings.set(key, value);
  model.activeSheet = model.sheetByName(data.activeSheet) ?? model.sheets[0];
  model.resetSelections();
  // New ids must not repeat the restored ones: table ids are numbers, other ids hex in a GUID.
  const highest = Math.max(
    0,
    ...data.tables.map((t) => Number(t.id)),
    ...[...data.sheets.map((s) => s.id), ...data.customXmlParts.map((p) => p.id)].map((id) =>
      parseInt(/[0-9A-F]{8}/i.exec(id)?.[0] ?? "0", 16)
    )
  );
  while (model.newId() < highest);
}
