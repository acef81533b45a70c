/**
 * Makes Excel evaluate the workbook's SD.* formulas again after the dataset changed.
 *
 * Calculate Now does not re-run non-volatile custom functions (OfficeDev/office-js#1462);
 * entering a formula again does. So every sheet's formula cells are found at once
 * (getSpecialCellsOrNullObject("Formulas"), ExcelApi 1.9, one RangeAreas per sheet, loaded in
 * the caller's batch), and the next batch writes each area's SD formulas back unchanged: two
 * batches whatever the number of sheets or formulas, and the first can be the caller's own.
 *
 * Cells a dynamic array spilled into hold no formula of their own (only the anchor does; read
 * through `formulas` they give their value), so they are never written: every cell that is not an
 * SD formula gets null, which leaves it as it is.
 */

/** A formula that calls a function of our namespace (SD.COUNT, sd.clusters…). */
export function isSdFormula(value: unknown): value is string {
  return typeof value === "string" && value.startsWith("=") && /(^|[^\w.])SD\./i.test(value);
}

export type QueuedFormulaSearch = Excel.RangeAreas[];

/** Queues, per sheet (by id), the search for its formula cells and the load of their formulas. */
export function queueFormulaSearch(
  context: Excel.RequestContext,
  sheetIds: string[]
): QueuedFormulaSearch {
  return sheetIds.map((id) => {
    const found = context.workbook.worksheets
      .getItem(id)
      .getRange()
      .getSpecialCellsOrNullObject("Formulas");
    found.areas.load("items/formulas");
    return found;
  });
}

/**
 * After the search's sync: queues the rewrite of every SD formula found and returns how many
 * cells it rewrites (0: nothing was queued and no sync is needed).
 */
export function queueSdRewrite(search: QueuedFormulaSearch): number {
  let cells = 0;
  for (const found of search) {
    if (found.isNullObject) continue;
    for (const area of found.areas.items) {
      const grid = area.formulas.map((row) => row.map((f) => (isSdFormula(f) ? f : null)));
      const count = grid.flat().filter((f) => f !== null).length;
      if (count === 0) continue;
      area.formulas = grid as string[][];
      cells += count;
    }
  }
  return cells;
}
