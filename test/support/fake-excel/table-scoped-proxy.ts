/** Excel.TableScopedCollection: the tables overlapping a range (Range.getTables, ExcelApi 1.9). */

import { intersect } from "./a1";
import { defineProps } from "./client-object";
import { FakeCollection } from "./collection";
import { FakeTable } from "./table-proxy";
import type { RangeRef, TableModel } from "./workbook-model";

export interface ScopedTables {
  ref: RangeRef;
  fullyContained: boolean;
}

function tablesIn(tables: TableModel[], { ref, fullyContained }: ScopedTables): TableModel[] {
  return tables.filter((t) => {
    const shared = t.sheet === ref.sheet && intersect(t.rect, ref.rect);
    if (!shared) return false;
    return (
      !fullyContained ||
      (shared.rowCount === t.rect.rowCount && shared.columnCount === t.rect.columnCount)
    );
  });
}

export class FakeTableScopedCollection extends FakeCollection<ScopedTables, TableModel, FakeTable> {
  declare readonly count: number;

  protected _list(scope: ScopedTables): TableModel[] {
    return tablesIn(this.context._model.tables, scope);
  }

  protected _item(table: TableModel, index: number): FakeTable {
    return new FakeTable(this.context, `${this._path}.items[${index}]`, () => table);
  }
}
defineProps(FakeTableScopedCollection, "TableScopedCollection", {
  count: { get: (scope, context) => tablesIn(context._model.tables, scope).length },
});
