import { chooseLanguage, loadPrefs, savePrefs, type PrefsStore } from "../../src/taskpane/prefs";

function memory(): PrefsStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe("chooseLanguage", () => {
  test("the user's override wins over Office and the browser", () => {
    expect(chooseLanguage("en", "zh-CN", ["zh-CN"])).toBe("en");
  });

  test("then Office's display language", () => {
    expect(chooseLanguage(undefined, "en-US", ["zh-CN"])).toBe("en");
    expect(chooseLanguage(undefined, "zh-TW", ["en-GB"])).toBe("zh-CN");
  });

  test("then the browser's first language, and Chinese when nothing says", () => {
    expect(chooseLanguage(undefined, undefined, ["fr-FR", "zh-CN"])).toBe("en");
    expect(chooseLanguage(undefined, undefined, [])).toBe("zh-CN");
  });
});

describe("loadPrefs / savePrefs", () => {
  test("remembers a change and merges later ones", () => {
    const store = memory();
    savePrefs({ language: "en" }, store);
    savePrefs({ fields: ["id", "name"], chartBy: "kind" }, store);
    expect(loadPrefs(store)).toEqual({
      language: "en",
      headerLanguage: undefined,
      fields: ["id", "name"],
      chartBy: "kind",
    });
  });

  test("drops values of the wrong shape instead of trusting them", () => {
    const store = memory();
    store.setItem(
      "qilu-clusters.pane.v1",
      JSON.stringify({ language: "fr", fields: [1, 2], chartBy: "district" })
    );
    expect(loadPrefs(store)).toEqual({
      language: undefined,
      headerLanguage: undefined,
      fields: undefined,
      chartBy: undefined,
    });
  });

  test("reads unparseable storage as nothing remembered", () => {
    const store = memory();
    store.setItem("qilu-clusters.pane.v1", "{not json");
    expect(loadPrefs(store)).toEqual({});
  });

  test("a storage that refuses writes only means the choice is not remembered", () => {
    const store: PrefsStore = {
      getItem: () => null,
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(() => savePrefs({ language: "en" }, store)).not.toThrow();
  });
});
