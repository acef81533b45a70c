import { joinPrints, printCounts, rowPrint, takePrint } from "../../src/excel/ownership";

// Expected prints computed independently (FNV-1a 32-bit over the JSON text's UTF-16 code units,
// base 36, padded to 7 characters).
test("a row's print is the FNV-1a hash of its cells' JSON, 7 base-36 characters", () => {
  expect(rowPrint([])).toBe("0w7k42t");
  expect(rowPrint(["c-1", "集群1", "烟台"])).toBe("0wtpdn8");
  expect(rowPrint([1, true, "x"])).toBe("1hbkjue");
});

test("an entry without prints, or with only a partial one, holds no prints", () => {
  expect(printCounts(undefined)).toStrictEqual(new Map());
  expect(printCounts("")).toStrictEqual(new Map());
  expect(printCounts("0w7k42")).toStrictEqual(new Map());
});

test("prints are counted as a multiset, a trailing partial print ignored", () => {
  const rows = joinPrints(["0w7k42t", "1hbkjue", "0w7k42t"]) + "0w7";
  expect(printCounts(rows)).toStrictEqual(
    new Map([
      ["0w7k42t", 2],
      ["1hbkjue", 1],
    ])
  );
});

test("taking a print uses up one occurrence; none left means false", () => {
  const counts = printCounts("0w7k42t0w7k42t");
  expect(takePrint(counts, "0w7k42t")).toBe(true);
  expect(takePrint(counts, "0w7k42t")).toBe(true);
  expect(takePrint(counts, "0w7k42t")).toBe(false);
  expect(takePrint(counts, "1hbkjue")).toBe(false);
  expect(counts.get("0w7k42t")).toBe(0);
});
