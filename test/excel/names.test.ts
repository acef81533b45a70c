import fc from "fast-check";
import { columnLetter, qualifiedAddress, uniqueName, uniqueSheetName } from "../../src/excel/names";

describe("columnLetter", () => {
  test.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i is %s", (index, letters) => expect(columnLetter(index)).toBe(letters));
});

describe("qualifiedAddress", () => {
  test("leaves plain names bare and quotes the rest, doubling apostrophes", () => {
    expect(qualifiedAddress("Sheet1", "A1")).toBe("Sheet1!A1");
    expect(qualifiedAddress("My Sheet", "A1")).toBe("'My Sheet'!A1");
    expect(qualifiedAddress("Bob's", "B2")).toBe("'Bob''s'!B2");
    expect(qualifiedAddress("数据", "A1")).toBe("数据!A1");
    expect(qualifiedAddress("A1", "B2")).toBe("'A1'!B2");
    expect(qualifiedAddress("2024", "B2")).toBe("'2024'!B2");
  });
});

describe("uniqueSheetName", () => {
  test("numbers a taken name, comparing without case", () => {
    expect(uniqueSheetName("Clusters", ["clusters", "Clusters (2)"])).toBe("Clusters (3)");
  });

  test("never begins or ends with an apostrophe, even with spaces around it or after a cut", () => {
    expect(uniqueSheetName(" ' ", [])).toBe("Sheet");
    expect(uniqueSheetName(" 'a' ", [])).toBe("a");
    expect(uniqueSheetName(`${"x".repeat(30)}'y`, [])).toBe("x".repeat(30));
  });

  test("always gives a valid, free name, whatever it is asked for", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.array(fc.string({ maxLength: 35 })),
        (wanted, taken) => {
          const name = uniqueSheetName(wanted, taken);
          expect(name.length).toBeGreaterThan(0);
          expect(name.length).toBeLessThanOrEqual(31);
          expect(name).not.toMatch(/[/\\?*:[\]]/);
          expect(name).not.toMatch(/^'|'$/);
          expect(taken.map((t) => t.toLowerCase())).not.toContain(name.toLowerCase());
        }
      )
    );
  });
});

describe("uniqueName", () => {
  test("appends a number until the name is free", () => {
    expect(uniqueName("SD_t1", ["sd_t1", "SD_t1_2"])).toBe("SD_t1_3");
  });
});
