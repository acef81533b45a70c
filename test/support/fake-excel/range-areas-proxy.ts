/**
 * Excel.RangeAreas (several rectangles of one sheet) and RangeCollection, as returned by
 * Range.getSpecialCells / getSpecialCellsOrNullObject (ExcelApi 1.9), and the search those
 * methods run. Only the "Formulas" and "Constants" cell types are modelled.
 */

import { formatAddress, formatLocalAddress, type Rect } from "./a1";
import { isEmptyCell, type Cell } from "./cells";
import { defineProps, FakeClientObject } from "./client-object";
import { FakeCollection } from "./collection";
import { invalidArgument } from "./errors";
import { FakeRange } from "./range-proxy";
import type { RangeRef, SheetModel } from "./workbook-model";

export interface AreasModel {
  sheet: SheetModel;
  rects: Rect[];
}

const MATCHERS: Record<string, (cell: Cell | undefined) => boolean> = {
  Formulas: (cell) => cell?.formula !== undefined,
  Constants: (cell) => !isEmptyCell(cell) && cell!.formula === undefined,
};

/**
 * The matching cells of `ref` as rectangles: runs of matching cells along each row, merged with
 * the identical run of the row above. Cells a formula spilled into hold values only (the anchor
 * alone holds the formula), so they are constants here, as their `formulas` read back values.
 */
export function specialCells(ref: RangeRef, cellType: string, location: string): AreasModel | null {
  const matches = MATCHERS[cellType];
  if (!matches) throw invalidArgument(location);
  const hits = [...ref.sheet.cells.entries()].filter(
    ({ row, column, cell }) =>
      row >= ref.rect.row &&
      row < ref.rect.row + ref.rect.rowCount &&
      column >= ref.rect.column &&
      column < ref.rect.column + ref.rect.columnCount &&
      matches(cell)
  );
  if (hits.length === 0) return null;
  const byRow = new Map<number, number[]>();
  for (const { row, column } of hits) byRow.set(row, [...(byRow.get(row) ?? []), column]);
  const rects: Rect[] = [];
  let open: Rect[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const columns = byRow.get(row)!.sort((a, b) => a - b);
    const runs: Rect[] = [];
    for (const column of columns) {
      const last = runs[runs.length - 1];
      if (last && last.column + last.columnCount === column) last.columnCount += 1;
      else runs.push({ row, column, rowCount: 1, columnCount: 1 });
    }
    const next: Rect[] = [];
    for (const run of runs) {
      const above = open.find(
        (o) =>
          o.row + o.rowCount === row && o.column === run.column && o.columnCount === run.columnCount
      );
      if (above) {
        above.rowCount += 1;
        next.push(above);
      } else {
        rects.push(run);
        next.push(run);
      }
    }
    open = next;
  }
  return { sheet: ref.sheet, rects };
}

export class FakeRangeCollection extends FakeCollection<AreasModel, RangeRef, FakeRange> {
  protected _list(model: AreasModel): RangeRef[] {
    return model.rects.map((rect) => ({ sheet: model.sheet, rect }));
  }

  protected _item(ref: RangeRef, index: number): FakeRange {
    return new FakeRange(this.context, `${this._path}.items[${index}]`, () => ref);
  }
}
defineProps(FakeRangeCollection, "RangeCollection", {});

export class FakeRangeAreas extends FakeClientObject<AreasModel> {
  declare readonly address: string;
  declare readonly areaCount: number;

  get areas(): FakeRangeCollection {
    return this._nav(
      "areas",
      () => new FakeRangeCollection(this.context, `${this._path}.areas`, () => this._model())
    );
  }

  protected override _navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === "areas" ? (this.areas as FakeClientObject<unknown>) : undefined;
  }
}
defineProps(FakeRangeAreas, "RangeAreas", {
  address: {
    get: (m) =>
      m.rects
        .map((rect, i) => (i === 0 ? formatAddress(m.sheet.name, rect) : formatLocalAddress(rect)))
        .join(","),
  },
  areaCount: { get: (m) => m.rects.length },
});
