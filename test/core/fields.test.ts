/**
 * The values a user sees in the columns of SD.CLUSTERS and SD.CLUSTER, in both languages: batch
 * labels with Chinese numerals, cities and their codes, level, kind and programme labels, dates
 * and their precision, sources, notes and metric figures with their aspects. Oracles are literal
 * values read from the dataset, GB/T 2260 codes and Excel serials known independently.
 *
 * Every test builds its own catalog: the field and field-list memos are kept per catalog, so a
 * shared one would credit their code to whichever test filled them first.
 */
import type { Cluster, Dataset } from "../../src/data/types";
import { buildCatalog, type Catalog } from "../../src/core/catalog";
import { getCatalog } from "../../src/core/dataset";
import { UnknownNameError } from "../../src/core/errors";
import { batchLabel, DEFAULT_FIELDS, resolveField, resolveFields } from "../../src/core/fields";
import type { Language } from "../../src/core/i18n";
import { recordsTable } from "../../src/core/queries";
import type { Cell } from "../../src/core/table";
import { miniDataset } from "./fixture";

const fresh = () => buildCatalog(getCatalog().dataset);

/** The cells of one record under the given fields, as SD.CLUSTERS shows them. */
function cells(catalog: Catalog, id: string, fields: string, language: Language): Cell[] {
  const record = catalog.clusters.get(id);
  if (!record) throw new Error(`no record ${id} in the test data`);
  return recordsTable(catalog, [record], [fields], language).rows[0];
}

function thrown(run: () => unknown): UnknownNameError {
  try {
    run();
  } catch (error) {
    if (error instanceof UnknownNameError) return error;
    throw error;
  }
  throw new Error("expected an UnknownNameError");
}

describe("batch labels", () => {
  it.each([
    [1, "第一批"],
    [9, "第九批"],
    [10, "第十批"],
    [11, "第十一批"],
    [12, "第十二批"],
    [19, "第十九批"],
    [20, "第二十批"],
    [21, "第二十一批"],
    [35, "第三十五批"],
    [99, "第九十九批"],
  ])("writes batch %i in Chinese numerals: %s", (batch, zh) => {
    expect(batchLabel(batch, undefined, "zh-CN")).toBe(zh);
    expect(batchLabel(batch, 2022, "zh-CN")).toBe(`${zh}（2022年）`);
    expect(batchLabel(batch, 2022, "en")).toBe(`Batch ${batch} (2022)`);
    expect(batchLabel(batch, undefined, "en")).toBe(`Batch ${batch}`);
  });

  it("says the batch is unknown, with or without a year", () => {
    expect(batchLabel(undefined, undefined, "zh-CN")).toBe("批次不详");
    expect(batchLabel(undefined, 2022, "zh-CN")).toBe("批次不详");
    expect(batchLabel(undefined, undefined, "en")).toBe("Batch unknown");
    expect(batchLabel(undefined, 2022, "en")).toBe("Batch unknown");
  });

  it("shows a record's batch with its year, and an unknown batch as unknown", () => {
    const catalog = fresh();
    expect(cells(catalog, "ns1-yantai-biomedicine", "batch,batch_number", "zh-CN")).toStrictEqual([
      "第一批（2019年）",
      1,
    ]);
    expect(cells(catalog, "ns1-yantai-biomedicine", "batch", "en")).toStrictEqual([
      "Batch 1 (2019)",
    ]);
    const penglai = "psme-yantai-penglai-offshore-wind-equipment";
    expect(cells(catalog, penglai, "batch,batch_number", "zh-CN")).toStrictEqual(["批次不详", ""]);
    expect(cells(catalog, penglai, "batch", "en")).toStrictEqual(["Batch unknown"]);
  });
});

describe("industry", () => {
  it("heads an English cell with a capital, as the dataset writes it in lower case", () => {
    const catalog = fresh();
    expect(cells(catalog, "ns1-yantai-biomedicine", "industry", "en")).toStrictEqual([
      "Biomedicine",
    ]);
    expect(cells(catalog, "ns1-yantai-biomedicine", "industry", "zh-CN")).toStrictEqual([
      "生物医药",
    ]);
    expect(
      cells(catalog, "ns1-jinan-it-services", "industry_en,industry_zh", "zh-CN")
    ).toStrictEqual(["Information technology services", "信息技术服务"]);
  });

  it("capitalises only the first letter of every record's industry", () => {
    const catalog = fresh();
    const records = catalog.dataset.clusters;
    const table = recordsTable(catalog, records, ["industry"], "en");
    const expected = records.map((c) => [c.industry.en[0].toUpperCase() + c.industry.en.slice(1)]);
    expect(table.rows).toStrictEqual(expected);
    expect(recordsTable(catalog, records, ["industry"], "zh-CN").rows).toStrictEqual(
      records.map((c) => [c.industry.zh])
    );
  });
});

