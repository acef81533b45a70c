import {
  INSERT_REQUIREMENT,
  missingRequirements,
  REFRESH_REQUIREMENT,
} from "../../src/excel/requirements";

/** A host supporting ExcelApi 1.0 to 1.`maxMinor` (versions compare by their minor number: 1.16 > 1.7). */
const host = (maxMinor: number) => ({
  isSetSupported: (name: string, version = "1.1") =>
    name === "ExcelApi" && Number(version.split(".")[1]) <= maxMinor,
});

test("a host with ExcelApi 1.16 lacks nothing", () => {
  expect(missingRequirements(host(16))).toEqual([]);
});

test("a host with ExcelApi 1.9 can insert but not refresh", () => {
  expect(missingRequirements(host(9))).toEqual([`ExcelApi ${REFRESH_REQUIREMENT.version}`]);
  expect(missingRequirements(host(9), [INSERT_REQUIREMENT])).toEqual([]);
});

test("a host with ExcelApi 1.4 lacks both", () => {
  expect(missingRequirements(host(4))).toEqual(["ExcelApi 1.7", "ExcelApi 1.13"]);
});
