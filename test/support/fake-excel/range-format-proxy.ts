/** RangeFormat, RangeFont and RangeFill: per-cell formats and per-column widths. */

import { contains } from "./a1";
import type { CellFormat } from "./cells";
import { defineProps, FakeClientObject } from "./client-object";
import { excelApi } from "./requirements";
import type { RangeRef } from "./workbook-model";

/** Excel's default column width in points (8.43 characters of Calibri 11). */
export const DEFAULT_COLUMN_WIDTH = 48;

/** One value when every cell agrees, null when they differ (as Excel reports mixed formats). */
function uniform<T>(ref: RangeRef, pick: (f: CellFormat) => T | undefined, fallback: T): T | null {
  const seen = new Set<T>();
  let stored = 0;
  for (const { row, column, cell } of ref.sheet.cells.entries()) {
    if (!contains(ref.rect, row, column)) continue;
    stored++;
    seen.add(pick(cell.format ?? {}) ?? fallback);
  }
  if (stored < ref.rect.rowCount * ref.rect.columnCount) seen.add(fallback);
  return seen.size === 1 ? [...seen][0] : null;
}

function setEach(ref: RangeRef, patch: Partial<CellFormat>): void {
  for (let r = 0; r < ref.rect.rowCount; r++) {
    for (let c = 0; c < ref.rect.columnCount; c++) {
      const cell = ref.sheet.cells.ensure(ref.rect.row + r, ref.rect.column + c);
      cell.format = { ...cell.format, ...patch };
    }
  }
}

function formatProp<K extends keyof CellFormat>(key: K, fallback: NonNullable<CellFormat[K]>) {
  return {
    get: (ref: RangeRef) => uniform(ref, (f) => f[key], fallback),
    set: (ref: RangeRef, value: unknown) => setEach(ref, { [key]: value } as Partial<CellFormat>),
  };
}

export class FakeRangeFont extends FakeClientObject<RangeRef> {
  declare bold: boolean;
  declare italic: boolean;
  declare color: string;
}
defineProps(FakeRangeFont, "RangeFont", {
  bold: formatProp("bold", false),
  italic: formatProp("italic", false),
  color: formatProp("fontColor", "#000000"),
});

export class FakeRangeFill extends FakeClientObject<RangeRef> {
  declare color: string;

  clear(): void {
    this._call("clear", [], (ref) => setEach(ref, { fillColor: undefined }));
  }
}
defineProps(FakeRangeFill, "RangeFill", { color: formatProp("fillColor", "#FFFFFF") });

export class FakeRangeFormat extends FakeClientObject<RangeRef> {
  declare columnWidth: number;
  declare wrapText: boolean;
  declare horizontalAlignment: string;

  get font(): FakeRangeFont {
    return this._nav(
      "font",
      () => new FakeRangeFont(this.context, `${this._path}.font`, () => this._model())
    );
  }

  get fill(): FakeRangeFill {
    return this._nav(
      "fill",
      () => new FakeRangeFill(this.context, `${this._path}.fill`, () => this._model())
    );
  }

  protected override _navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === "font") return this.font as FakeClientObject<unknown>;
    if (name === "fill") return this.fill as FakeClientObject<unknown>;
    return undefined;
  }

  /** Widths approximate Excel's: about 7 points per character of the longest text, plus padding. */
  autofitColumns(): void {
    this._call(
      "autofitColumns",
      [],
      (ref) => {
        const texts = ref.sheet.cells.map(ref.rect, (cell) => String(cell?.value ?? ""));
        for (let c = 0; c < ref.rect.columnCount; c++) {
          const longest = Math.max(0, ...texts.map((line) => line[c].length));
          ref.sheet.columnWidths.set(
            ref.rect.column + c,
            longest === 0 ? DEFAULT_COLUMN_WIDTH : longest * 7 + 5
          );
        }
      },
      excelApi("1.2")
    );
  }

  autofitRows(): void {
    this._call("autofitRows", [], () => undefined, excelApi("1.2"));
  }
}
defineProps(FakeRangeFormat, "RangeFormat", {
  columnWidth: {
    get: (ref) => ref.sheet.columnWidths.get(ref.rect.column) ?? DEFAULT_COLUMN_WIDTH,
    set: (ref, value) => {
      for (let c = 0; c < ref.rect.columnCount; c++)
        ref.sheet.columnWidths.set(ref.rect.column + c, Number(value));
    },
    requires: excelApi("1.2"),
  },
  wrapText: formatProp("wrapText", false),
  horizontalAlignment: formatProp("horizontalAlignment", "General"),
});
