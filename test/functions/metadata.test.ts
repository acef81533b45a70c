/**
 * The metadata the build generates from functions.ts (the same generator the webpack plugin
 * runs), and the zh-CN metadata derived from it.
 */
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { KINDS, LEVELS } from "../../src/core/labels";
import { finishMetadata } from "../../src/functions/metadata-build";
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
  it("lists every gap, one per line, a translation of no function among them", () => {
    const { CARD, ...rest } = ZH_CN;
    const table = { ...rest, EXTRA: CARD };
    expect(() => toZhCn(metadata, table)).toThrow(
      "zh-CN function metadata is incomplete:\n" +
        "- function CARD has no zh-CN translation\n" +
        "- zh-CN translation for EXTRA, which is not a function"
    );
  });
  it("stops on metadata without a functions array", () => {
    expect(() => toZhCn({ enums: [] })).toThrow("functions.json has no functions array");
  });
});

describe("finishMetadata (what the build adds for Excel)", () => {
  interface Enum {
    id: string;
    type: string;
    values: { name: string; stringValue?: string; tooltip?: string }[];
  }
  type Finished = Metadata & { allowErrorForDataTypeAny?: boolean; enums: Enum[] };
  const finished = (language: "en" | "zh-CN") =>
    finishMetadata(metadata, language) as unknown as Finished;
  const enumOf = (m: Finished, id: string) => m.enums.find((e) => e.id === id) as Enum;

  it("lets error cells reach the functions, in both languages", () => {
    expect((metadata as { allowErrorForDataTypeAny?: boolean }).allowErrorForDataTypeAny).toBe(
      undefined
    );
    expect(finished("en").allowErrorForDataTypeAny).toBe(true);
    expect((toZhCn(finishMetadata(metadata, "zh-CN")) as Finished).allowErrorForDataTypeAny).toBe(
      true
    );
  });

  it("makes level and kind custom enums of the ids core accepts, labelled in each language", () => {
    for (const id of ["CLUSTERS", "COUNT", "CITIES"]) {
      const params = byId(id).parameters as (Parameter & { customEnumId?: string })[];
      const byName = (name: string) => params.find((p) => p.name === name);
      expect([byName("level")?.customEnumId, byName("kind")?.customEnumId]).toEqual([
        "Level",
        "Kind",
      ]);
      expect(byName("level")?.dimensionality).toBe("matrix");
    }
    const en = finished("en");
    const zh = toZhCn(finishMetadata(metadata, "zh-CN")) as Finished;
    expect(enumOf(en, "Level").values.map((v) => [v.stringValue, v.name])).toEqual([
      ["national", "National"],
      ["provincial", "Provincial"],
    ]);
    expect(enumOf(zh, "Level").values.map((v) => v.name)).toEqual(["国家级", "省级"]);
    expect(enumOf(zh, "Kind").values.map((v) => [v.stringValue, v.name])).toEqual([
      ["strategic-emerging", "战略性新兴产业集群"],
      ["advanced-manufacturing", "先进制造业集群"],
      ["sme-characteristic", "中小企业特色产业集群"],
      ["future-industry", "未来产业集群"],
    ]);
    expect(enumOf(zh, "Kind").values[0].tooltip).toMatch(/^也可输入：.*战略性新兴/);
    expect(enumOf(en, "Kind").values[0].tooltip).toMatch(/^Also typed as: .*strategic emerging/);
  });

  it("lists every other spelling in the tooltip, in the order core gives them", () => {
    // Hand-written from labels.ts: the Chinese label, the id, then the synonyms.
    expect(enumOf(finished("en"), "Level").values[0].tooltip).toBe(
      "Also typed as: 国家级, national, 国家, 国, nation"
    );
    expect(enumOf(finished("zh-CN"), "Level").values[1].tooltip).toBe(
      "也可输入：省级、provincial、省、province、山东省级"
    );
  });

  it("adds nothing but the flag to metadata without enums", () => {
    expect(finishMetadata({ functions: [] }, "en")).toStrictEqual({
      functions: [],
      allowErrorForDataTypeAny: true,
      enums: [],
    });
  });

  it("stops the build on an enum it has no labels for", () => {
    const broken = { ...metadata, enums: [{ id: "Region", type: "string", values: [] }] };
    expect(() => finishMetadata(broken, "en")).toThrow(
      "custom enum Region has no labels in metadata-build.ts"
    );
  });

  it("stops the build on an enum member that is not a core id", () => {
    const broken = {
      ...metadata,
      enums: [{ id: "Level", type: "string", values: [{ name: "x", stringValue: "nationwide" }] }],
    };
    expect(() => finishMetadata(broken, "en")).toThrow("value x is not a core id");
  });
});

describe("custom enum values as Excel passes them", () => {
  it("each Level and Kind value filters exactly as its Chinese label typed by hand", () => {
    for (const level of Object.values(SD.Level))
      expect(SD.count(null as never, [[level]])).toEqual(
        SD.count(null as never, [[LEVELS[level].label.zh as SD.Level]])
      );
    for (const kind of Object.values(SD.Kind))
      expect(SD.count(null as never, null as never, [[kind]])).toEqual(
        SD.count(null as never, null as never, [[KINDS[kind].label.zh as SD.Kind]])
      );
    expect(SD.count(null as never, [[SD.Level.national]])).not.toEqual(
      SD.count(null as never, [[SD.Level.provincial]])
    );
    expect(Object.values(SD.Level).sort()).toEqual(Object.keys(LEVELS).sort());
    expect(Object.values(SD.Kind).sort()).toEqual(Object.keys(KINDS).sort());
  });
});
