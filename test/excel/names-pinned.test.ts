// Sheet names in the addresses the add-in shows and records: quoted only where Excel would read
// the name as a reference, and never left starting or ending with an apostrophe.
import { qualifiedAddress, uniqueSheetName } from "../../src/excel/names";

describe("qualifiedAddress quotes only names that read as a whole reference", () => {
  test.each([
    // Letters then digits then more: not A1, so a plain name.
    ["A1x", "A1x!B2"],
    // Ending in R or C (with digits) without starting so: not R1C1.
    ["Abc", "Abc!B2"],
    ["DataR1", "DataR1!B2"],
    ["Arc", "Arc!B2"],
    ["SheetrC12", "SheetrC12!B2"],
    // Starting like R1C1 but going on: not a reference either.
    ["R1C1x", "R1C1x!B2"],
    ["Rcheck", "Rcheck!B2"],
  ])("%s stays bare", (name, address) => expect(qualifiedAddress(name, "B2")).toBe(address));

  test.each([
    ["ABC12", "'ABC12'!B2"],
    ["r", "'r'!B2"],
    ["C3", "'C3'!B2"],
    ["R12C3", "'R12C3'!B2"],
    ["rc", "'rc'!B2"],
  ])("%s reads as a reference and is quoted", (name, address) =>
    expect(qualifiedAddress(name, "B2")).toBe(address)
  );
});

describe("uniqueSheetName trims every apostrophe and space at both ends", () => {
  test.each([
    ["  'a", "a"],
    ["''' a", "a"],
    ["a'''", "a"],
    ["a ' '", "a"],
    [" ' 'a' ' ", "a"],
  ])("%j gives %j", (wanted, name) => expect(uniqueSheetName(wanted, [])).toBe(name));
});
