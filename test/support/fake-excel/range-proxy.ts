/** Excel.Range and its format objects. The model of a range is a sheet and a rectangle. */

import { boundingRect, formatAddress, intersect, MAX_COLUMNS, MAX_ROWS, type Rect } from "./a1";
import { GENERAL } from "./cells";
import { defineProps, FakeClientObject, type ProxyOptions } from "./client-object";
import type { FakeRequestContext } from "./context";
import { invalidArgument, itemNotFound } from "./errors";
import { FakeRangeAreas, specialCells } from "./range-areas-proxy";
import { FakeRangeFormat } from "./range-format-proxy";
import { checked, rangeArgument, text, valueType } from "./range-arguments";
import { excelApi } from "./requirements";
import { FakeTableScopedCollection } from "./table-scoped-proxy";
import { assertWritable, type RangeRef } from "./workbook-model";
import { FakeWorksheet } from "./worksheet-proxy";

export class FakeRange extends FakeClientObject<RangeRef> {
  declare readonly address: string;
  declare readonly rowCount: number;
  declare readonly columnCount: number;
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;
  declare values: unknown[][];
  declare formulas: unknown[][];
  declare numberFormat: unknown[][];
  declare rowHidden: boolean | null;

  constructor(
    context: FakeRequestContext,
    path: string,
    resolver: () => RangeRef | null,
    options?: ProxyOptions
  ) {
    super(
      context,
      path,
      () => {
        const ref = resolver();
        if (ref && !context._model.sheets.includes(ref.sheet)) throw itemNotFound("Range");
        return ref;
      },
      options
    );
  }

  get format(): FakeRangeFormat {
    return this._nav(
      "format",
      () => new FakeRangeFormat(this.context, `${this._path}.format`, () => this._model())
    );
  }

  get worksheet(): FakeWorksheet {
    return this._nav(
      "worksheet",
      () =>
        new FakeWorksheet(
          this.context,
          `${this._path}.worksheet`,
          this._from((r) => r.sheet)
        )
    );
  }

