/**
 * Error cells as arguments. With `allowErrorForDataTypeAny` (added by the build) Excel calls the
 * function with the error instead of answering #N/A itself, so an error in one cell of a range
 * fails that cell only. Excel passes it as a `CustomFunctions.Error` or, where data types are
 * on (`allowCustomDataForDataTypeAny`), as an error cell value.
 */
import * as SD from "../../src/functions/functions";
import { installCustomFunctions, isError, StubError } from "./custom-functions-stub";

let restore: () => void;
beforeEach(() => {
  restore = installCustomFunctions();
});
afterEach(() => restore());

const range = (...rows: unknown[][]) => rows as any[][];
const one = (value: unknown) => [[value]] as any[][];
const errorShapes = [
  ["CustomFunctions.Error", () => new StubError("#N/A")],
  ["error cell value", () => ({ type: "Error", basicValue: "#N/A", errorType: "NotAvailable" })],
] as const;

describe.each(errorShapes)("an #N/A cell arriving as %s", (_shape, nA) => {
  it("SD.COUNT over a column gives #N/A in that cell only; the others count", () => {
    const yantai = SD.count(one("烟台"))[0][0];
    const qingdao = SD.count(one("青岛"))[0][0];
    const grid = SD.count(range(["烟台"], [nA()], ["青岛"]));
    expect(grid.length).toBe(3);
    expect([grid[0][0], grid[2][0]]).toEqual([yantai, qingdao]);
    expect(isError(grid[1][0]) && grid[1][0].code).toBe("#N/A");
  });

  it("SD.CLUSTER over clusters × fields gives #N/A where the error is", () => {
    const grid = SD.cluster(
      range(["ns1-jinan-it-services"], [nA()], ["ns1-qingdao-rail-transit-equipment"]),
      range(["city", "level"])
    );
    expect(grid[0]).toEqual(["济南", "国家级"]);
    expect(grid[2]).toEqual(["青岛", "国家级"]);
    expect(grid[1].map((cell) => isError(cell) && cell.code)).toEqual(["#N/A", "#N/A"]);
  });

  it("SD.CLUSTERS, whose query is one list, gives the error as Excel's own lookups do", () => {
    const grid = SD.clusters(range(["烟台"], [nA()]));
    expect(grid.length).toBe(1);
    expect(isError(grid[0][0]) && grid[0][0].code).toBe("#N/A");
  });
});
