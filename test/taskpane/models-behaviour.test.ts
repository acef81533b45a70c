// What the pane's models give a user, checked against plain reads of the dataset (not against
// the model's own helpers): filter results, filter choices, notes, comparison layouts,
// remembered preferences and figures as written.
import dataset from "../../src/data/clusters.json";
import { withTranslationMarks } from "../../src/data/translated";
import type { Dataset } from "../../src/data/types";
import { getCatalog } from "../../src/core/dataset";
import {
  applyFilter,
  EMPTY_FILTER,
  filterOptions,
  hasFilters,
} from "../../src/taskpane/browse-model";
import {
  comparisonLayout,
  noteText,
  produceContent,
  producedTable,
  summaryView,
} from "../../src/taskpane/insert-model";
import { loadPrefs, savePrefs, type PrefsStore } from "../../src/taskpane/prefs";
import { statedCount, statedNumber } from "../../src/taskpane/figures";
import type { TableQuery } from "../../src/excel/registry-format";

// As users see it: our translations of English-only names carry their mark.
const data = withTranslationMarks(dataset as unknown as Dataset);
const catalog = getCatalog();
const { version, updated } = data;

function request(view: TableQuery["view"], change: Partial<TableQuery> = {}): TableQuery {
  return { view, query: "", level: "", kind: "", fields: ["id", "name"], ...change };
}

describe("browse filters select what a plain filter over the dataset selects", () => {
  test("an industry filter keeps exactly that industry's records", () => {
    const industry = data.clusters[0].industry.zh;
    const got = applyFilter(catalog, { ...EMPTY_FILTER, industry }).clusters.map((c) => c.id);
    expect(got).toStrictEqual(
      data.clusters.filter((c) => c.industry.zh === industry).map((c) => c.id)
    );
    expect(got.length).toBeLessThan(data.clusters.length);
  });

  test.each(["city", "level", "kind", "batch", "industry"] as const)(
    "a %s filter alone counts as a filter; the search alone does not",
    (key) => {
      expect(hasFilters({ ...EMPTY_FILTER, [key]: "x" })).toBe(true);
      expect(hasFilters({ ...EMPTY_FILTER, search: "烟台" })).toBe(false);
    }
  );
});

describe("filter choices", () => {
  test("kinds are offered in the dataset's four kinds, each with its label", () => {
    const { kind } = filterOptions(catalog, "zh-CN", "全部");
    expect(kind).toStrictEqual([
      ["", "全部"],
      ["strategic-emerging", "战略性新兴产业集群"],
      ["advanced-manufacturing", expect.stringContaining("先进制造业")],
      ["sme-characteristic", expect.stringContaining("特色产业集群")],
      ["future-industry", expect.stringContaining("未来产业")],
    ]);
  });

  test("every batch of every programme is offered, named by programme and batch", () => {
    const { batch } = filterOptions(catalog, "en", "All");
    const expected = data.programs.flatMap((p) =>
      p.batches.map((b) => [`${p.id}#${b.number}`, `${p.name.en} · ${b.label.en}`])
    );
    expect(batch).toStrictEqual([["", "All"], ...expected]);
  });

  test("industries are offered once each, in pinyin order in Chinese", () => {
    const { industry } = filterOptions(catalog, "zh-CN", "全部");
    const names = industry.slice(1).map(([value]) => value);
    expect(new Set(names)).toStrictEqual(new Set(data.clusters.map((c) => c.industry.zh)));
    expect(names).toHaveLength(new Set(names).size);
    const pinyin = new Intl.Collator("zh-CN-u-co-pinyin");
    const sorted = [...names].sort(pinyin.compare);
    expect(names).toStrictEqual(sorted);
    // Code-point order is not pinyin order for this dataset, so the check above can fail.
    expect([...names].sort()).not.toStrictEqual(sorted);
  });
});

describe("the note beside an inserted table", () => {
  test("lists the cited sources with the language's separator and the SD.SOURCES hint", () => {
    expect(noteText(catalog, ["a", "b"], "en")).toBe(
      `Qilu Clusters dataset ${version} (${updated}) · Sources: a, b (titles and links: =SD.SOURCES())`
    );
    expect(noteText(catalog, ["a", "b"], "zh-CN")).toBe(
      `齐鲁产业集群 数据版本 ${version}（${updated}）· 来源：a、b（标题与链接见 =SD.SOURCES()）`
    );
  });

  test("says — when no record cites a source", () => {
    expect(noteText(catalog, [], "en")).toBe(
      `Qilu Clusters dataset ${version} (${updated}) · Sources: — (titles and links: =SD.SOURCES())`
    );
  });

  test("a refresh's table and note come from the recorded filters", () => {
    const industry = data.clusters[0].industry.zh;
    const records = data.clusters.filter((c) => c.industry.zh === industry);
    const produced = producedTable(catalog, request("clusters", { industry }), "en");
    expect(produced.rows.map((row) => row[0])).toStrictEqual(records.map((c) => c.id));
    expect(produced.note).toContain(
      `Sources: ${[...new Set(records.flatMap((c) => c.sources))].join(", ")} (`
    );
  });
});

