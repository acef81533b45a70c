/**
 * The reference tables row by row, against oracles written straight from the dataset (and, for
 * situations the bundled data does not show, from small variations of it built here).
 */
import type { Batch, Dataset, Metric, StatedCount } from "../../src/data/types";
import { buildCatalog } from "../../src/core/catalog";
import { getCatalog } from "../../src/core/dataset";
import type { Language } from "../../src/core/i18n";
import { KINDS, LEVELS, QUALIFIERS, SOURCE_KINDS, STATUSES } from "../../src/core/labels";
import {
  batchesTable,
  fieldsTable,
  metricsTable,
  sourcesTable,
  targetsTable,
} from "../../src/core/listings";

const catalog = getCatalog();
const data = catalog.dataset;
const LANGUAGES: Language[] = ["zh-CN", "en"];
const say = (text: { zh: string; en: string }, language: Language) =>
  language === "en" ? text.en : text.zh;

/** A copy of the bundled dataset, changed by `edit`, in a catalog of its own. */
function variant(edit: (copy: Dataset) => void) {
  const copy = structuredClone(data);
  edit(copy);
  return buildCatalog(copy);
}

function figureRow(id: string, name: string, city: string, m: Metric, language: Language) {
  return [
    id,
    name,
    city,
    say(m.label, language),
    m.key,
    m.value,
    say(QUALIFIERS[m.qualifier], language),
    m.unit,
    m.year === undefined ? "" : m.year,
    say(m.scope, language),
    m.source,
  ];
}

describe("the headers say what each column holds, in the display language", () => {
  it.each([
    [
      "figures",
      (l: Language) => metricsTable(catalog, [], l).header,
      ["编号", "名称", "城市", "指标", "指标键", "数值", "限定", "单位", "年份", "口径", "来源"],
      [
        "ID",
        "Name",
        "City",
        "Figure",
        "Key",
        "Value",
        "Qualifier",
        "Unit",
        "Year",
        "Scope",
        "Source",
      ],
    ],
    [
      "targets",
      (l: Language) => targetsTable(catalog, l).header,
      ["编号", "目标", "数值", "限定", "单位", "年份", "产业", "说明", "来源"],
      ["ID", "Target", "Value", "Qualifier", "Unit", "Year", "Industries", "Note", "Source"],
    ],
    [
      "batches",
      (l: Language) => batchesTable(catalog, l).header,
      [
        "名单",
        "级别",
        "类别",
        "批次",
        "批次名称",
        "公布时间",
        "公示时间",
        "状态",
        "山东数量（公布）",
        "山东数量限定",
        "全国数量（公布）",
        "全国数量限定",
        "本数据集收录",
        "来源",
        "备注",
      ],
      [
        "Programme",
        "Level",
        "Kind",
        "Batch",
        "Batch label",
        "Announced",
        "Notice date",
        "Status",
        "Shandong (stated)",
        "Shandong qualifier",
        "Nationwide (stated)",
        "Nationwide qualifier",
        "Named in dataset",
        "Sources",
        "Note",
      ],
    ],
    [
      "sources",
      (l: Language) => sourcesTable(catalog, [], l).header,
      ["编号", "原标题", "说明", "发布者", "日期", "类型", "网址", "备注"],
      ["ID", "Title (as published)", "Description", "Publisher", "Date", "Kind", "URL", "Note"],
    ],
    [
      "fields",
      (l: Language) => fieldsTable(catalog, l).header,
      ["字段", "中文名", "英文名", "类型"],
      ["Field", "Chinese name", "English name", "Type"],
    ],
  ])("%s", (_name, headerOf, zh, en) => {
    expect(headerOf("zh-CN")).toStrictEqual(zh);
    expect(headerOf("en")).toStrictEqual(en);
  });
});

