/** Excel.Worksheet, WorksheetCollection and WorksheetFreezePanes. */

import { isInSheet, MAX_COLUMNS, MAX_ROWS, parseAddress } from "./a1";
import { FakeChartCollection } from "./chart-proxy";
import { defineProps, FakeClientObject, type ProxyOptions } from "./client-object";
import { FakeCollection } from "./collection";
import { ErrorCodes, hostError, invalidArgument, itemNotFound } from "./errors";
import { isValidSheetName, sameName } from "./names";
import { FakeRange } from "./range-proxy";
import { excelApi } from "./requirements";
import { FakeTableCollection } from "./table-proxy";
import type { RangeRef, SheetModel, WorkbookModel } from "./workbook-model";

function assertNewName(
  model: WorkbookModel,
  name: unknown,
  location: string,
  self?: SheetModel
): asserts name is string {
  if (!isValidSheetName(name)) throw invalidArgument(location);
  if (model.sheets.some((s) => s !== self && sameName(s.name, name)))
    throw hostError(ErrorCodes.itemAlreadyExists, location);
}

export class FakeWorksheetFreezePanes extends FakeClientObject<SheetModel> {
  freezeRows(count = 1): void {
    this._call("freezeRows", [count], (s) => (s.frozenRows = count), excelApi("1.7"));
  }

  freezeColumns(count = 1): void {
    this._call("freezeColumns", [count], (s) => (s.frozenColumns = count), excelApi("1.7"));
  }

  unfreeze(): void {
    this._call("unfreeze", [], (s) => ((s.frozenRows = 0), (s.frozenColumns = 0)), excelApi("1.7"));
  }
}
defineProps(FakeWorksheetFreezePanes, "WorksheetFreezePanes", {});

/** ExcelApi 1.2: whether the sheet is protected (only `protected` is modelled). */
export class FakeWorksheetProtection extends FakeClientObject<SheetModel> {
  declare readonly protected: boolean;
}
defineProps(FakeWorksheetProtection, "WorksheetProtection", {
  protected: { get: (s) => s.protected, requires: excelApi("1.2") },
});

export class FakeWorksheet extends FakeClientObject<SheetModel> {
  declare name: string;
  declare readonly id: string;
  declare position: number;
  declare visibility: string;

  get tables(): FakeTableCollection {
    return this._nav(
      "tables",
      () =>
        new FakeTableCollection(
          this.context,
          `${this._path}.tables`,
          this._from((s) => s)
        )
    );
  }

  get charts(): FakeChartCollection {
    return this._nav(
      "charts",
      () =>
        new FakeChartCollection(
          this.context,
          `${this._path}.charts`,
          this._from((s) => s)
        )
    );
  }

  get freezePanes(): FakeWorksheetFreezePanes {
    return this._nav(
      "freezePanes",
      () =>
        new FakeWorksheetFreezePanes(this.context, `${this._path}.freezePanes`, () => this._model())
    );
  }

  get protection(): FakeWorksheetProtection {
    return this._nav(
      "protection",
      () =>
        new FakeWorksheetProtection(this.context, `${this._path}.protection`, () => this._model())
    );
  }

