// The registry part read back is what was written, field by field: a refresh reproduces a
// table from it, so a view read back as "clusters" or a language as zh-CN would rewrite the
// user's chart table or its headers wrongly.
import "../support/dom-parser";
import fc from "fast-check";
import {
  parseRegistry,
  REGISTRY_FORMAT,
  RegistryFormatError,
  serializeRegistry,
  type RegistryEntry,
} from "../../src/excel/registry-format";

const text = fc.string({ maxLength: 20 });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const entry: fc.Arbitrary<RegistryEntry> = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 8 }),
    type: fc.constantFrom("table", "chart", "comparison"),
    tableName: text,
    tableId: optional(text),
    sheetName: text,
    sheetId: optional(text),
    noteAddress: text,
    chartName: optional(text),
    request: fc.record({
      view: fc.constantFrom(
        "clusters",
        "summary-by-city",
        "summary-by-kind",
        "summary-by-industry"
      ),
      query: text,
      level: text,
      kind: text,
      city: optional(text),
      batch: optional(text),
      industry: optional(text),
      fields: fc.array(text, { maxLength: 4 }),
    }),
    lang: fc.constantFrom("zh-CN", "en"),
    version: text,
    insertedAt: text,
    refreshedAt: text,
    columns: fc.array(text, { maxLength: 4 }),
  })
  // Absent optional fields are absent, not undefined: JSON has no undefined.
  .map((e) => JSON.parse(JSON.stringify(e)) as RegistryEntry);

describe("the registry part read back", () => {
  test("gives every field of every entry as written, nothing added", () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 4 }), (entries) => {
        const read = parseRegistry(serializeRegistry({ format: REGISTRY_FORMAT, entries }));
        expect(read).toStrictEqual({ format: REGISTRY_FORMAT, entries });
      }),
      { numRuns: 200 }
    );
  });

  test("keeps each view, language, chart name and narrowing filter (one entry of each)", () => {
    const base: RegistryEntry = {
      id: "t-1",
      type: "chart",
      tableName: "SD_Summary",
      sheetName: "集群统计",
      noteAddress: "D1",
      chartName: "SD_Chart",
      request: {
        view: "summary-by-industry",
        query: "烟台",
        level: "national",
        kind: "",
        city: "yantai",
        batch: "provincial-strategic-emerging#2",
        industry: "生物医药",
        fields: [],
      },
      lang: "en",
      version: "2026.11.0",
      insertedAt: "2026-11-01T00:00:00.000Z",
      refreshedAt: "2026-11-02T00:00:00.000Z",
      columns: ["Industry", "Clusters (distinct)"],
    };
    const views = ["summary-by-city", "summary-by-kind", "summary-by-industry"] as const;
    const entries = views.map((view, i) => ({
      ...base,
      id: `t-${i + 1}`,
      request: { ...base.request, view },
    }));
    const [first] = parseRegistry(serializeRegistry({ format: 1, entries })).entries;
    expect(first.lang).toBe("en");
    expect(first.chartName).toBe("SD_Chart");
    expect(first.request.city).toBe("yantai");
    expect(first.request.batch).toBe("provincial-strategic-emerging#2");
    expect(first.request.industry).toBe("生物医药");
    expect(
      parseRegistry(serializeRegistry({ format: 1, entries })).entries.map((e) => e.request.view)
    ).toStrictEqual([...views]);
  });
});

describe("a part that cannot be read", () => {
  const part = (json: string) =>
    `<registry xmlns="urn:qilu-clusters:registry" format="1">${json}</registry>`;

  test.each(['{"entries":[]}', "5", '"text"', "null", "[1,", ""])(
    "JSON %s where the entries list should be is unreadable, not a crash",
    (json) => {
      let thrown: unknown;
      try {
        parseRegistry(part(json));
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(RegistryFormatError);
      expect((thrown as RegistryFormatError).reason).toBe("unreadable");
    }
  );

  test.each(['format="0"', 'format="x"', ""])("a root with %s is unreadable", (attribute) => {
    expect(() => parseRegistry(`<registry ${attribute}>[]</registry>`)).toThrow(
      "registry unreadable"
    );
  });

  test("a part from a newer add-in names its format", () => {
    const newer = `<registry xmlns="urn:qilu-clusters:registry" format="${REGISTRY_FORMAT + 1}">[]</registry>`;
    expect(() => parseRegistry(newer)).toThrow(
      `registry format ${REGISTRY_FORMAT + 1} is newer than ${REGISTRY_FORMAT}`
    );
  });

  test("entries that are not objects get an id no real entry can have, and count as tables", () => {
    const { entries } = parseRegistry(part('[null, 3, {"id": "t-9", "type": "pie"}]'));
    expect(entries.map((e) => [e.id, e.type, e.lang, e.request.view])).toStrictEqual([
      ["damaged-1", "table", "zh-CN", "clusters"],
      ["damaged-2", "table", "zh-CN", "clusters"],
      ["t-9", "table", "zh-CN", "clusters"],
    ]);
  });
});
