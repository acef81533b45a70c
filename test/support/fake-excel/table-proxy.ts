/** Excel.Table and TableCollection (rows and columns are in table-parts-proxy.ts). */

import { intersect, parseAddress } from "./a1";
import { defineProps, FakeClientObject } from "./client-object";
import { FakeCollection } from "./collection";
import { invalidArgument, itemNotFound, Messages } from "./errors";
import { isValidTableName, sameName } from "./names";
import { rangeArgument } from "./range-arguments";
import { FakeRange } from "./range-proxy";
import { excelApi } from "./requirements";
import { FakeAutoFilter } from "./table-filter-proxy";
import { FakeTableColumnCollection, FakeTableRowCollection } from "./table-parts-proxy";
import { bodyRect, headerRect, normaliseHeaders, reapplyFilters, sortBody } from "./tables-model";
import {
  assertWritable,
  type RangeRef,
  type SheetModel,
  type TableModel,
  type WorkbookModel,
} from "./workbook-model";
import { FakeWorksheet } from "./worksheet-proxy";

type Owner = WorkbookModel | SheetModel;

function isSheet(owner: Owner): owner is SheetModel {
  return "cells" in owner;
}

export class FakeTableSort extends FakeClientObject<TableModel> {
  apply(fields: Array<{ key: number; ascending?: boolean }>): void {
    this._call(
      "apply",
      [fields],
      (t) => sortBody(t, fields[0].key, fields[0].ascending ?? true),
      excelApi("1.2")
    );
  }

  clear(): void {
    this._call("clear", [], (t) => delete t.sortedBy, excelApi("1.2"));
  }
}
defineProps(FakeTableSort, "TableSort", {});

export class FakeTable extends FakeClientObject<TableModel> {
  declare readonly id: string;
  declare name: string;
  declare readonly showHeaders: boolean;
  declare showTotals: boolean;
  declare style: string;

  get rows(): FakeTableRowCollection {
    return this._nav(
      "rows",
      () => new FakeTableRowCollection(this.context, `${this._path}.rows`, () => this._model())
    );
  }

  get columns(): FakeTableColumnCollection {
    return this._nav(
      "columns",
      () =>
        new FakeTableColumnCollection(this.context, `${this._path}.columns`, () => this._model())
    );
  }

  get worksheet(): FakeWorksheet {
    return this._nav(
      "worksheet",
      () =>
        new FakeWorksheet(
          this.context,
          `${this._path}.worksheet`,
          this._from((t) => t.sheet),
          {
            requires: excelApi("1.2"),
            requiresLocation: "Table.worksheet",
          }
        )
    );
  }

  get sort(): FakeTableSort {
    return this._nav(
      "sort",
      () => new FakeTableSort(this.context, `${this._path}.sort`, () => this._model())
    );
  }

  get autoFilter(): FakeAutoFilter {
    return this._nav(
      "autoFilter",
      () =>
        new FakeAutoFilter(this.context, `${this._path}.autoFilter`, () => this._model(), {
          requires: excelApi("1.9"),
          requiresLocation: "Table.autoFilter",
        })
    );
  }

  protected override _navigation(name: string): FakeClientObject<unknown> | undefined {
    const nav: Record<string, () => FakeClientObject<unknown>> = {
      autoFilter: () => this.autoFilter as FakeClientObject<unknown>,
      rows: () => this.rows as FakeClientObject<unknown>,
      columns: () => this.columns as FakeClientObject<unknown>,
      worksheet: () => this.worksheet as FakeClientObject<unknown>,
    };
    return nav[name]?.();
  }

  private _part(member: string, pick: (t: TableModel) => RangeRef): FakeRange {
    return new FakeRange(this.context, this._childPath(member, []), this._from(pick));
  }

  getRange(): FakeRange {
    return this._part("getRange", (t) => ({ sheet: t.sheet, rect: t.rect }));
  }

  getHeaderRowRange(): FakeRange {
    return this._part("getHeaderRowRange", (t) => ({ sheet: t.sheet, rect: headerRect(t) }));
  }

  getDataBodyRange(): FakeRange {
    return this._part("getDataBodyRange", (t) => ({ sheet: t.sheet, rect: bodyRect(t) }));
  }

  /** ExcelApi 1.13: the new range must share the header row and overlap the old one. */
  resize(newRange: FakeRange | string): void {
    this._call(
      "resize",
      [newRange],
      (t, location) => {
        const model = this.context._model;
        assertWritable(t.sheet, location);
        const target = rangeArgument(newRange, t.sheet, location);
        const keepsHeader =
          target.sheet === t.sheet && target.rect.row === t.rect.row && target.rect.rowCount >= 2;
        if (!keepsHeader || !intersect(target.rect, t.rect)) throw invalidArgument(location);
        if (
          model.tables.some((o) => o !== t && o.sheet === t.sheet && intersect(o.rect, target.rect))
        ) {
          throw invalidArgument(location, Messages.tableOverlap);
        }
        t.rect = { ...target.rect };
        normaliseHeaders(t.sheet.cells, headerRect(t));
      },
      excelApi("1.13")
    );
  }

