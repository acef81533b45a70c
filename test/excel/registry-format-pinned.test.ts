// The registry part as a refresh reads it back: what is refused as unreadable (and so never
// trusted to find a table by), what a damaged entry reads as, and which id the next insert gets.
import "../support/dom-parser";
import {
  nextEntryId,
  parseRegistry,
  RegistryFormatError,
  type RegistryEntry,
} from "../../src/excel/registry-format";

const NS = "urn:qilu-clusters:registry";
const part = (json: string, attributes = `xmlns="${NS}" format="1"`) =>
  `<registry ${attributes}>${json}</registry>`;

function thrown(xml: string): RegistryFormatError {
  try {
    parseRegistry(xml);
  } catch (error) {
    return error as RegistryFormatError;
  }
  throw new Error(`read without error: ${xml}`);
}

describe("a part in our namespace that is still unreadable", () => {
  test.each([
    ["no format attribute", `xmlns="${NS}"`],
    ["format 0", `xmlns="${NS}" format="0"`],
    ["a format that is no number", `xmlns="${NS}" format="x"`],
    ["a format with a number after text", `xmlns="${NS}" format="a1"`],
    ["a format with text after a number", `xmlns="${NS}" format="1a"`],
    ["a negative format", `xmlns="${NS}" format="-1"`],
  ])("%s", (_, attributes) => {
    const error = thrown(part("[]", attributes));
    expect(error).toBeInstanceOf(RegistryFormatError);
    expect(error.reason).toBe("unreadable");
    expect(error.message).toBe("registry unreadable");
    expect(error.name).toBe("RegistryFormatError");
    expect(String(error)).toBe("RegistryFormatError: registry unreadable");
  });

  test("a root of another name in our namespace", () => {
    expect(thrown(`<other xmlns="${NS}" format="1">[]</other>`).reason).toBe("unreadable");
  });

  test("a part Chrome could not parse: its partly read root holds a <parsererror>", () => {
    // Chrome's DOMParser keeps the root of a broken document and puts the error inside it
    // (jsdom's, like Firefox's, makes <parsererror> the root): this is that document.
    const chrome = part(
      `<parsererror xmlns="http://www.w3.org/1999/xhtml"><h3>This page contains the following errors:</h3></parsererror>[]`
    );
    expect(thrown(chrome).reason).toBe("unreadable");
  });

  test("a <parsererror> marks the part unreadable even where the text beside it is a list", () => {
    // The check does not rely on the error's words breaking the JSON.
    const marked = part(`<parsererror xmlns="http://www.w3.org/1999/xhtml"/>[]`);
    expect(thrown(marked).reason).toBe("unreadable");
  });

  test("a format of two digits above ours is newer, and says so", () => {
    const error = thrown(part("[]", `xmlns="${NS}" format="10"`));
    expect(error.reason).toBe("newer");
    expect(error.found).toBe(10);
    expect(error.message).toBe("registry format 10 is newer than 1");
  });

  test("text that is no JSON is unreadable, not a SyntaxError", () => {
    const error = thrown(part("[{"));
    expect(error).toBeInstanceOf(RegistryFormatError);
    expect(error.reason).toBe("unreadable");
  });
});

describe("a damaged entry read back", () => {
  test("lists keep only their texts; an empty or unknown view reads as clusters", () => {
    const json = JSON.stringify([
      {
        id: "t-1",
        request: { view: "", fields: ["id", 3, null, "name"] },
        columns: ["编号", { a: 1 }, 2, "名称"],
      },
      { id: "t-2", request: { view: "pie", fields: "id" }, columns: "编号" },
    ]);
    const defaults = {
      type: "table",
      tableName: "",
      sheetName: "",
      noteAddress: "",
      lang: "zh-CN",
      version: "",
      insertedAt: "",
      refreshedAt: "",
    };
    expect(parseRegistry(part(json)).entries).toStrictEqual([
      {
        ...defaults,
        id: "t-1",
        request: { view: "clusters", query: "", level: "", kind: "", fields: ["id", "name"] },
        columns: ["编号", "名称"],
      },
      {
        ...defaults,
        id: "t-2",
        request: { view: "clusters", query: "", level: "", kind: "", fields: [] },
        columns: [],
      },
    ]);
  });
});

describe("nextEntryId", () => {
  const withIds = (...ids: string[]) => ({
    format: 1,
    entries: ids.map((id) => ({ id }) as RegistryEntry),
  });

  test.each([
    // One above the highest t-N, with several digits.
    [["t-12"], "t-13"],
    [["t-12", "t-3"], "t-13"],
    // Ids not exactly t-N count only as entries.
    [["damaged-1"], "t-2"],
    [["xt-9"], "t-2"],
    [["t-9x"], "t-2"],
    [["t-9", "damaged-2", "t-"], "t-10"],
  ])("after %j comes %s", (ids, next) => expect(nextEntryId(withIds(...ids))).toBe(next));
});
