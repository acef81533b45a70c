/** TableRow(Collection) and TableColumn(Collection): views onto rows and columns of a table's cells. */

import type { Rect } from "./a1";
import { defineProps, FakeClientObject } from "./client-object";
import { FakeCollection } from "./collection";
import { invalidArgument, itemNotFound, Messages } from "./errors";
import { sameName } from "./names";
import { FakeRange } from "./range-proxy";
import { excelApi } from "./requirements";
import { bodyRect, headerNames, headerRect, normaliseHeaders } from "./tables-model";
import type { RangeRef, TableModel, WorkbookModel } from "./workbook-model";

/** A row or column of a table, by position (office.js: a TableRow does not follow its data). */
export interface TablePart {
  table: TableModel;
  index: number;
}

function rowRect(p: TablePart): Rect {
  return { ...bodyRect(p.table), row: bodyRect(p.table).row + p.index, rowCount: 1 };
}

function columnRect(p: TablePart): Rect {
  return { ...p.table.rect, column: p.table.rect.column + p.index, columnCount: 1 };
}

function grid(value: unknown): unknown[][] | undefined {
  return Array.isArray(value) && value.every(Array.isArray) ? (value as unknown[][]) : undefined;
}

/**
 * Opens `count` rows or columns inside the table at `index` (null or -1: at the end),
 * shifting cells below/right within the table's band, as Excel inserts table rows.
 */
function open(
  model: WorkbookModel,
  t: TableModel,
  axis: "rows" | "columns",
  index: number | null | undefined,
  count: number,
  location: string
): number {
  const size = axis === "rows" ? bodyRect(t).rowCount : t.rect.columnCount;
  const at = index === undefined || index === null || index === -1 ? size : index;
  if (!Number.isInteger(at) || at < 0 || at > size) throw invalidArgument(location);
  const rect: Rect =
    axis === "rows"
      ? {
          row: bodyRect(t).row + at,
          column: t.rect.column,
          rowCount: count,
          columnCount: t.rect.columnCount,
        }
      : {
          row: t.rect.row,
          column: t.rect.column + at,
          rowCount: t.rect.rowCount,
          columnCount: count,
        };
  model.shiftCells({ sheet: t.sheet, rect }, axis, 1, location);
  // Cells opened at the very end are past the table, so the shift did not grow it.
  if (at === size)
    t.rect =
      axis === "rows"
        ? { ...t.rect, rowCount: t.rect.rowCount + count }
        : { ...t.rect, columnCount: t.rect.columnCount + count };
  return at;
}

export class FakeTableRow extends FakeClientObject<TablePart> {
  declare readonly index: number;
  declare values: unknown[][];

  getRange(): FakeRange {
    return new FakeRange(
      this.context,
      this._childPath("getRange", []),
      this._from((p) => ({ sheet: p.table.sheet, rect: rowRect(p) }))
    );
  }

  delete(): void {
    this._call("delete", [], (p, location) =>
      this.context._model.shiftCells(
        { sheet: p.table.sheet, rect: rowRect(p) },
        "rows",
        -1,
        location
      )
    );
  }
}
defineProps(FakeTableRow, "TableRow", {
  index: { get: (p) => p.index },
  values: {
    get: (p) => p.table.sheet.cells.map(rowRect(p), (c) => c?.value ?? ""),
    set: (p, value, location, context) =>
      context._model.write({ sheet: p.table.sheet, rect: rowRect(p) }, value, "values", location),
  },
});

export class FakeTableRowCollection extends FakeCollection<TableModel, TablePart, FakeTableRow> {
  declare readonly count: number;
  protected override _countRequires = excelApi("1.4");

  protected _list(t: TableModel): TablePart[] {
    return Array.from({ length: bodyRect(t).rowCount }, (_, index) => ({ table: t, index }));
  }

  protected _item(part: TablePart, index: number): FakeTableRow {
    return new FakeTableRow(this.context, `${this._path}.items[${index}]`, () => part);
  }

  /** Several rows at once need ExcelApi 1.4; each row must have one value per column. */
  add(index?: number | null, values?: unknown, alwaysInsert?: boolean): FakeTableRow {
    let added: TablePart | undefined;
    const rows = grid(values);
    const args = alwaysInsert === undefined ? [index, values] : [index, values, alwaysInsert];
    this._call(
      "add",
      args,
      (t, location) => {
        if (values !== undefined && !rows) throw invalidArgument(location);
        if (rows && rows.some((r) => r.length !== t.rect.columnCount))
          throw invalidArgument(location, Messages.valuesDimensionMismatch);
        const count = rows?.length ?? 1;
        const at = open(this.context._model, t, "rows", index, count, location);
        added = { table: t, index: at };
        const target: RangeRef = { sheet: t.sheet, rect: { ...rowRect(added), rowCount: count } };
        if (rows) this.context._model.write(target, rows, "values", location);
      },
      rows && rows.length > 1 ? excelApi("1.4") : undefined
    );
    return new FakeTableRow(this.context, this._childPath("add", args), () => added ?? null);
  }

  getItemAt(index: number): FakeTableRow {
    return new FakeTableRow(
      this.context,
      this._childPath("getItemAt", [index]),
      this._from((t) => {
        if (index < 0 || index >= bodyRect(t).rowCount)
          throw invalidArgument("TableRowCollection.getItemAt");
        return { table: t, index };
      })
    );
  }
}
defineProps(FakeTableRowCollection, "TableRowCollection", {
  count: { get: (t) => bodyRect(t).rowCount },
});