describe("metricsTable", () => {
  it("lists every figure of every cluster, then the city-wide and programme-wide ones, in full", () => {
    for (const language of LANGUAGES) {
      const cityName = (id: string) => {
        const city = data.cities.find((c) => c.id === id)!;
        return language === "en" ? city.en : city.short;
      };
      const expected = [
        ...data.clusters.flatMap((c) =>
          c.metrics.map((m) => figureRow(c.id, c.name.zh, cityName(c.city), m, language))
        ),
        ...data.cities.flatMap((c) =>
          (c.metrics ?? []).map((m) => figureRow(c.id, cityName(c.id), cityName(c.id), m, language))
        ),
        ...data.programs.flatMap((p) =>
          (p.metrics ?? []).map((m) => figureRow(p.id, say(p.name, language), "", m, language))
        ),
      ];
      expect(metricsTable(catalog, [], language).rows).toStrictEqual(expected);
    }
  });

  it("a figure with no stated year leaves the year blank", () => {
    const table = metricsTable(catalog, [], "zh-CN");
    const rizhao = table.rows.filter((r) => r[0] === "ps1-rizhao-it-services");
    expect(rizhao.length).toBeGreaterThan(0);
    for (const row of rizhao) expect(row[8]).toBe("");
    const steel = table.rows.filter((r) => r[0] === "ps1-rizhao-high-quality-steel");
    expect(steel.map((r) => r[8])).toContain(2020);
  });

  it("for a query, lists the figures of the matching clusters only, under the city's name", () => {
    const rizhao = data.clusters.filter((c) => c.city === "rizhao" || c.cities.includes("rizhao"));
    const withFigures = (rows: unknown[][]) => [...new Set(rows.map((r) => r[0]))];
    expect(withFigures(metricsTable(catalog, ["日照"], "zh-CN").rows)).toStrictEqual(
      rizhao.filter((c) => c.metrics.length > 0).map((c) => c.id)
    );
    const count = rizhao.reduce((n, c) => n + c.metrics.length, 0);
    expect(metricsTable(catalog, ["日照"], "zh-CN").rows.map((r) => r[2])).toStrictEqual(
      Array(count).fill("日照")
    );
    expect(metricsTable(catalog, ["Rizhao"], "en").rows.map((r) => r[2])).toStrictEqual(
      Array(count).fill("Rizhao")
    );
  });

  it("names a cluster's city by its id when the dataset lists no such city", () => {
    const odd = variant((copy) => {
      const cluster = copy.clusters.find((c) => c.id === "ns1-jinan-it-services")!;
      cluster.city = "atlantis";
      cluster.cities = ["atlantis"];
    });
    for (const language of LANGUAGES) {
      const row = metricsTable(odd, [], language).rows.find(
        (r) => r[0] === "ns1-jinan-it-services"
      )!;
      expect(row[2]).toBe("atlantis");
    }
  });
});

describe("targetsTable", () => {
  it("lists every target in full, blank where the dataset states no industries", () => {
    for (const language of LANGUAGES) {
      const expected = data.targets.map((t) => [
        t.id,
        say(t.label, language),
        t.value,
        say(QUALIFIERS[t.qualifier], language),
        t.unit,
        t.year,
        t.industries === undefined ? "" : t.industries,
        t.note ? say(t.note, language) : "",
        t.source,
      ]);
      expect(targetsTable(catalog, language).rows).toStrictEqual(expected);
    }
    expect(data.targets.some((t) => t.industries === undefined)).toBe(true);
  });

  it("leaves the note blank for a target without one", () => {
    const bare = variant((copy) => {
      delete copy.targets[0].note;
    });
    expect(targetsTable(bare, "zh-CN").rows[0][7]).toBe("");
    expect(targetsTable(bare, "en").rows[0][7]).toBe("");
  });
});

