/**
 * Whatever Excel passes, every function returns a valid result or an Excel error: never a
 * throw, never an empty array, never null, undefined or a non-finite number inside a spill.
 */
import fc from "fast-check";
import * as SD from "../../src/functions/functions";
import { installCustomFunctions, StubError } from "./custom-functions-stub";

let restore: () => void;
beforeAll(() => {
  restore = installCustomFunctions();
});
afterAll(() => restore());

const names = [
  "烟台",
  "煙臺",
  "yantai",
  "烟太",
  "海阳",
  "国家级",
  "战新",
  "name",
  "批次",
  "ns1-jinan-it-services",
  "、",
  "hightech-enterprises.unit",
];

const scalar = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(0),
  fc.constant(""),
  fc.boolean(),
  fc.double(),
  fc.integer(),
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.constantFrom(...names),
  fc.array(fc.constantFrom(...names), { maxLength: 4 }).map((items) => items.join("、")),
  fc
    .constantFrom("#DIV/0!", "#N/A", "#REF!", "#NAME?")
    .map((code) => new StubError(code === "#REF!" || code === "#NAME?" ? "#VALUE!" : code)),
  fc.constant({ code: "#REF!" }),
  fc.constant({
    type: "Entity",
    text: "x",
    properties: { id: { type: "String", basicValue: "ns1-jinan-it-services" } },
  }),
  fc.constant("长".repeat(10_000)),
  fc.object({ maxDepth: 2 })
);
const grid = fc.array(fc.array(scalar, { minLength: 0, maxLength: 4 }), {
  minLength: 0,
  maxLength: 4,
});
const junk = fc.oneof(
  scalar,
  grid,
  fc.array(scalar, { maxLength: 4 }),
  fc.anything({ maxDepth: 3 })
);

function isExcelValue(cell: unknown): boolean {
  if (cell instanceof StubError) return true;
  if (typeof cell === "string") return true;
  return typeof cell === "number" && Number.isFinite(cell);
}

/** What is wrong with a result as a spill, or null. Plain checks: jest's expect per cell is slow. */
function spillProblem(result: unknown): string | null {
  if (!Array.isArray(result)) return "not an array";
  if (result.length === 0) return "empty array";
  const width = Array.isArray(result[0]) ? result[0].length : -1;
  if (width <= 0) return "first row empty or not an array";
  for (const row of result as unknown[]) {
    if (!Array.isArray(row) || row.length !== width) return "ragged rows";
    const bad = row.findIndex((cell) => !isExcelValue(cell));
    if (bad >= 0) return `cell ${String(row[bad])} is not a value Excel can show`;
  }
  return null;
}

const spilling: [string, (args: unknown[]) => unknown, number][] = [
  ["CLUSTERS", (a) => (SD.clusters as (...x: unknown[]) => unknown)(...a), 5],
  ["CLUSTER", (a) => (SD.cluster as (...x: unknown[]) => unknown)(...a), 2],
  ["COUNT", (a) => (SD.count as (...x: unknown[]) => unknown)(...a), 3],
  ["CITIES", (a) => (SD.cities as (...x: unknown[]) => unknown)(...a), 3],
  ["METRICS", (a) => (SD.metrics as (...x: unknown[]) => unknown)(...a), 2],
  ["TARGETS", (a) => (SD.targets as (...x: unknown[]) => unknown)(...a), 1],
  ["BATCHES", (a) => (SD.batches as (...x: unknown[]) => unknown)(...a), 1],
  ["SOURCES", (a) => (SD.sources as (...x: unknown[]) => unknown)(...a), 2],
  ["FIELDS", (a) => (SD.fields as (...x: unknown[]) => unknown)(...a), 1],
];

describe.each(spilling)("SD.%s with any arguments", (_, call, arity) => {
  it("returns a non-empty rectangular spill of strings, finite numbers and Excel errors", () => {
    fc.assert(
      fc.property(fc.array(junk, { minLength: 0, maxLength: arity }), (args) => {
        expect(spillProblem(call(args))).toBeNull();
      }),
      { numRuns: 150 }
    );
  });
});

describe("SD.VERSION and SD.CARD with any arguments", () => {
  it("return a string, an entity or an Excel error", () => {
    fc.assert(
      fc.property(junk, (arg) => {
        expect(typeof SD.version()).toBe("string");
        const result = SD.card(arg);
        expect(typeof result === "string" || result instanceof StubError).toBe(true);
      }),
      { numRuns: 200 }
    );
  });
});

describe("name variants, as a property", () => {
  it("any mix of case, width and spaces in Yantai finds the same clusters", () => {
    const expected = SD.clusters([["烟台"]]);
    const variant = fc
      .array(fc.record({ upper: fc.boolean(), wide: fc.boolean(), space: fc.boolean() }), {
        minLength: 6,
        maxLength: 6,
      })
      .map((flags) =>
        [..."yantai"]
          .map((char, i) => {
            let out = flags[i].upper ? char.toUpperCase() : char;
            if (flags[i].wide) out = String.fromCharCode(out.charCodeAt(0) + 0xfee0);
            return flags[i].space ? ` ${out}` : out;
          })
          .join("")
      );
    fc.assert(
      fc.property(variant, (text) => expect(SD.clusters([[text]])).toEqual(expected)),
      { numRuns: 100 }
    );
  });
});