  protected override _navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === "protection") return this.protection as FakeClientObject<unknown>;
    if (name === "tables") return this.tables as FakeClientObject<unknown>;
    if (name === "charts") return this.charts as FakeClientObject<unknown>;
    return undefined;
  }

  private _range(
    member: string,
    args: unknown[],
    fn: (s: SheetModel, location: string) => RangeRef | null,
    options: ProxyOptions = {}
  ): FakeRange {
    const location = `Worksheet.${member}`;
    return new FakeRange(
      this.context,
      this._childPath(member, args),
      this._from((s) => fn(s, location)),
      { ...options, requiresLocation: location }
    );
  }

  /** No address: the whole sheet. An address naming another sheet is rejected. */
  getRange(address?: string): FakeRange {
    return this._range("getRange", address === undefined ? [] : [address], (sheet, location) => {
      if (address === undefined)
        return { sheet, rect: { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS } };
      const parsed = parseAddress(address);
      if (!parsed || (parsed.sheetName !== undefined && !sameName(parsed.sheetName, sheet.name)))
        throw invalidArgument(location);
      return { sheet, rect: parsed.rect };
    });
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): FakeRange {
    const args = [startRow, startColumn, rowCount, columnCount];
    return this._range(
      "getRangeByIndexes",
      args,
      (sheet, location) => {
        const rect = { row: startRow, column: startColumn, rowCount, columnCount };
        if (!isInSheet(rect)) throw invalidArgument(location);
        return { sheet, rect };
      },
      { requires: excelApi("1.7") }
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** An empty sheet's used range is A1 (getUsedRange) or a null object (…OrNullObject). */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this._range("getUsedRange", [valuesOnly], (sheet) => ({
      sheet,
      rect: sheet.cells.usedRect(valuesOnly ?? false) ?? {
        row: 0,
        column: 0,
        rowCount: 1,
        columnCount: 1,
      },
    }));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this._range(
      "getUsedRangeOrNullObject",
      [valuesOnly],
      (sheet) => {
        const rect = sheet.cells.usedRect(valuesOnly ?? false);
        return rect ? { sheet, rect } : null;
      },
      { nullable: true, requires: excelApi("1.4") }
    );
  }

  activate(): void {
    this._call("activate", [], (sheet) => this.context._model.activate(sheet));
  }

  /** Excel refuses to delete a workbook's only visible sheet. */
  delete(): void {
    this._call("delete", [], (sheet, location) => {
      const model = this.context._model;
      if (model.sheets.filter((s) => s !== sheet && s.visibility === "Visible").length === 0) {
        throw hostError(ErrorCodes.invalidOperation, location);
      }
      model.sheets.splice(model.sheets.indexOf(sheet), 1);
      for (const t of model.tables.filter((x) => x.sheet === sheet))
        model.tables.splice(model.tables.indexOf(t), 1);
      model.formulas.forgetSheet(sheet.name);
      if (model.activeSheet === sheet)
        model.activeSheet = model.sheets.find((s) => s.visibility === "Visible")!;
      model.forgetSelection(sheet);
    });
  }

  calculate(markAllDirty: boolean): void {
    this._call(
      "calculate",
      [markAllDirty],
      (sheet) => {
        this.context._model.calculations.push({ scope: "Worksheet", detail: markAllDirty });
        this.context._model.formulas.recalcVolatile(sheet.name);
      },
      excelApi("1.6")
    );
  }
}
defineProps(FakeWorksheet, "Worksheet", {
  id: { get: (s) => s.id },
  name: {
    get: (s) => s.name,
    set: (s, value, location, context) => {
      assertNewName(context._model, value, location, s);
      context._model.formulas.forgetSheet(s.name);
      s.name = value;
    },
  },
  position: {
    get: (s, context) => context._model.sheets.indexOf(s),
    set: (s, value, location, context) => {
      const sheets = context._model.sheets;
      if (
        typeof value !== "number" ||
        !Number.isInteger(value) ||
        value < 0 ||
        value >= sheets.length
      )
        throw invalidArgument(location);
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(value, 0, s);
    },
  },
  visibility: {
    get: (s) => s.visibility,
    set: (s, value, location) => {
      if (value !== "Visible" && value !== "Hidden" && value !== "VeryHidden")
        throw invalidArgument(location);
      s.visibility = value;
    },
  },
});

export class FakeWorksheetCollection extends FakeCollection<
  WorkbookModel,
  SheetModel,
  FakeWorksheet
> {
  protected override _countRequires = excelApi("1.4");

  protected _list(model: WorkbookModel): SheetModel[] {
    return model.sheets;
  }

  protected _item(sheet: SheetModel, index: number): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this._path}.items[${index}]`, () => sheet);
  }

  private _find(model: WorkbookModel, key: string): SheetModel | undefined {
    return model.sheets.find((s) => sameName(s.name, key) || s.id === key);
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      this._childPath("getItem", [key]),
      this._from((m) => {
        const sheet = this._find(m, key);
        if (!sheet) throw itemNotFound("WorksheetCollection.getItem");
        return sheet;
      })
    );
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      this._childPath("getItemOrNullObject", [key]),
      this._from((m) => this._find(m, key) ?? null),
      {
        nullable: true,
        requires: excelApi("1.4"),
        requiresLocation: "WorksheetCollection.getItemOrNullObject",
      }
    );
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      this._childPath("getActiveWorksheet", []),
      this._from((m) => m.activeSheet)
    );
  }

  /** Without a name Excel picks the next free "SheetN". */
  add(name?: string): FakeWorksheet {
    let created: SheetModel | undefined;
    this._call("add", name === undefined ? [] : [name], (model, location) => {
      let chosen = name;
      for (let n = model.sheets.length + 1; chosen === undefined; n++)
        if (!this._find(model, `Sheet${n}`)) chosen = `Sheet${n}`;
      assertNewName(model, chosen, location);
      created = model.createSheet(chosen);
    });
    return new FakeWorksheet(
      this.context,
      this._childPath("add", name === undefined ? [] : [name]),
      () => {
        if (!created) throw itemNotFound("WorksheetCollection.add");
        return created;
      }
    );
  }
}
defineProps(FakeWorksheetCollection, "WorksheetCollection", {});
