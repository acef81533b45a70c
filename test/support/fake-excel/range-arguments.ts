/** Range arguments (a proxy or an address) and how cell contents read back as text and types. */

import { isInSheet, parseAddress, type Rect } from "./a1";
import { isEmptyCell, type Cell, type CellValue } from "./cells";
import { FakeClientObject } from "./client-object";
import { invalidArgument } from "./errors";
import type { RangeRef, SheetModel } from "./workbook-model";

/** Resolves a Range argument (proxy or address on `sheet`) inside a sync. */
export function rangeArgument(
  arg: FakeClientObject<RangeRef> | string,
  sheet: SheetModel,
  location: string
): RangeRef {
  if (arg instanceof FakeClientObject) {
    const ref = arg._model();
    if (!ref) throw invalidArgument(location);
    return ref;
  }
  const parsed = parseAddress(arg);
  if (
    !parsed ||
    (parsed.sheetName !== undefined && parsed.sheetName.toUpperCase() !== sheet.name.toUpperCase())
  ) {
    throw invalidArgument(location);
  }
  return { sheet, rect: parsed.rect };
}

export function checked(rect: Rect, location: string): Rect {
  if (!isInSheet(rect)) throw invalidArgument(location);
  return rect;
}

export function text(value: CellValue): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

export function valueType(cell: Cell | undefined): string {
  if (isEmptyCell(cell)) return "Empty";
  const v = cell!.value;
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return v.startsWith("#") && v.endsWith("!") ? "Error" : "String";
}
