import {
  AmbiguousClusterError,
  InvalidArgumentError,
  NoMatchError,
  UnknownNameError,
} from "../../src/core/errors";
import { currentLanguage, languageFromTag, pick, setLanguage } from "../../src/core/i18n";
import { shown } from "../../src/core/messages";
import { toGrid } from "../../src/core/table";
import fc from "fast-check";

describe("language", () => {
  afterEach(() => setLanguage(null));
  it("follows the host's display language, else zh-CN", () => {
    expect(currentLanguage("en-US")).toBe("en");
    expect(currentLanguage("zh-TW")).toBe("zh-CN");
    expect(currentLanguage(undefined)).toBe("zh-CN");
    expect(currentLanguage(42)).toBe("zh-CN");
  });
  it("lets the pane pin it", () => {
    setLanguage("en");
    expect(currentLanguage("zh-CN")).toBe("en");
    setLanguage(null);
    expect(currentLanguage("zh-CN")).toBe("zh-CN");
  });
  it("reads tags, not arbitrary text", () => {
    expect(languageFromTag("fr-FR")).toBe("en");
    expect(languageFromTag("not a tag")).toBeUndefined();
  });
  it("picks a side of a bilingual text", () => {
    expect(pick({ zh: "烟台", en: "Yantai" }, "en")).toBe("Yantai");
  });
});

describe("error messages", () => {
  it("say what to type instead", () => {
    expect(
      new UnknownNameError("烟太", "city", [{ zh: "烟台", en: "Yantai" }], "query").describe(
        "zh-CN"
      )
    ).toBe("未知城市「烟太」— 是否指「烟台」？");
    expect(
      new UnknownNameError("Yantia", "city", [{ zh: "烟台", en: "Yantai" }], "query").describe("en")
    ).toBe('Unknown city "Yantia" — did you mean "Yantai"?');
    expect(new InvalidArgumentError("headers", "7").describe("zh-CN")).toBe(
      "参数「表头」不能是 7。请输入 0（不要表头）或 1（要表头）。"
    );
    expect(new NoMatchError("clusters").describe("en")).toBe("No clusters match these conditions.");
  });
  it("carry the Excel code for their condition", () => {
    expect(new UnknownNameError("x", "name", [], "query").code).toBe("#VALUE!");
    expect(new NoMatchError("clusters").code).toBe("#N/A");
    expect(new AmbiguousClusterError("x", []).code).toBe("#VALUE!");
  });
  it("shorten long input", () => {
    const message = new UnknownNameError("长".repeat(10_000), "name", [], "query").describe(
      "zh-CN"
    );
    expect(message.length).toBeLessThan(200);
  });
});

describe("toGrid", () => {
  const table = { header: ["城市"], rows: [["烟台"]] };
  it("puts the header first when asked", () => {
    expect(toGrid(table, true, "clusters")).toEqual([["城市"], ["烟台"]]);
    expect(toGrid(table, false, "clusters")).toEqual([["烟台"]]);
  });
  it("shows a header alone when nothing matched, and #N/A without headers", () => {
    expect(toGrid({ header: ["城市"], rows: [] }, true, "clusters")).toEqual([["城市"]]);
    expect(() => toGrid({ header: ["城市"], rows: [] }, false, "clusters")).toThrow(NoMatchError);
  });
});

describe("shown (echoed input)", () => {
  // Independent oracle: the string as code points, by the iterator, not by the code under test.
  const codePoints = (text: string) => [...text];
  const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

  it("cuts a long run of emoji after 40 whole characters", () => {
    const text = "😀".repeat(41);
    expect(shown(text)).toBe(`${"😀".repeat(40)}…`);
    expect(shown("😀".repeat(40))).toBe("😀".repeat(40));
    expect(shown(`${"😀".repeat(40)}a`)).toBe(`${"😀".repeat(40)}…`);
  });

  it("never splits a character and keeps text of up to 40 characters whole", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-composite", maxLength: 120 }), (text) => {
        const out = shown(text);
        const points = codePoints(text);
        if (points.length <= 40) expect(out).toBe(text);
        else expect(out).toBe(`${points.slice(0, 40).join("")}…`);
        expect(loneSurrogate.test(out)).toBe(false);
      })
    );
  });

  it("cuts the longest text a cell holds", () => {
    expect(shown("烟".repeat(32767))).toBe(`${"烟".repeat(40)}…`);
  });
});