describe("places", () => {
  it("lists every city of a joint cluster, the lead city first", () => {
    const catalog = fresh();
    const id = "na2-qingdao-yantai-weihai-shipbuilding-offshore";
    expect(cells(catalog, id, "city,lead_city", "zh-CN")).toStrictEqual([
      "青岛、烟台、威海",
      "青岛",
    ]);
    expect(cells(catalog, id, "city", "en")).toStrictEqual(["Qingdao, Yantai, Weihai"]);
  });

  it("gives the GB/T 2260 codes of the city and of a county-level district", () => {
    const catalog = fresh();
    const id = "nsme1-qingdao-chengyang-plastic-rubber";
    expect(cells(catalog, id, "city_code,district,county_code", "zh-CN")).toStrictEqual([
      370200,
      "城阳区",
      370214,
    ]);
    expect(cells(catalog, id, "district", "en")).toStrictEqual(["Chengyang District"]);
    expect(cells(catalog, "ns1-yantai-biomedicine", "city_code", "en")).toStrictEqual([370600]);
  });

  it("leaves district and county code blank where there is no district or no code", () => {
    const catalog = fresh();
    // 济南高新区 is a development zone, which has no GB/T 2260 code.
    expect(cells(catalog, "ps2-jinan-gaoxin-ai", "district,county_code", "zh-CN")).toStrictEqual([
      "济南高新区",
      "",
    ]);
    expect(cells(catalog, "ns1-yantai-biomedicine", "district,county_code", "en")).toStrictEqual([
      "",
      "",
    ]);
  });
});

describe("programme", () => {
  it("labels the level, kind and programme of a record in both languages", () => {
    const catalog = fresh();
    const id = "ns1-yantai-biomedicine";
    expect(cells(catalog, id, "level,kind,program", "zh-CN")).toStrictEqual([
      "国家级",
      "战略性新兴产业集群",
      "国家级战略性新兴产业集群",
    ]);
    expect(cells(catalog, id, "level,kind,program", "en")).toStrictEqual([
      "National",
      "Strategic emerging industry cluster",
      "National strategic emerging industry clusters",
    ]);
  });
});

describe("dates", () => {
  it("gives the year, a date serial only where the day is known, and the precision", () => {
    const catalog = fresh();
    const fields = "year,announced,announced_precision";
    // 2022-11-30 is serial 44895 in Excel's 1900 date system.
    expect(cells(catalog, "na1-qingdao-smart-home-appliances", fields, "zh-CN")).toStrictEqual([
      2022,
      44895,
      "日",
    ]);
    expect(cells(catalog, "na1-qingdao-smart-home-appliances", fields, "en")).toStrictEqual([
      2022,
      44895,
      "day",
    ]);
    expect(cells(catalog, "ns1-yantai-biomedicine", fields, "zh-CN")).toStrictEqual([
      2019,
      "",
      "月",
    ]);
    expect(cells(catalog, "ns1-yantai-biomedicine", fields, "en")).toStrictEqual([
      2019,
      "",
      "month",
    ]);
    expect(cells(catalog, "nsme1-qingdao-chengyang-plastic-rubber", fields, "zh-CN")).toStrictEqual(
      [2022, "", "年"]
    );
    expect(cells(catalog, "nsme1-qingdao-chengyang-plastic-rubber", fields, "en")).toStrictEqual([
      2022,
      "",
      "year",
    ]);
  });

  it("leaves every date column blank for a record whose date is unknown", () => {
    const catalog = fresh();
    const id = "psme-yantai-penglai-offshore-wind-equipment";
    expect(cells(catalog, id, "year,announced,announced_precision", "en")).toStrictEqual([
      "",
      "",
      "",
    ]);
  });

  it("formats the announcement column as a date, and no other", () => {
    const catalog = fresh();
    const record = catalog.clusters.get("ns1-yantai-biomedicine")!;
    const table = recordsTable(catalog, [record], ["year,announced"], "en");
    expect(table.formats).toStrictEqual([undefined, "yyyy-mm-dd"]);
  });
});

