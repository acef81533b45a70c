/** Excel.Workbook and Excel.Application. */

import { defineProps, FakeClientObject } from "./client-object";
import { FakeCustomXmlPartCollection } from "./custom-xml-proxy";
import { invalidArgument } from "./errors";
import { FakeRange } from "./range-proxy";
import { excelApi } from "./requirements";
import { FakeSettingCollection } from "./settings-proxy";
import { FakeTableCollection } from "./table-proxy";
import type { WorkbookModel } from "./workbook-model";
import { FakeWorksheetCollection } from "./worksheet-proxy";
import type { FakeRequestContext } from "./context";

const CALCULATION_TYPES = ["Recalculate", "Full", "FullRebuild"];

export class FakeApplication extends FakeClientObject<WorkbookModel> {
  declare readonly calculationMode: string;

  /**
   * Recorded in `workbook.calculations`. Like Calculate Now in Excel (#1462), no
   * calculation type re-runs a non-volatile custom function; volatile ones run again.
   */
  calculate(calculationType: string): void {
    this._call("calculate", [calculationType], (model, location) => {
      if (!CALCULATION_TYPES.includes(calculationType)) throw invalidArgument(location);
      model.calculations.push({ scope: "Application", detail: calculationType });
      model.formulas.recalcVolatile();
    });
  }

  suspendApiCalculationUntilNextSync(): void {
    this._call("suspendApiCalculationUntilNextSync", [], () => undefined, excelApi("1.6"));
  }
}
defineProps(FakeApplication, "Application", { calculationMode: { get: () => "Automatic" } });

export class FakeWorkbook extends FakeClientObject<WorkbookModel> {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly application: FakeApplication;

  constructor(context: FakeRequestContext) {
    super(context, "workbook", () => context._model);
    this.worksheets = new FakeWorksheetCollection(
      context,
      "workbook.worksheets",
      () => context._model
    );
    this.tables = new FakeTableCollection(context, "workbook.tables", () => context._model);
    this.application = new FakeApplication(context, "workbook.application", () => context._model);
  }

  get settings(): FakeSettingCollection {
    return this._nav(
      "settings",
      () =>
        new FakeSettingCollection(this.context, "workbook.settings", () => this.context._model, {
          requires: excelApi("1.4"),
          requiresLocation: "Workbook.settings",
        })
    );
  }

  get customXmlParts(): FakeCustomXmlPartCollection {
    return this._nav(
      "customXmlParts",
      () =>
        new FakeCustomXmlPartCollection(
          this.context,
          "workbook.customXmlParts",
          () => this.context._model,
          {
            requires: excelApi("1.5"),
            requiresLocation: "Workbook.customXmlParts",
          }
        )
    );
  }

  protected override _navigation(name: string): FakeClientObject<unknown> | undefined {
    const nav: Record<string, () => FakeClientObject<unknown>> = {
      worksheets: () => this.worksheets as FakeClientObject<unknown>,
      tables: () => this.tables as FakeClientObject<unknown>,
      settings: () => this.settings as FakeClientObject<unknown>,
      customXmlParts: () => this.customXmlParts as FakeClientObject<unknown>,
    };
    return nav[name]?.();
  }

  getSelectedRange(): FakeRange {
    return new FakeRange(
      this.context,
      "workbook.getSelectedRange()",
      () => this.context._model.selection
    );
  }

  getActiveCell(): FakeRange {
    return new FakeRange(
      this.context,
      "workbook.getActiveCell()",
      () => {
        const { sheet, rect } = this.context._model.selection;
        return { sheet, rect: { row: rect.row, column: rect.column, rowCount: 1, columnCount: 1 } };
      },
      { requires: excelApi("1.7"), requiresLocation: "Workbook.getActiveCell" }
    );
  }
}
defineProps(FakeWorkbook, "Workbook", {});
