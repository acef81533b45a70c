/**
 * The manifest's requirement sets against what the code uses. The table of APIs and the sets
 * they need is Microsoft's (custom-functions-requirement-sets.md,
 * shared-runtime-requirement-sets.md), written here independently of src: every API found in
 * src must be declared by the manifest or gated at run time, and the manifest declares nothing
 * the code does not need.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import path from "path";
import {
  ENTITY_REQUIREMENT,
  ERROR_CODES_REQUIREMENT,
  MANIFEST_REQUIREMENTS,
} from "../../src/functions/host";

const ROOT = path.join(__dirname, "../..");
const manifest = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

/** API use (as a pattern over the source) → the set and version Microsoft documents for it. */
const API_SETS: { api: string; pattern: RegExp; name: string; version: string }[] = [
  {
    api: "CustomFunctions.Error",
    pattern: /CustomFunctions\??\.Error\b/,
    name: "CustomFunctionsRuntime",
    version: "1.2",
  },
  {
    api: "#DIV/0!, #NUM!, #NULL! as results",
    pattern: /"#DIV\/0!"|"#NUM!"|"#NULL!"/,
    name: "CustomFunctionsRuntime",
    version: "1.3",
  },
  {
    api: "entity values from a function",
    pattern: /type: "Entity"/,
    name: "CustomFunctionsRuntime",
    version: "1.4",
  },
  {
    api: "Office.actions.associate",
    pattern: /actions\??\.associate\b/,
    name: "SharedRuntime",
    version: "1.1",
  },
  {
    api: "Office.addin.showAsTaskpane",
    pattern: /addin\??\.showAsTaskpane\b/,
    name: "SharedRuntime",
    version: "1.1",
  },
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const file = path.join(dir, entry);
    return statSync(file).isDirectory() ? sources(file) : file.endsWith(".ts") ? [file] : [];
  });
}

const code = sources(path.join(ROOT, "src")).map((file) => readFileSync(file, "utf8"));
const used = API_SETS.filter(({ pattern }) => code.some((text) => pattern.test(text)));
const declared = [...manifest.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\/>/g)].map(
  ([, name, version]) => ({ name, version })
);
const gated = [ERROR_CODES_REQUIREMENT, ENTITY_REQUIREMENT];
const atLeast = (version: string, minimum: string) => Number(version) >= Number(minimum);

describe("requirement sets", () => {
  test("the manifest declares exactly the sets the code's constant names", () => {
    expect(declared).toEqual([...MANIFEST_REQUIREMENTS]);
  });

  test("every API the code uses is declared by the manifest or gated at run time", () => {
    expect(used.map((u) => u.api)).toEqual(API_SETS.map((a) => a.api));
    for (const use of used) {
      const byManifest = declared.some(
        (d) => d.name === use.name && atLeast(d.version, use.version)
      );
      const byGate = gated.some((g) => g.name === use.name && g.version === use.version);
      expect({ api: use.api, covered: byManifest || byGate }).toEqual({
        api: use.api,
        covered: true,
      });
    }
  });

  test("each gate is above what the manifest guarantees, or it would never fail", () => {
    for (const gate of gated) {
      const base = declared.find((d) => d.name === gate.name);
      expect(base && atLeast(base.version, gate.version)).toBe(false);
    }
  });

  test("the manifest declares nothing the code does not need", () => {
    for (const set of declared) {
      const needed = used.filter(
        (u) =>
          u.name === set.name && !gated.some((g) => g.name === u.name && g.version === u.version)
      );
      const highest = Math.max(...needed.map((u) => Number(u.version)));
      expect({ set: set.name, version: set.version }).toEqual({
        set: set.name,
        version: highest.toFixed(1),
      });
    }
  });
});