describe("chart tables from a recorded view", () => {
  test.each([
    ["summary-by-kind", "Kind"],
    ["summary-by-industry", "Industry"],
    ["summary-by-city", "City"],
  ] as const)("%s counts by %s", (view, header) => {
    expect(produceContent(catalog, request(view), "en").header[0]).toBe(header);
  });

  test("each grouping is recorded as its own view", () => {
    expect(["city", "kind", "industry"].map((by) => summaryView(by as "city"))).toStrictEqual([
      "summary-by-city",
      "summary-by-kind",
      "summary-by-industry",
    ]);
  });
});

describe("the comparison sheet's layout", () => {
  test("a kind filter keeps that kind's programmes and cites only their records' sources", () => {
    const kind = "sme-characteristic";
    const programs = data.programs.filter((p) => p.kind === kind);
    const layout = comparisonLayout(catalog, { level: "", kind }, "en");
    expect(layout.columns.map((c) => c.label)).toStrictEqual(programs.map((p) => p.name.en));
    const ids = new Set(programs.map((p) => p.id));
    const sources = [
      ...new Set(data.clusters.filter((c) => ids.has(c.program)).flatMap((c) => c.sources)),
    ];
    expect(layout.note).toContain(`Sources: ${sources.join(", ")} (`);
  });

  test("rows are the cities by their English names in English", () => {
    const layout = comparisonLayout(catalog, { level: "", kind: "" }, "en");
    expect(layout.rows).toStrictEqual(data.cities.map((c) => ({ label: c.en })));
  });
});

describe("remembered preferences", () => {
  function memory(initial?: string): PrefsStore & { data: Map<string, string> } {
    const store = new Map<string, string>();
    if (initial !== undefined) store.set("qilu-clusters.pane.v1", initial);
    return {
      data: store,
      getItem: (k) => store.get(k) ?? null,
      setItem: (k, v) => void store.set(k, v),
    };
  }
  const none = {
    language: undefined,
    headerLanguage: undefined,
    fields: undefined,
    chartBy: undefined,
  };

  test("are kept under the pane's own key, which earlier versions wrote", () => {
    const store = memory();
    savePrefs({ chartBy: "industry" }, store);
    expect([...store.data.keys()]).toStrictEqual(["qilu-clusters.pane.v1"]);
    expect(loadPrefs(memory('{"chartBy":"city","language":"zh-CN"}'))).toStrictEqual({
      ...none,
      chartBy: "city",
      language: "zh-CN",
    });
    expect(loadPrefs(store).chartBy).toBe("industry");
  });

  test("without storage nothing is remembered and nothing fails", () => {
    expect(loadPrefs(undefined)).toStrictEqual(none);
    expect(() => savePrefs({ language: "en" }, undefined)).not.toThrow();
  });

  test.each(["null", "5", '"text"', "[1"])("a stored %s is ignored", (raw) => {
    expect(loadPrefs(memory(raw))).toStrictEqual({});
  });

  test("fields with a value that is not text are ignored", () => {
    expect(loadPrefs(memory('{"fields":["id",3]}'))).toStrictEqual(none);
  });

  test("the browser's localStorage is used when none is given, and a throwing one is survived", () => {
    const store = memory();
    const original = Object.getOwnPropertyDescriptor(globalThis, "localStorage");
    try {
      Object.defineProperty(globalThis, "localStorage", { configurable: true, get: () => store });
      savePrefs({ headerLanguage: "en" });
      expect(loadPrefs().headerLanguage).toBe("en");
      Object.defineProperty(globalThis, "localStorage", {
        configurable: true,
        get: () => {
          throw new Error("denied");
        },
      });
      expect(loadPrefs()).toStrictEqual(none);
    } finally {
      if (original) Object.defineProperty(globalThis, "localStorage", original);
      else delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });
});

describe("figures as written", () => {
  test("English groups thousands and keeps up to four decimals; Chinese does not group", () => {
    expect(statedNumber(1234567, "exact", "家", "en")).toBe("1,234,567 enterprises");
    expect(statedNumber(0.12345, "exact", "%", "en")).toBe("0.1235%");
    expect(statedNumber(1234567, "exact", "家", "zh-CN")).toBe("1234567家");
  });

  test("a Chinese stated total is counted in 个", () => {
    const count = {
      value: 66,
      qualifier: "exact",
      scope: "nationwide",
      asOf: "2019-10",
      sources: [],
    };
    expect(statedCount(count as never, "zh-CN")).toMatch(/^66个（/);
  });
});