describe("sources, name basis and note", () => {
  it("lists the record's sources by id", () => {
    const catalog = fresh();
    expect(cells(catalog, "ns1-yantai-biomedicine", "sources", "zh-CN")).toStrictEqual([
      "src-002, sup-yybnet-ns1",
    ]);
  });

  it("says how the name is known, blank for a record without a name form", () => {
    const catalog = fresh();
    expect(cells(catalog, "ns1-yantai-biomedicine", "name_basis", "zh-CN")).toStrictEqual([
      "官方名单",
    ]);
    expect(cells(catalog, "ns1-yantai-biomedicine", "name_basis", "en")).toStrictEqual([
      "Official list",
    ]);
    expect(
      cells(catalog, "nsme1-qingdao-chengyang-plastic-rubber", "name_basis", "en")
    ).toStrictEqual([""]);
  });

  it("shows the note in the user's language, blank where there is none", () => {
    const catalog = fresh();
    const record = catalog.clusters.get("ns1-jinan-it-services")!;
    expect(cells(catalog, record.id, "note", "zh-CN")).toStrictEqual([record.note!.zh]);
    expect(cells(catalog, record.id, "note", "en")).toStrictEqual([record.note!.en]);
    expect(cells(catalog, "ns1-yantai-biomedicine", "note", "en")).toStrictEqual([""]);
  });
});

describe("metric fields", () => {
  const steel = "ps1-rizhao-high-quality-steel";

  it("gives each metric's own figure, by key or label", () => {
    const catalog = fresh();
    expect(
      cells(
        catalog,
        steel,
        "steel-output-value,steel-share-of-industrial-output,省级以上平台",
        "zh-CN"
      )
    ).toStrictEqual([1468, 48.56, 50]);
  });

  it("gives the unit, qualifier, year and source beside the figure", () => {
    const catalog = fresh();
    const aspects = "钢铁行业产值.单位,钢铁行业产值.限定,钢铁行业产值.年份,钢铁行业产值.来源";
    expect(cells(catalog, steel, aspects, "zh-CN")).toStrictEqual(["亿元", "", 2020, "src-001"]);
    const platforms =
      "provincial-platforms:unit,provincial-platforms:qualifier,provincial-platforms:year";
    expect(cells(catalog, steel, platforms, "zh-CN")).toStrictEqual(["个", "余", ""]);
    expect(cells(catalog, steel, platforms, "en")).toStrictEqual(["个", "over", ""]);
  });

  it("heads the columns with the metric's label and the aspect", () => {
    const catalog = fresh();
    const record = catalog.clusters.get(steel)!;
    const fields = ["steel-output-value,steel-output-value.unit,steel-output-value：year"];
    expect(recordsTable(catalog, [record], fields, "zh-CN").header).toStrictEqual([
      "钢铁行业产值",
      "钢铁行业产值（单位）",
      "钢铁行业产值（年份）",
    ]);
    expect(recordsTable(catalog, [record], fields, "en").header).toStrictEqual([
      "Steel industry output value",
      "Steel industry output value (unit)",
      "Steel industry output value (year)",
    ]);
  });

  it("names a metric field by its key and aspect", () => {
    const catalog = fresh();
    expect(resolveField(catalog, "钢铁行业产值").id).toBe("steel-output-value");
    expect(resolveField(catalog, "钢铁行业产值.出处").id).toBe("steel-output-value.source");
    expect(resolveField(catalog, "Steel industry output value:unit").id).toBe(
      "steel-output-value.unit"
    );
  });

  it("leaves a metric blank for a record that does not state it", () => {
    const catalog = fresh();
    expect(
      cells(catalog, "ns1-yantai-biomedicine", "steel-output-value,steel-output-value.unit", "en")
    ).toStrictEqual(["", ""]);
  });

  it.each(["钢铁行业产值.颜色", "不存在的指标.单位", "nothing.unit", ".unit"])(
    "does not take %s, whose metric or aspect is unknown, for a field",
    (text) => {
      expect(() => resolveField(fresh(), text)).toThrow(UnknownNameError);
    }
  );

  it("suggests a metric by its label for a misspelt metric", () => {
    const error = thrown(() => resolveField(fresh(), "钢铁行业产直"));
    expect(error.suggestions).toContainEqual({
      zh: "钢铁行业产值",
      en: "Steel industry output value",
    });
    expect(error.choices("zh-CN")).toContain("钢铁行业产值");
  });
});

