import { detectHost, isDarkColour } from "../../src/taskpane/host";
import { installFakeExcel } from "../support/fake-excel";

describe("isDarkColour", () => {
  test.each([
    ["#262626", true],
    ["#000000", true],
    ["#ffffff", false],
    ["#e6e6e6", false],
    ["F3F3F3", false],
  ])("%s is dark: %s", (colour, dark) => {
    expect(isDarkColour(colour)).toBe(dark);
  });

  test("says nothing about a colour it cannot read", () => {
    expect(isDarkColour(undefined)).toBeUndefined();
    expect(isDarkColour("red")).toBeUndefined();
  });
});

describe("detectHost", () => {
  test("outside Office it is a preview host", async () => {
    expect(await detectHost()).toEqual({ mode: "preview", missing: [] });
  });

  test("in Excel it reports the display language and the requirement sets inserting lacks", async () => {
    const fake = installFakeExcel({ displayLanguage: "en-US", supportedSets: { ExcelApi: "1.4" } });
    try {
      expect(await detectHost()).toEqual({
        mode: "excel",
        displayLanguage: "en-US",
        dark: undefined,
        missing: ["ExcelApi 1.7"],
      });
    } finally {
      fake.uninstall();
    }
  });

  test("a current Excel lacks nothing", async () => {
    const fake = installFakeExcel();
    try {
      expect((await detectHost()).missing).toEqual([]);
    } finally {
      fake.uninstall();
    }
  });
});
