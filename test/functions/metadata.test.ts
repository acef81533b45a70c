/**
 * The metadata the build generates from functions.ts (the same generator the webpack plugin
 * runs), and the zh-CN metadata derived from it.
 */
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { toZhCn } from "../../src/functions/metadata-zh-cn";
import { ZH_CN } from "../../src/functions/translations.zh-cn";
import * as SD from "../../src/functions/functions";

interface Parameter {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result?: { type?: string; dimensionality?: string };
  options?: Record<string, unknown>;
}
interface Metadata {
  allowCustomDataForDataTypeAny?: boolean;
  functions: Fn[];
}

const FUNCTIONS_TS = path.resolve(__dirname, "../../src/functions/functions.ts");
let metadata: Metadata;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(FUNCTIONS_TS);
  expect(result.errors).toEqual([]);
  metadata = JSON.parse(result.metadataJson) as Metadata;
});

const byId = (id: string) => metadata.functions.find((f) => f.id === id) as Fn;

describe("generated functions.json", () => {
  it("declares the eleven functions, each with a description", () => {
    expect(metadata.functions.map((f) => f.id)).toEqual([
      "CLUSTERS",
      "CLUSTER",
      "COUNT",
      "CITIES",
      "METRICS",
      "TARGETS",
      "BATCHES",
      "SOURCES",
      "FIELDS",
      "VERSION",
      "CARD",
    ]);
    for (const f of metadata.functions) expect(f.description).toMatch(/\S/);
  });
  it("allows entity values for `any` (SD.CARD)", () => {
    expect(metadata.allowCustomDataForDataTypeAny).toBe(true);
    expect(byId("CARD").result?.dimensionality).toBeUndefined();
  });
  it("takes ranges where lists and lifting need them and spills tables", () => {
    expect(
      byId("CLUSTERS").parameters.map((p) => [
        p.name,
        p.dimensionality ?? "scalar",
        p.optional ?? false,
      ])
    ).toEqual([
      ["query", "matrix", true],
      ["level", "matrix", true],
      ["kind", "matrix", true],
      ["fields", "matrix", true],
      ["headers", "scalar", true],
    ]);
    expect(byId("CLUSTER").parameters.map((p) => p.dimensionality)).toEqual(["matrix", "matrix"]);
    expect(byId("CLUSTER").parameters[0].optional).toBeUndefined();
    for (const id of [
      "CLUSTERS",
      "CLUSTER",
      "COUNT",
      "CITIES",
      "METRICS",
      "TARGETS",
      "BATCHES",
      "SOURCES",
      "FIELDS",
    ]) {
      expect(byId(id).result?.dimensionality).toBe("matrix");
    }
  });
  it("is non-volatile everywhere", () => {
    for (const f of metadata.functions) expect(f.options?.volatile).toBeUndefined();
  });
  it("names exported functions, so tests and the associate calls reach them", async () => {
    const result = await generateCustomFunctionsMetadata(FUNCTIONS_TS);
    for (const { functionName } of result.associate)
      expect(typeof (SD as Record<string, unknown>)[functionName]).toBe("function");
  });
});

describe("toZhCn", () => {
  it("translates every description and parameter, keeping ids, names and types", () => {
    const zh = toZhCn(metadata) as Metadata;
    expect(zh.functions.map((f) => [f.id, f.name])).toEqual(
      metadata.functions.map((f) => [f.id, f.name])
    );
    expect(zh.functions[0].description).toMatch(/^列出符合/);
    expect(zh.functions[0].parameters.map((p) => p.name)).toEqual([
      "查询",
      "级别",
      "类别",
      "字段",
      "表头",
    ]);
    zh.functions.forEach((f, i) => {
      expect(f.parameters.map((p) => [p.type, p.dimensionality, p.optional])).toEqual(
        metadata.functions[i].parameters.map((p) => [p.type, p.dimensionality, p.optional])
      );
      for (const p of f.parameters) expect(p.description).toMatch(/[\u4e00-\u9fff]/);
    });
    expect((zh as Metadata).allowCustomDataForDataTypeAny).toBe(true);
  });
  it("fails, naming the parameter, when a translation is missing", () => {
    const { query, ...rest } = ZH_CN.CLUSTERS.parameters;
    expect(query).toBeDefined();
    const table = { ...ZH_CN, CLUSTERS: { ...ZH_CN.CLUSTERS, parameters: rest } };
    expect(() => toZhCn(metadata, table)).toThrow(
      "parameter CLUSTERS.query has no zh-CN translation"
    );
  });
  it("fails, naming the function, when a whole function is missing", () => {
    const { CARD, ...rest } = ZH_CN;
    expect(CARD).toBeDefined();
    expect(() => toZhCn(metadata, rest)).toThrow("function CARD has no zh-CN translation");
  });
  it("fails on a translation for a parameter that no longer exists", () => {
    const table = {
      ...ZH_CN,
      VERSION: { ...ZH_CN.VERSION, parameters: { format: { name: "格式", description: "x" } } },
    };
    expect(() => toZhCn(metadata, table)).toThrow(
      "names a parameter format that the function does not have"
    );
  });
});
