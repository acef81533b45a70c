import "../support/dom-parser";
import fc from "fast-check";
import {
  emptyRegistry,
  nextEntryId,
  parseRegistry,
  REGISTRY_FORMAT,
  RegistryFormatError,
  serializeRegistry,
  type RegistryEntry,
} from "../../src/excel/registry-format";

const entry: RegistryEntry = {
  id: "t-1",
  type: "table",
  tableName: "SD_t1",
  sheetName: "Sheet <1> & 'x'",
  noteAddress: "Sheet1!A1",
  request: { view: "clusters", query: "烟台]]></registry>", level: "", kind: "", fields: ["id"] },
  lang: "zh-CN",
  version: "2026.11.0",
  insertedAt: "2026-11-23T08:00:00.000Z",
  refreshedAt: "2026-11-23T08:00:00.000Z",
  columns: ["编号"],
};

describe("registry XML", () => {
  test("round-trips entries, whatever text they hold", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (query, sheetName) => {
        const registry = {
          format: REGISTRY_FORMAT,
          entries: [{ ...entry, sheetName, request: { ...entry.request, query } }],
        };
        expect(parseRegistry(serializeRegistry(registry))).toEqual(registry);
      })
    );
  });

  test("declares its namespace on the root, so getByNamespace can find it", () => {
    expect(serializeRegistry(emptyRegistry())).toMatch(
      /^<registry xmlns="urn:qilu-clusters:registry" format="1">/
    );
  });

  test("refuses a registry written by a newer add-in, saying which format", () => {
    const newer = serializeRegistry(emptyRegistry()).replace('format="1"', 'format="2"');
    expect(() => parseRegistry(newer)).toThrow(RegistryFormatError);
    expect(() => parseRegistry(newer)).toThrow(
      expect.objectContaining({ reason: "newer", found: 2 })
    );
  });

  test.each([
    ["<other/>"],
    ['<registry format="1">{not json</registry>'],
    ['<registry format="x">[]</registry>'],
  ])("reports %s as unreadable", (xml) =>
    expect(() => parseRegistry(xml)).toThrow(expect.objectContaining({ reason: "unreadable" }))
  );
});

describe("nextEntryId", () => {
  test("never reuses an id", () => {
    const registry = { format: 1, entries: [{ ...entry, id: "t-2" }] };
    expect(nextEntryId(registry)).toBe("t-3");
  });
});

describe("entries from older add-ins", () => {
  test("missing fields get defaults; optional request filters that are present are kept", () => {
    const xml = serializeRegistry(emptyRegistry()).replace(
      "[]",
      JSON.stringify([
        { id: "t-1", tableName: "SD_t1", request: { query: "烟台", city: "yantai" } },
        {},
      ]).replace(/&/g, "&amp;")
    );
    const [first, second] = parseRegistry(xml).entries;
    expect(first).toEqual({
      id: "t-1",
      type: "table",
      tableName: "SD_t1",
      sheetName: "",
      noteAddress: "",
      request: { view: "clusters", query: "烟台", level: "", kind: "", city: "yantai", fields: [] },
      lang: "zh-CN",
      version: "",
      insertedAt: "",
      refreshedAt: "",
      columns: [],
    });
    expect(second).toMatchObject({ id: "damaged-2", tableName: "", sheetName: "" });
  });
});

describe("a part another program re-serialised", () => {
  test("reads with &quot;, &apos;, numeric references, CDATA, a declaration and single quotes", () => {
    const registry = { format: REGISTRY_FORMAT, entries: [entry] };
    const json = JSON.stringify(registry.entries);
    const half = Math.floor(json.length / 2);
    const text = (s: string) =>
      s
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
        .replace(/'/g, "&apos;")
        .replace(/[^ -~]/g, (ch) => `&#${ch.codePointAt(0)};`);
    const xml =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<registry xmlns='urn:qilu-clusters:registry' format='1'>${text(json.slice(0, half))}` +
      `<![CDATA[${json.slice(half).replace(/]]>/g, "]]]]><![CDATA[>")}]]></registry>`;
    expect(parseRegistry(xml)).toEqual(registry);
  });

  test("a part in another namespace, or not well-formed, is unreadable", () => {
    const ours = serializeRegistry(emptyRegistry());
    for (const xml of [ours.replace("urn:qilu-clusters:registry", "urn:other"), ours.slice(0, -3)])
      expect(() => parseRegistry(xml)).toThrow(expect.objectContaining({ reason: "unreadable" }));
  });
});