  /** Removes the table and, as chosen here (Microsoft does not say), clears its cells. */
  delete(): void {
    this._call("delete", [], (t) => {
      const model = this.context._model;
      model.tables.splice(model.tables.indexOf(t), 1);
      t.sheet.cells.clear(t.rect, "All");
    });
  }

  convertToRange(): FakeRange {
    let former: RangeRef | undefined;
    this._call(
      "convertToRange",
      [],
      (t) => {
        const model = this.context._model;
        model.tables.splice(model.tables.indexOf(t), 1);
        former = { sheet: t.sheet, rect: t.rect };
      },
      excelApi("1.2")
    );
    return new FakeRange(this.context, this._childPath("convertToRange", []), () => former ?? null);
  }

  /** ExcelApi 1.2: runs the user's filter criteria again over the rows as they now are. */
  reapplyFilters(): void {
    this._call("reapplyFilters", [], (t) => reapplyFilters(t), excelApi("1.2"));
  }

  clearFilters(): void {
    this._call(
      "clearFilters",
      [],
      (t) => this.context._model.clearTableFilters(t),
      excelApi("1.2")
    );
  }
}
defineProps(FakeTable, "Table", {
  id: { get: (t) => t.id },
  name: {
    get: (t) => t.name,
    set: (t, value, location, context) => {
      if (!isValidTableName(value)) throw invalidArgument(location);
      if (context._model.tables.some((o) => o !== t && sameName(o.name, value)))
        throw invalidArgument(location);
      t.name = value;
    },
  },
  showHeaders: { get: (t) => t.showHeaders },
  showTotals: {
    get: (t) => t.showTotals,
    set: (t, value) => {
      if (Boolean(value) === t.showTotals) return;
      t.showTotals = Boolean(value);
      t.rect = { ...t.rect, rowCount: t.rect.rowCount + (t.showTotals ? 1 : -1) };
    },
  },
  style: { get: (t) => t.style, set: (t, value) => (t.style = String(value)) },
});

export class FakeTableCollection extends FakeCollection<Owner, TableModel, FakeTable> {
  declare readonly count: number;
  protected override _countRequires = excelApi("1.4");

  protected _list(owner: Owner): TableModel[] {
    const tables = this.context._model.tables;
    return isSheet(owner) ? tables.filter((t) => t.sheet === owner) : tables;
  }

  protected _item(table: TableModel, index: number): FakeTable {
    return new FakeTable(this.context, `${this._path}.items[${index}]`, () => table);
  }

  private _find(owner: Owner, key: string): TableModel | undefined {
    return this._list(owner).find((t) => sameName(t.name, key) || t.id === key);
  }

  /** hasHeaders false: Excel inserts a header row ("Column1"…) above the data. */
  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    let created: TableModel | undefined;
    this._call("add", [address, hasHeaders], (owner, location) => {
      const model = this.context._model;
      const scope = isSheet(owner) ? owner : model.activeSheet;
      let target: RangeRef;
      if (address instanceof FakeRange) target = rangeArgument(address, scope, location);
      else {
        const parsed = parseAddress(address);
        const sheet = parsed?.sheetName === undefined ? scope : model.sheetByName(parsed.sheetName);
        if (!parsed || !sheet || (isSheet(owner) && sheet !== owner))
          throw invalidArgument(location);
        target = { sheet, rect: parsed.rect };
      }
      created = model.createTable(target, hasHeaders, location);
    });
    return new FakeTable(this.context, this._childPath("add", [address, hasHeaders]), () => {
      if (!created) throw itemNotFound("TableCollection.add");
      return created;
    });
  }

  getItem(key: string): FakeTable {
    return new FakeTable(
      this.context,
      this._childPath("getItem", [key]),
      this._from((o) => {
        const table = this._find(o, key);
        if (!table) throw itemNotFound("TableCollection.getItem");
        return table;
      })
    );
  }

  getItemOrNullObject(key: string): FakeTable {
    return new FakeTable(
      this.context,
      this._childPath("getItemOrNullObject", [key]),
      this._from((o) => this._find(o, key) ?? null),
      {
        nullable: true,
        requires: excelApi("1.4"),
        requiresLocation: "TableCollection.getItemOrNullObject",
      }
    );
  }

  getItemAt(index: number): FakeTable {
    return new FakeTable(
      this.context,
      this._childPath("getItemAt", [index]),
      this._from((o) => {
        const table = this._list(o)[index];
        if (!table) throw invalidArgument("TableCollection.getItemAt");
        return table;
      })
    );
  }
}
defineProps(FakeTableCollection, "TableCollection", {
  count: {
    get: (owner, context) =>
      (isSheet(owner)
        ? context._model.tables.filter((t) => t.sheet === owner)
        : context._model.tables
      ).length,
  },
});
