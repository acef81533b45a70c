import { installFakeExcel } from "../support/fake-excel";
import { queueSheetScan, reenterSdFormulas } from "../../src/excel/recalc-formulas";

// What the re-entry of SD formulas asks Excel for, pinned: of each band's formula cells, only
// their formulas and position (not their values, text or formats, which would weigh the response).
let fake: ReturnType<typeof installFakeExcel>;
beforeEach(() => {
  fake = installFakeExcel({ sheetNames: ["Sheet1"] });
});
afterEach(() => fake.uninstall());

test("formula cells are read for their formulas and position only", async () => {
  fake.workbook.setValues("Sheet1!A1:B2", [
    ['=SD.COUNT("烟台")', "文字"],
    ["=1+1", 3],
  ]);
  const written = await Excel.run(async (context) => {
    const queued = queueSheetScan(context);
    await context.sync();
    return reenterSdFormulas(context, queued);
  });
  expect(written).toBe(1);
  const loads = fake.log.entries
    .filter((e) => e.kind === "load" && e.path.includes(".getSpecialCellsOrNullObject("))
    .map((e) => e.member);
  expect(loads).toStrictEqual(["items/formulas,items/rowIndex,items/columnIndex"]);
});