describe("field names", () => {
  it("reports an unknown field under the field argument by default", () => {
    const error = thrown(() => resolveField(fresh(), "zzzzqqqq"));
    expect(error.argument).toBe("field");
    expect(error.category).toBe("field");
  });

  it("takes a name padded to 200 characters, and nothing longer, without suggestions", () => {
    const catalog = fresh();
    expect(resolveField(catalog, `name${" ".repeat(196)}`).id).toBe("name");
    const long = `name${" ".repeat(197)}`;
    const error = thrown(() => resolveField(catalog, long));
    expect(error.category).toBe("field");
    expect(error.argument).toBe("field");
    expect(error.suggestions).toStrictEqual([]);
    expect(error.describe("en")).toMatch(
      /^Unknown field ".*"\. Type a field name such as "name"; SD\.FIELDS\(\) lists them all\.$/s
    );
  });

  it("splits a list of field names written in one cell", () => {
    expect(resolveFields(fresh(), ["名称,城市、batch"]).map((f) => f.id)).toStrictEqual([
      "name",
      "city",
      "batch",
    ]);
  });

  it("drops items that are only punctuation, and gives the default columns when none is left", () => {
    expect(resolveFields(fresh(), ["name, -- ,city"]).map((f) => f.id)).toStrictEqual([
      "name",
      "city",
    ]);
    expect(resolveFields(fresh(), ["·"]).map((f) => f.id)).toStrictEqual([...DEFAULT_FIELDS]);
    expect(resolveFields(fresh(), []).map((f) => f.id)).toStrictEqual([
      "id",
      "key",
      "name",
      "city",
      "district",
      "industry",
      "level",
      "kind",
      "batch",
      "year",
      "announced",
      "announced_precision",
      "status",
    ]);
  });
});

/**
 * Records the real data does not have: a city outside the GB/T 2260 table, a record without a
 * city list, one whose programme is not in the dataset (batch 12), one announced on a day of
 * its own, one in a batch its programme does not list, and a metric keyed "uni".
 */
function oddCatalog(): Catalog {
  const base = miniDataset.clusters[1]; // pa1-yantai-offshore: batch 1 of 2021-06, no own date
  const record = (changes: Partial<Cluster>): Cluster => ({ ...base, ...changes });
  const dataset: Dataset = {
    ...miniDataset,
    cities: [
      ...miniDataset.cities,
      { ...miniDataset.cities[1], id: "testcity", zh: "测试市", short: "测试", en: "Testcity" },
    ],
    clusters: [
      ...miniDataset.clusters,
      record({ id: "odd-no-code", key: "odd-no-code", city: "testcity", cities: ["testcity"] }),
      record({ id: "odd-no-cities", key: "odd-no-cities", cities: [] }),
      record({ id: "odd-program", key: "odd-program", program: "retired-program", batch: 12 }),
      record({ id: "odd-own-day", key: "odd-own-day", announced: "2021-06-18" }),
      record({ id: "odd-batch", key: "odd-batch", batch: 9 }),
      record({
        id: "odd-uni",
        key: "odd-uni",
        metrics: [
          {
            ...miniDataset.clusters[0].metrics[0],
            key: "uni",
            label: { zh: "高校", en: "Universities" },
          },
        ],
      }),
    ],
  };
  return buildCatalog(dataset);
}

describe("records the real data does not have", () => {
  it("leaves the city code blank for a city the code table does not know", () => {
    expect(cells(oddCatalog(), "odd-no-code", "city,city_code", "zh-CN")).toStrictEqual([
      "测试",
      "",
    ]);
  });

  it("shows the lead city for a record without a city list", () => {
    const catalog = oddCatalog();
    expect(cells(catalog, "odd-no-cities", "city,cities", "zh-CN")).toStrictEqual(["烟台", ""]);
    expect(cells(catalog, "odd-no-cities", "city", "en")).toStrictEqual(["Yantai"]);
  });

  it("leaves level and kind blank and names the programme by id when it is not in the dataset", () => {
    const catalog = oddCatalog();
    const fields = "level,kind,program,batch,year,announced_precision";
    expect(cells(catalog, "odd-program", fields, "zh-CN")).toStrictEqual([
      "",
      "",
      "retired-program",
      "第十二批",
      "",
      "",
    ]);
    expect(cells(catalog, "odd-program", fields, "en")).toStrictEqual([
      "",
      "",
      "retired-program",
      "Batch 12",
      "",
      "",
    ]);
  });

  it("takes a record's own announcement day over its batch's month", () => {
    const catalog = oddCatalog();
    const fields = "year,announced,announced_precision";
    // 2021-06-18 is serial 44365.
    expect(cells(catalog, "odd-own-day", fields, "en")).toStrictEqual([2021, 44365, "day"]);
    expect(cells(catalog, "pa1-yantai-offshore", fields, "en")).toStrictEqual([2021, "", "month"]);
  });

  it("leaves the dates blank for a batch its programme does not list", () => {
    expect(cells(oddCatalog(), "odd-batch", "batch,year,announced", "zh-CN")).toStrictEqual([
      "第九批",
      "",
      "",
    ]);
  });

  it("does not read an aspect word as a metric and an aspect without a separator", () => {
    const catalog = oddCatalog();
    expect(resolveField(catalog, "uni.unit").id).toBe("uni.unit");
    expect(() => resolveField(catalog, "unit")).toThrow(UnknownNameError);
  });
});
