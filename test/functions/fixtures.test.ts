/**
 * Formula → result pairs from fixtures.json, run the way Excel would call the functions:
 * literal arguments, `{…}` array constants (`,` across, `;` down), omitted arguments as null,
 * and scalars wrapped as 1×1 grids where the metadata declares a range parameter.
 */
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as SD from "../../src/functions/functions";
import { installCustomFunctions } from "./custom-functions-stub";
import fixtures from "./fixtures.json";

interface Fixture {
  formula: string;
  expected?: unknown;
  expectedFirstRow?: unknown[];
}

type Metadata = { functions: { id: string; parameters: { dimensionality?: string }[] }[] };
let metadata: Metadata;
let functionNames: Map<string, string>;
let restore: () => void;

beforeAll(async () => {
  restore = installCustomFunctions();
  const result = await generateCustomFunctionsMetadata(
    path.resolve(__dirname, "../../src/functions/functions.ts")
  );
  metadata = JSON.parse(result.metadataJson) as Metadata;
  functionNames = new Map(result.associate.map((a) => [a.id, a.functionName]));
});
afterAll(() => restore());

/** One literal: "text" (with "" for a quote), a number, TRUE/FALSE, or nothing (omitted). */
function literal(text: string): unknown {
  const t = text.trim();
  if (t === "") return null;
  if (t.startsWith('"')) return t.slice(1, -1).replace(/""/g, '"');
  if (/^(TRUE|FALSE)$/i.test(t)) return t.toUpperCase() === "TRUE";
  const n = Number(t);
  if (Number.isNaN(n)) throw new Error(`cannot read ${t}`);
  return n;
}

/** Splits at a separator outside quotes and braces. */
function splitTop(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === "{") depth++;
    else if (!quoted && c === "}") depth--;
    else if (!quoted && depth === 0 && c === separator) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function argument(text: string, matrix: boolean): unknown {
  const t = text.trim();
  if (t.startsWith("{"))
    return splitTop(t.slice(1, -1), ";").map((row) => splitTop(row, ",").map(literal));
  const value = literal(t);
  return matrix && value !== null ? [[value]] : value;
}

function evaluate(formula: string): unknown {
  const match = /^=SD\.([A-Z]+)\((.*)\)$/s.exec(formula);
  if (!match) throw new Error(`not an SD formula: ${formula}`);
  const [, id, rest] = match;
  const fn = metadata.functions.find((f) => f.id === id);
  const name = functionNames.get(id);
  if (!fn || !name) throw new Error(`unknown function ${id}`);
  const texts = rest.trim() === "" ? [] : splitTop(rest, ",");
  const args = fn.parameters.map((p, i) =>
    i < texts.length ? argument(texts[i], p.dimensionality === "matrix") : null
  );
  return (SD as unknown as Record<string, (...a: unknown[]) => unknown>)[name](...args);
}

describe.each(fixtures as Fixture[])("$formula", ({ formula, expected, expectedFirstRow }) => {
  it("gives the expected result", () => {
    const result = evaluate(formula);
    // Compare errors by code and message, as Excel shows them.
    const plain = JSON.parse(JSON.stringify(result)) as unknown;
    if (expectedFirstRow) expect((plain as unknown[][])[0]).toEqual(expectedFirstRow);
    else expect(plain).toEqual(expected);
  });
});
