/** Excel.AutoFilter of a table (ExcelApi 1.9): whether a user's filter is on, and reapplying it. */

import { defineProps, FakeClientObject } from "./client-object";
import { excelApi } from "./requirements";
import { reapplyFilters } from "./tables-model";
import type { TableModel } from "./workbook-model";

export class FakeAutoFilter extends FakeClientObject<TableModel> {
  declare readonly enabled: boolean;
  declare readonly isDataFiltered: boolean;

  reapply(): void {
    this._call("reapply", [], (t) => reapplyFilters(t), excelApi("1.9"));
  }
}
defineProps(FakeAutoFilter, "AutoFilter", {
  enabled: { get: (t) => t.showHeaders },
  isDataFiltered: { get: (t) => t.filteredColumns.size > 0 },
});
