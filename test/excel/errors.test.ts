import {
  MissingRequirementsError,
  OccupiedTargetError,
  TooLargeError,
} from "../../src/excel/errors";

test("a missing requirement set error lists every missing set, comma-separated", () => {
  const error = new MissingRequirementsError(["ExcelApi 1.9", "CustomFunctionsRuntime 1.4"]);
  expect(error).toBeInstanceOf(Error);
  expect(error.name).toBe("MissingRequirementsError");
  expect(error.message).toBe("missing requirement sets: ExcelApi 1.9, CustomFunctionsRuntime 1.4");
  expect(error.missing).toStrictEqual(["ExcelApi 1.9", "CustomFunctionsRuntime 1.4"]);
});

test("an occupied target error names the target and the part of it that is not empty", () => {
  const error = new OccupiedTargetError("Sheet1!B2:F30", "Sheet1!C4");
  expect(error).toBeInstanceOf(Error);
  expect(error.name).toBe("OccupiedTargetError");
  expect(error.message).toBe("Sheet1!B2:F30 is not empty (Sheet1!C4)");
  expect([error.target, error.occupied]).toStrictEqual(["Sheet1!B2:F30", "Sheet1!C4"]);
});

test("a too-large error gives the rows and columns that do not fit", () => {
  const error = new TooLargeError(1_048_577, 3);
  expect(error).toBeInstanceOf(Error);
  expect(error.name).toBe("TooLargeError");
  expect(error.message).toBe("1048577 × 3 cells do not fit from the selected cell");
  expect([error.rows, error.columns]).toStrictEqual([1_048_577, 3]);
});
