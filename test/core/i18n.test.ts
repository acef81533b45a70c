/**
 * The language core renders in: pinned by the task pane, else the host's display language, else
 * Chinese; and which tags count as Chinese.
 */
import { currentLanguage, languageFromTag, setLanguage } from "../../src/core/i18n";

afterEach(() => setLanguage(null));

describe("languageFromTag", () => {
  it.each([
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["ZH_hant_HK", "zh-CN"],
    ["zh", "zh-CN"],
    ["en-US", "en"],
    ["fr-FR", "en"],
    ["ja", "en"],
  ])("reads %s as %s", (tag, language) => {
    expect(languageFromTag(tag)).toBe(language);
  });

  it.each([
    ["an empty text", ""],
    ["a text with spaces", "en US"],
    ["a one-letter code", "e"],
    ["a number", 12],
    ["null", null],
    ["an array holding a tag", ["en-US"]],
    ["an object that prints as a tag", { toString: () => "zh-CN" }],
  ])("gives no language for %s, which is no tag", (_what, tag) => {
    expect(languageFromTag(tag)).toBeUndefined();
  });
});

describe("currentLanguage", () => {
  it("follows the host's display language, and Chinese without one", () => {
    expect(currentLanguage("en-GB")).toBe("en");
    expect(currentLanguage("zh-TW")).toBe("zh-CN");
    expect(currentLanguage("en-GB")).toBe("en");
    expect(currentLanguage(undefined)).toBe("zh-CN");
    expect(currentLanguage("not a tag")).toBe("zh-CN");
  });

  it("keeps the pinned language whatever the host says, until unpinned", () => {
    setLanguage("en");
    expect(currentLanguage("zh-CN")).toBe("en");
    setLanguage("zh-CN");
    expect(currentLanguage("en-US")).toBe("zh-CN");
    setLanguage(null);
    expect(currentLanguage("en-US")).toBe("en");
    expect(currentLanguage("zh-CN")).toBe("zh-CN");
  });
});