describe("batchesTable", () => {
  /** The reference reading of a batch's totals: the latest of the scope, the first on a tie. */
  const latest = (totals: readonly StatedCount[], scope: StatedCount["scope"]) => {
    let found: StatedCount | undefined;
    for (const t of totals) if (t.scope === scope && (!found || t.asOf > found.asOf)) found = t;
    return found;
  };

  it("lists every batch with its dates, stated totals, members named, sources and note", () => {
    for (const language of LANGUAGES) {
      const expected = data.programs.flatMap((p) => {
        const members = data.clusters.filter((c) => c.program === p.id);
        const head = [
          say(p.name, language),
          say(LEVELS[p.level].label, language),
          say(KINDS[p.kind].label, language),
        ];
        const rows = p.batches.map((b: Batch) => {
          const sd = latest(b.totals, "shandong");
          const nw = latest(b.totals, "nationwide");
          return [
            ...head,
            b.number,
            say(b.label, language),
            b.announced === undefined ? "" : b.announced,
            b.noticeDate === undefined ? "" : b.noticeDate,
            say(STATUSES[b.status], language),
            sd ? sd.value : "",
            sd ? say(QUALIFIERS[sd.qualifier], language) : "",
            nw ? nw.value : "",
            nw ? say(QUALIFIERS[nw.qualifier], language) : "",
            members.filter((c) => c.batch === b.number).length,
            b.sources.join(", "),
            b.note ? say(b.note, language) : "",
          ];
        });
        const unknown = members.filter((c) => c.batch === undefined);
        if (unknown.length === 0) return rows;
        const label = language === "en" ? "Batch unknown" : "批次不详";
        const note =
          language === "en"
            ? "No source states the list year of these members; they count towards no batch."
            : "来源未说明这些成员所在名单的年份；不计入任何批次。";
        const cited: string[] = [];
        for (const c of unknown) for (const s of c.sources) if (!cited.includes(s)) cited.push(s);
        return [
          ...rows,
          [
            ...head,
            label,
            label,
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            unknown.length,
            cited.join(", "),
            note,
          ],
        ];
      });
      expect(batchesTable(catalog, language).rows).toStrictEqual(expected);
    }
  });

  it("the real data shows the cases the table must handle", () => {
    const batches = data.programs.flatMap((p) => p.batches);
    expect(batches.some((b) => b.announced === undefined)).toBe(true);
    expect(batches.some((b) => b.noticeDate === undefined)).toBe(true);
    expect(batches.some((b) => !b.note)).toBe(true);
    expect(batches.some((b) => b.sources.length > 1)).toBe(true);
    expect(batches.some((b) => !b.totals.some((t) => t.scope === "nationwide"))).toBe(true);
    expect(batches.some((b) => !b.totals.some((t) => t.scope === "shandong"))).toBe(true);
    // A programme with members in more than one batch, so the count is per batch.
    const counted = data.programs.filter(
      (p) => new Set(data.clusters.filter((c) => c.program === p.id).map((c) => c.batch)).size > 1
    );
    expect(counted.length).toBeGreaterThan(0);
  });

  it("a programme the dataset names no member of shows 0 per batch and no row of unknown batch", () => {
    const empty = variant((copy) => {
      copy.clusters = copy.clusters.filter((c) => c.program !== "provincial-future-industry");
    });
    const table = batchesTable(empty, "en");
    const name = data.programs.find((p) => p.id === "provincial-future-industry")!.name.en;
    const rows = table.rows.filter((r) => r[0] === name);
    expect(rows.map((r) => [r[3], r[table.header.indexOf("Named in dataset")]])).toStrictEqual(
      data.programs
        .find((p) => p.id === "provincial-future-industry")!
        .batches.map((b) => [b.number, 0])
    );
  });

  it("states the latest total of each scope when a batch has several, the first on a tie", () => {
    const total = (value: number, scope: StatedCount["scope"], asOf: string): StatedCount => ({
      value,
      qualifier: "exact",
      scope,
      asOf,
      sources: ["src-002"],
    });
    const orders: [StatedCount[], number, number][] = [
      // Shandong: 2021 is latest wherever it stands; nationwide: a tie keeps the first listed.
      [
        [
          total(1, "shandong", "2019"),
          total(3, "shandong", "2021"),
          total(2, "shandong", "2020"),
          total(66, "nationwide", "2019"),
          total(70, "nationwide", "2019"),
        ],
        3,
        66,
      ],
      [
        [
          total(70, "nationwide", "2019"),
          total(2, "shandong", "2020"),
          total(1, "shandong", "2019"),
          total(3, "shandong", "2021"),
          total(66, "nationwide", "2019"),
        ],
        3,
        70,
      ],
      [
        [
          total(3, "shandong", "2021"),
          total(1, "shandong", "2019"),
          total(80, "nationwide", "2018"),
          total(2, "shandong", "2020"),
          total(90, "nationwide", "2020"),
        ],
        3,
        90,
      ],
    ];
    for (const [totals, shandong, nationwide] of orders) {
      const several = variant((copy) => {
        copy.programs[0].batches[0].totals = totals;
      });
      const table = batchesTable(several, "en");
      const row = table.rows[0];
      expect(row[table.header.indexOf("Shandong (stated)")]).toBe(shandong);
      expect(row[table.header.indexOf("Nationwide (stated)")]).toBe(nationwide);
    }
  });
});