export class FakeTableColumn extends FakeClientObject<TablePart> {
  declare readonly id: number;
  declare readonly index: number;
  declare name: string;
  declare values: unknown[][];

  private _part(member: string, rect: (p: TablePart) => Rect): FakeRange {
    return new FakeRange(
      this.context,
      this._childPath(member, []),
      this._from((p) => ({ sheet: p.table.sheet, rect: rect(p) }))
    );
  }

  getRange(): FakeRange {
    return this._part("getRange", columnRect);
  }

  getHeaderRowRange(): FakeRange {
    return this._part("getHeaderRowRange", (p) => ({ ...columnRect(p), rowCount: 1 }));
  }

  getDataBodyRange(): FakeRange {
    return this._part("getDataBodyRange", (p) => ({
      ...bodyRect(p.table),
      column: p.table.rect.column + p.index,
      columnCount: 1,
    }));
  }

  delete(): void {
    this._call("delete", [], (p, location) =>
      this.context._model.shiftCells(
        { sheet: p.table.sheet, rect: columnRect(p) },
        "columns",
        -1,
        location
      )
    );
  }
}
defineProps(FakeTableColumn, "TableColumn", {
  id: { get: (p) => p.index + 1 },
  index: { get: (p) => p.index },
  name: {
    get: (p) => headerNames(p.table)[p.index],
    set: (p, value, location, context) => {
      if (typeof value !== "string" || value === "") throw invalidArgument(location);
      context._model.write(
        { sheet: p.table.sheet, rect: { ...columnRect(p), rowCount: 1 } },
        [[`'${value}`]],
        "values",
        location
      );
      normaliseHeaders(p.table.sheet.cells, headerRect(p.table));
    },
  },
  values: {
    get: (p) => p.table.sheet.cells.map(columnRect(p), (c) => c?.value ?? ""),
    set: (p, value, location, context) =>
      context._model.write(
        { sheet: p.table.sheet, rect: columnRect(p) },
        value,
        "values",
        location
      ),
  },
});

export class FakeTableColumnCollection extends FakeCollection<
  TableModel,
  TablePart,
  FakeTableColumn
> {
  declare readonly count: number;
  protected override _countRequires = excelApi("1.4");

  protected _list(t: TableModel): TablePart[] {
    return Array.from({ length: t.rect.columnCount }, (_, index) => ({ table: t, index }));
  }

  protected _item(part: TablePart, index: number): FakeTableColumn {
    return new FakeTableColumn(this.context, `${this._path}.items[${index}]`, () => part);
  }

  private _find(t: TableModel, key: number | string): TablePart | undefined {
    const names = headerNames(t);
    const index = typeof key === "number" ? key - 1 : names.findIndex((n) => sameName(n, key));
    return index >= 0 && index < names.length ? { table: t, index } : undefined;
  }

  /** `values` covers the header row too (one row per table row); `name` overrides the header. */
  add(index?: number | null, values?: unknown, name?: string): FakeTableColumn {
    let added: TablePart | undefined;
    const column = grid(values);
    const args = name === undefined ? [index, values] : [index, values, name];
    this._call("add", args, (t, location) => {
      if (values !== undefined && !column) throw invalidArgument(location);
      if (column && (column.length !== t.rect.rowCount || column.some((r) => r.length !== 1))) {
        throw invalidArgument(location, Messages.valuesDimensionMismatch);
      }
      added = { table: t, index: open(this.context._model, t, "columns", index, 1, location) };
      if (column)
        this.context._model.write(
          { sheet: t.sheet, rect: columnRect(added) },
          column,
          "values",
          location
        );
      if (name !== undefined)
        this.context._model.write(
          { sheet: t.sheet, rect: { ...columnRect(added), rowCount: 1 } },
          [[`'${name}`]],
          "values",
          location
        );
      normaliseHeaders(t.sheet.cells, headerRect(t));
    });
    return new FakeTableColumn(this.context, this._childPath("add", args), () => added ?? null);
  }

  getItem(key: number | string): FakeTableColumn {
    return new FakeTableColumn(
      this.context,
      this._childPath("getItem", [key]),
      this._from((t) => {
        const part = this._find(t, key);
        if (!part) throw itemNotFound("TableColumnCollection.getItem");
        return part;
      })
    );
  }

  getItemOrNullObject(key: number | string): FakeTableColumn {
    return new FakeTableColumn(
      this.context,
      this._childPath("getItemOrNullObject", [key]),
      this._from((t) => this._find(t, key) ?? null),
      {
        nullable: true,
        requires: excelApi("1.4"),
        requiresLocation: "TableColumnCollection.getItemOrNullObject",
      }
    );
  }

  getItemAt(index: number): FakeTableColumn {
    return new FakeTableColumn(
      this.context,
      this._childPath("getItemAt", [index]),
      this._from((t) => {
        if (index < 0 || index >= t.rect.columnCount)
          throw invalidArgument("TableColumnCollection.getItemAt");
        return { table: t, index };
      })
    );
  }
}
defineProps(FakeTableColumnCollection, "TableColumnCollection", {
  count: { get: (t) => t.rect.columnCount },
});