  protected override _navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === "format") return this.format as FakeClientObject<unknown>;
    if (name === "worksheet") return this.worksheet as FakeClientObject<unknown>;
    return undefined;
  }

  private _derive(
    member: string,
    args: unknown[],
    fn: (ref: RangeRef, location: string) => RangeRef | null,
    options: ProxyOptions = {}
  ): FakeRange {
    const location = `Range.${member}`;
    return new FakeRange(
      this.context,
      this._childPath(member, args),
      this._from((ref) => fn(ref, location)),
      {
        ...options,
        requiresLocation: location,
      }
    );
  }

  private _rect(
    member: string,
    args: unknown[],
    fn: (r: Rect) => Rect,
    options?: ProxyOptions
  ): FakeRange {
    return this._derive(
      member,
      args,
      (ref, location) => ({ sheet: ref.sheet, rect: checked(fn(ref.rect), location) }),
      options
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this._rect("getCell", [row, column], (r) => ({
      row: r.row + row,
      column: r.column + column,
      rowCount: 1,
      columnCount: 1,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this._rect("getOffsetRange", [rowOffset, columnOffset], (r) => ({
      ...r,
      row: r.row + rowOffset,
      column: r.column + columnOffset,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this._rect(
      "getResizedRange",
      [deltaRows, deltaColumns],
      (r) => ({
        ...r,
        rowCount: r.rowCount + deltaRows,
        columnCount: r.columnCount + deltaColumns,
      }),
      { requires: excelApi("1.2") }
    );
  }

  getRow(index: number): FakeRange {
    return this._rect("getRow", [index], (r) =>
      index < r.rowCount ? { ...r, row: r.row + index, rowCount: 1 } : { ...r, rowCount: 0 }
    );
  }

  getColumn(index: number): FakeRange {
    return this._rect("getColumn", [index], (r) =>
      index < r.columnCount
        ? { ...r, column: r.column + index, columnCount: 1 }
        : { ...r, columnCount: 0 }
    );
  }

  getLastRow(): FakeRange {
    return this._rect("getLastRow", [], (r) => ({
      ...r,
      row: r.row + r.rowCount - 1,
      rowCount: 1,
    }));
  }

  getLastColumn(): FakeRange {
    return this._rect("getLastColumn", [], (r) => ({
      ...r,
      column: r.column + r.columnCount - 1,
      columnCount: 1,
    }));
  }

  getLastCell(): FakeRange {
    return this._rect("getLastCell", [], (r) => ({
      row: r.row + r.rowCount - 1,
      column: r.column + r.columnCount - 1,
      rowCount: 1,
      columnCount: 1,
    }));
  }

  /** ExcelApi 1.2. Counts below 1 (Excel's ranges inside this one) are not modelled: InvalidArgument. */
  getRowsBelow(count = 1): FakeRange {
    return this._rect(
      "getRowsBelow",
      [count],
      (r) =>
        count >= 1 ? { ...r, row: r.row + r.rowCount, rowCount: count } : { ...r, rowCount: 0 },
      { requires: excelApi("1.2") }
    );
  }

  /** ExcelApi 1.9: no matching cell makes the sync reject with ItemNotFound. */
  getSpecialCells(cellType: string): FakeRangeAreas {
    return this._areas("getSpecialCells", cellType, false);
  }

  getSpecialCellsOrNullObject(cellType: string): FakeRangeAreas {
    return this._areas("getSpecialCellsOrNullObject", cellType, true);
  }

  private _areas(member: string, cellType: string, nullable: boolean): FakeRangeAreas {
    const location = `Range.${member}`;
    return new FakeRangeAreas(
      this.context,
      this._childPath(member, [cellType]),
      this._from((ref) => {
        const found = specialCells(ref, cellType, location);
        if (!found && !nullable) throw itemNotFound(location);
        return found;
      }),
      { nullable, requires: excelApi("1.9"), requiresLocation: location }
    );
  }

  /** ExcelApi 1.13: the merged areas that overlap this range; a null object where there are none. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    const location = "Range.getMergedAreasOrNullObject";
    return new FakeRangeAreas(
      this.context,
      this._childPath("getMergedAreasOrNullObject", []),
      this._from((ref) => {
        const rects = ref.sheet.merged.filter((m) => intersect(m, ref.rect)).map((m) => ({ ...m }));
        return rects.length > 0 ? { sheet: ref.sheet, rects } : null;
      }),
      { nullable: true, requires: excelApi("1.13"), requiresLocation: location }
    );
  }

  /** ExcelApi 1.9: tables overlapping this range (or, fullyContained, lying wholly inside it). */
  getTables(fullyContained = false): FakeTableScopedCollection {
    return new FakeTableScopedCollection(
      this.context,
      this._childPath("getTables", [fullyContained]),
      this._from((ref) => ({ ref, fullyContained })),
      { requires: excelApi("1.9"), requiresLocation: "Range.getTables" }
    );
  }

  getEntireColumn(): FakeRange {
    return this._rect("getEntireColumn", [], (r) => ({ ...r, row: 0, rowCount: MAX_ROWS }));
  }

  getEntireRow(): FakeRange {
    return this._rect("getEntireRow", [], (r) => ({ ...r, column: 0, columnCount: MAX_COLUMNS }));
  }

  getBoundingRect(other: FakeRange | string): FakeRange {
    return this._derive("getBoundingRect", [other], (ref, loc) => ({
      sheet: ref.sheet,
      rect: boundingRect(ref.rect, rangeArgument(other, ref.sheet, loc).rect),
    }));
  }

  getIntersection(other: FakeRange | string): FakeRange {
    return this._derive("getIntersection", [other], (ref, loc) => {
      const rect = intersect(ref.rect, rangeArgument(other, ref.sheet, loc).rect);
      if (!rect) throw invalidArgument(loc);
      return { sheet: ref.sheet, rect };
    });
  }

  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    const fn = (ref: RangeRef, loc: string) => {
      const rect = intersect(ref.rect, rangeArgument(other, ref.sheet, loc).rect);
      return rect ? { sheet: ref.sheet, rect } : null;
    };
    return this._derive("getIntersectionOrNullObject", [other], fn, {
      nullable: true,
      requires: excelApi("1.4"),
    });
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this._derive("getUsedRange", [valuesOnly], (ref) => {
      const rect = ref.sheet.cells.usedRect(valuesOnly ?? false, ref.rect);
      return { sheet: ref.sheet, rect: rect ?? { ...ref.rect, rowCount: 1, columnCount: 1 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const fn = (ref: RangeRef) => {
      const rect = ref.sheet.cells.usedRect(valuesOnly ?? false, ref.rect);
      return rect ? { sheet: ref.sheet, rect } : null;
    };
    return this._derive("getUsedRangeOrNullObject", [valuesOnly], fn, {
      nullable: true,
      requires: excelApi("1.4"),
    });
  }

  insert(shift: "Down" | "Right"): FakeRange {
    const axis = shift === "Down" ? "rows" : "columns";
    this._call("insert", [shift], (ref, loc) => this.context._model.shiftCells(ref, axis, 1, loc));
    return new FakeRange(this.context, this._childPath("insert", [shift]), () => this._model());
  }

  delete(shift: "Up" | "Left"): void {
    const axis = shift === "Up" ? "rows" : "columns";
    this._call("delete", [shift], (ref, loc) => this.context._model.shiftCells(ref, axis, -1, loc));
  }

  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this._call("clear", [applyTo], (ref, location) => {
      assertWritable(ref.sheet, location);
      ref.sheet.cells.clear(ref.rect, applyTo);
      if (applyTo !== "Formats")
        this.context._model.formulas.recalcDependents(ref.sheet.name, ref.rect);
    });
  }

  calculate(): void {
    this._call(
      "calculate",
      [],
      (ref) => {
        this.context._model.calculations.push({
          scope: "Range",
          detail: formatAddress(ref.sheet.name, ref.rect),
        });
        this.context._model.formulas.recalcVolatile(ref.sheet.name);
      },
      excelApi("1.6")
    );
  }

  select(): void {
    this._call("select", [], (ref) => this.context._model.selectRange(ref));
  }
}

const write =
  (kind: "values" | "formulas" | "numberFormat") =>
  (ref: RangeRef, value: unknown, location: string, context: FakeRequestContext) =>
    context._model.write(ref, value, kind, location);

defineProps(FakeRange, "Range", {
  address: { get: (r) => formatAddress(r.sheet.name, r.rect) },
  addressLocal: { get: (r) => formatAddress(r.sheet.name, r.rect) },
  rowCount: { get: (r) => r.rect.rowCount },
  columnCount: { get: (r) => r.rect.columnCount },
  rowIndex: { get: (r) => r.rect.row },
  columnIndex: { get: (r) => r.rect.column },
  cellCount: { get: (r) => r.rect.rowCount * r.rect.columnCount },
  values: { get: (r) => r.sheet.cells.map(r.rect, (c) => c?.value ?? ""), set: write("values") },
  formulas: {
    get: (r) => r.sheet.cells.map(r.rect, (c) => c?.formula ?? c?.value ?? ""),
    set: write("formulas"),
  },
  numberFormat: {
    get: (r) => r.sheet.cells.map(r.rect, (c) => c?.numberFormat ?? GENERAL),
    set: write("numberFormat"),
  },
  text: { get: (r) => r.sheet.cells.map(r.rect, (c) => text(c?.value ?? "")) },
  valueTypes: { get: (r) => r.sheet.cells.map(r.rect, valueType) },
  /** ExcelApi 1.2. Reads true or false where every row agrees, null where they differ. */
  rowHidden: {
    get: (r) => {
      const hidden = Array.from({ length: r.rect.rowCount }, (_, i) =>
        r.sheet.hiddenRows.has(r.rect.row + i)
      );
      return hidden.every(Boolean) ? true : hidden.some(Boolean) ? null : false;
    },
    set: (r, value, location) => {
      if (typeof value !== "boolean") throw invalidArgument(location);
      assertWritable(r.sheet, location);
      for (let i = 0; i < r.rect.rowCount; i++) {
        if (value) r.sheet.hiddenRows.add(r.rect.row + i);
        else r.sheet.hiddenRows.delete(r.rect.row + i);
      }
    },
    requires: excelApi("1.2"),
  },
  valuesAsJson: {
    get: (r) =>
      r.sheet.cells.map(r.rect, (c) => ({ type: valueType(c), basicValue: c?.value ?? "" })),
    requires: excelApi("1.16"),
  },
});