describe("sourcesTable", () => {
  const sourceRow = (s: Dataset["sources"][number], language: Language) => [
    s.id,
    s.title === undefined ? "" : s.title,
    say(s.label, language),
    s.publisher === undefined ? "" : s.publisher,
    s.date,
    say(SOURCE_KINDS[s.kind], language),
    s.url === undefined ? "" : s.url,
    s.note ? say(s.note, language) : "",
  ];

  it("lists every source in full, blank where no address is known", () => {
    expect(data.sources.some((s) => s.url === undefined)).toBe(true);
    for (const language of LANGUAGES)
      expect(sourcesTable(catalog, [], language).rows).toStrictEqual(
        data.sources.map((s) => sourceRow(s, language))
      );
  });

  it("leaves the note blank for a source without one", () => {
    const bare = variant((copy) => {
      delete copy.sources[0].note;
    });
    for (const language of LANGUAGES) expect(sourcesTable(bare, [], language).rows[0][7]).toBe("");
  });

  it("for a place, lists the sources its clusters and their figures cite, and ids named beside it", () => {
    // A figure citing a source its cluster does not list among its own.
    const cited = variant((copy) => {
      const cluster = copy.clusters.find((c) => c.id === "ps1-rizhao-high-quality-steel")!;
      cluster.metrics[0].source = "sup-notes";
      expect(cluster.sources).not.toContain("sup-notes");
    });
    const rizhao = cited.dataset.clusters.filter((c) => c.city === "rizhao");
    const ids = new Set(rizhao.flatMap((c) => [...c.sources, ...c.metrics.map((m) => m.source)]));
    ids.add("src-003");
    const expected = cited.dataset.sources.filter((s) => ids.has(s.id)).map((s) => s.id);
    expect(expected).toContain("sup-notes");
    expect(sourcesTable(cited, [" 日照 , src-003 "], "zh-CN").rows.map((r) => r[0])).toStrictEqual(
      expected
    );
  });
});

describe("fieldsTable", () => {
  it("types each row as a field or a figure, in the display language", () => {
    for (const [language, field, figure] of [
      ["zh-CN", "字段", "指标"],
      ["en", "field", "figure"],
    ] as const) {
      const rows = fieldsTable(catalog, language).rows;
      const types = rows.map((r) => r[3]);
      const fields = types.filter((t) => t === field).length;
      expect(fields).toBeGreaterThan(0);
      expect(types).toStrictEqual([
        ...Array(fields).fill(field),
        ...Array(rows.length - fields).fill(figure),
      ]);
      expect(rows.length - fields).toBe(catalog.metrics.size);
    }
  });
});
