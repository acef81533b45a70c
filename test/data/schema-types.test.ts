import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import schema from "../../src/data/clusters.schema.json";
import { ROOT } from "./load";

/**
 * types.ts and clusters.schema.json must say the same thing: same properties, same required
 * ones, same string enums. Read types.ts with the TypeScript parser and compare.
 */
interface Shape {
  props: Map<string, { optional: boolean; literals: string[] | null }>;
}

const source = ts.createSourceFile(
  "types.ts",
  readFileSync(join(ROOT, "src", "data", "types.ts"), "utf8"),
  ts.ScriptTarget.ES2020,
  true
);

const aliases = new Map<string, string[]>();
const interfaces = new Map<string, Shape>();

function literals(type: ts.TypeNode): string[] | null {
  if (
    ts.isUnionTypeNode(type) &&
    type.types.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal))
  ) {
    return type.types.map((t) => ((t as ts.LiteralTypeNode).literal as ts.StringLiteral).text);
  }
  if (ts.isTypeReferenceNode(type)) return aliases.get(type.typeName.getText(source)) ?? null;
  return null;
}

ts.forEachChild(source, (node) => {
  if (ts.isTypeAliasDeclaration(node)) aliases.set(node.name.text, literals(node.type) ?? []);
});
ts.forEachChild(source, (node) => {
  if (!ts.isInterfaceDeclaration(node)) return;
  const props = new Map<string, { optional: boolean; literals: string[] | null }>();
  for (const m of node.members) {
    if (ts.isPropertySignature(m) && m.type)
      props.set(m.name.getText(source), {
        optional: m.questionToken !== undefined,
        literals: literals(m.type),
      });
  }
  interfaces.set(node.name.text, { props });
});

type JsonSchema = {
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: string[];
  $ref?: string;
  additionalProperties?: boolean;
};
const definitions = (schema as unknown as { definitions: Record<string, JsonSchema> }).definitions;

function resolve(s: JsonSchema): JsonSchema {
  return s.$ref ? resolve(definitions[s.$ref.replace("#/definitions/", "")]) : s;
}

const schemaFor = (name: string): JsonSchema =>
  name === "Dataset"
    ? (schema as unknown as JsonSchema)
    : definitions[name[0].toLowerCase() + name.slice(1)];

describe("clusters.schema.json says what types.ts says", () => {
  const names = [...interfaces.keys()];

  it("has a definition for every interface", () => {
    expect(names.filter((n) => !schemaFor(n))).toEqual([]);
  });

  it.each(names)(
    "%s: same properties, required ones and enums; no additional properties",
    (name) => {
      const shape = interfaces.get(name)!;
      const def = schemaFor(name);
      expect(def.additionalProperties).toBe(false);
      expect(Object.keys(def.properties ?? {}).sort()).toEqual([...shape.props.keys()].sort());
      const required = [...shape.props].filter(([, p]) => !p.optional).map(([k]) => k);
      expect([...(def.required ?? [])].sort()).toEqual(required.sort());
      for (const [prop, p] of shape.props) {
        if (p.literals)
          expect([prop, resolve(def.properties![prop]).enum]).toEqual([prop, p.literals]);
      }
    }
  );
});
