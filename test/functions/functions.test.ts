import { readFileSync } from "fs";
import path from "path";
import * as SD from "../../src/functions/functions";
import { setLanguage } from "../../src/core/i18n";
import { installCustomFunctions, installOffice, isError, StubError } from "./custom-functions-stub";

let restore: () => void;
beforeAll(() => {
  restore = installCustomFunctions();
});
afterAll(() => restore());
afterEach(() => setLanguage(null));

// Excel passes null for an omitted optional argument; these helpers keep the calls readable.
const none = null as unknown as any[][];
const range = (...rows: unknown[][]) => rows as any[][];
const one = (value: unknown) => [[value]] as any[][];

describe("SD.CLUSTERS", () => {
  it("spills a header row then Yantai's clusters", () => {
    const grid = SD.clusters(one("烟台"));
    expect(grid[0]).toEqual([
      "编号",
      "集群键",
      "名称",
      "城市",
      "区县",
      "产业",
      "级别",
      "类别",
      "批次",
      "年份",
      "公布日期",
      "日期精度",
      "状态",
    ]);
    expect(grid.length).toBeGreaterThan(1);
    expect(grid.slice(1).every((row) => row.length === grid[0].length)).toBe(true);
  });
  it.each(["煙臺", "yantai", "烟台市", "ＹＡＮＴＡＩ", "Yantai", "yan tai"])(
    "gives %s the same result as 烟台",
    (text) => {
      expect(SD.clusters(one(text))).toEqual(SD.clusters(one("烟台")));
    }
  );
  it("treats a range of queries as a list", () => {
    expect(SD.clusters(range(["烟台"], ["青岛"]))).toEqual(SD.clusters(one("烟台、青岛")));
  });
  it("is #VALUE! with a suggestion for an unknown name", () => {
    const [[error]] = SD.clusters(one("烟太"));
    expect(error).toEqual(new StubError("#VALUE!", "未知城市「烟太」— 是否指「烟台」？"));
  });
  it("spills data only with headers 0, and #N/A when that leaves nothing", () => {
    const withHeader = SD.clusters(one("烟台"), none, none, one("name"));
    expect(SD.clusters(one("烟台"), none, none, one("name"), 0)).toEqual(withHeader.slice(1));
    const [[error]] = SD.clusters(one("济南"), one("国家级"), one("未来产业"), none, 0);
    expect(isError(error) && error.code).toBe("#N/A");
  });
  it("shows the header row alone when nothing matches", () => {
    expect(SD.clusters(one("济南"), one("国家级"), one("未来产业"))).toEqual([
      [
        "编号",
        "集群键",
        "名称",
        "城市",
        "区县",
        "产业",
        "级别",
        "类别",
        "批次",
        "年份",
        "公布日期",
        "日期精度",
        "状态",
      ],
    ]);
  });
  it("takes fields by id or Chinese label, in order", () => {
    const grid = SD.clusters(one("烟台"), none, none, one("名称,城市,批次"));
    expect(grid[0]).toEqual(["名称", "城市", "批次"]);
    expect(SD.clusters(one("烟台"), none, none, range(["name", "city", "batch"]))).toEqual(grid);
  });
  it("reads an empty cell (0 on desktop, null on the web) as no filter", () => {
    const all = SD.clusters(none);
    expect(SD.clusters(one(0))).toEqual(all);
    expect(SD.clusters(one(null))).toEqual(all);
    expect(SD.clusters(none, one(0), one(null), one(0))).toEqual(all);
  });
  it("treats headers as STOCKHISTORY does: TRUE/FALSE, 1/0, and rejects other numbers", () => {
    expect(SD.clusters(one("烟台"), none, none, none, true)).toEqual(SD.clusters(one("烟台")));
    expect(SD.clusters(one("烟台"), none, none, none, false)).toEqual(
      SD.clusters(one("烟台")).slice(1)
    );
    const [[error]] = SD.clusters(one("烟台"), none, none, none, 7);
    expect(isError(error) && error.message).toBe(
      "参数「表头」不能是 7。请输入 0（不要表头）或 1（要表头）。"
    );
  });
  it("rejects a logical value as a query", () => {
    const [[error]] = SD.clusters(one(true));
    expect(isError(error) && error.code).toBe("#VALUE!");
  });
  it("passes an error from its arguments on, as #VALUE! where the host cannot return it", () => {
    const undo = installOffice("zh-CN", ["CustomFunctionsRuntime 1.3"]);
    try {
      expect(SD.clusters(one(new StubError("#DIV/0!")))).toEqual([[new StubError("#DIV/0!")]]);
      expect(SD.clusters(one(new StubError("#N/A")))).toEqual([[new StubError("#N/A")]]);
    } finally {
      undo();
    }
    // CustomFunctionsRuntime 1.2 (the manifest's minimum) has no #DIV/0!, #NUM! or #NULL!.
    for (const code of ["#DIV/0!", "#NUM!", "#NULL!"])
      expect(SD.clusters(one(new StubError(code)))).toEqual([[new StubError("#VALUE!")]]);
    expect(SD.clusters(one(new StubError("#N/A")))).toEqual([[new StubError("#N/A")]]);
  });
});

describe("SD.CLUSTER", () => {
  it("returns one value", () => {
    expect(SD.cluster(one("ns1-jinan-it-services"), one("city"))).toEqual([["济南"]]);
    expect(SD.cluster(one("ns1-jinan-it-services"), one("hightech-enterprises"))).toEqual([[170]]);
  });
  it("defaults to the name when the field is omitted", () => {
    expect(SD.cluster(one("ns1-jinan-it-services"), none)).toEqual([
      ["济南市信息技术服务产业集群"],
    ]);
  });
  it("spills clusters down and fields across", () => {
    const grid = SD.cluster(
      range(["ns1-jinan-it-services"], ["ns1-qingdao-rail-transit-equipment"]),
      range(["city", "batch_number", "level"])
    );
    expect(grid).toEqual([
      ["济南", 1, "国家级"],
      ["青岛", 1, "国家级"],
    ]);
  });
  it("lifts a single row of fields or a single column of clusters alone", () => {
    expect(SD.cluster(one("ns1-jinan-it-services"), range(["city", "batch_number"]))).toEqual([
      ["济南", 1],
    ]);
    expect(
      SD.cluster(
        range(["ns1-jinan-it-services"], ["ns1-qingdao-rail-transit-equipment"]),
        one("city")
      )
    ).toEqual([["济南"], ["青岛"]]);
  });
  it("pairs two ranges of the same shape and fills what does not pair with #N/A, as Excel does", () => {
    const grid = SD.cluster(
      range(["ns1-jinan-it-services", "ns1-qingdao-rail-transit-equipment"]),
      range(["city", "batch_number", "level"])
    );
    expect(grid[0].slice(0, 2)).toEqual(["济南", 1]);
    expect(isError(grid[0][2]) && grid[0][2].code).toBe("#N/A");
  });
  it("gives blank for a blank cell in a range, not an error", () => {
    expect(SD.cluster(range(["ns1-jinan-it-services"], [null], [0], [""]), one("city"))).toEqual([
      ["济南"],
      [""],
      [""],
      [""],
    ]);
  });
  it("is #N/A with a suggestion for an unknown cluster and #VALUE! for an unknown field", () => {
    const [[missing]] = SD.cluster(one("ns1-jinan-it-service"), one("city"));
    expect(isError(missing) && missing.code).toBe("#N/A");
    expect(isError(missing) && missing.message).toContain("ns1-jinan-it-services");
    const [[field]] = SD.cluster(one("ns1-jinan-it-services"), one("citty"));
    expect(isError(field) && field.code).toBe("#VALUE!");
  });
});

describe("SD.COUNT", () => {
  it("counts with the same shape as the input range, blank for blank", () => {
    const grid = SD.count(range(["烟台"], ["青岛"], [null], [0], ["煙臺"]));
    expect(grid.length).toBe(5);
    expect(typeof grid[0][0]).toBe("number");
    expect(grid[0][0]).toBeGreaterThan(0);
    expect(grid[2][0]).toBe("");
    expect(grid[3][0]).toBe("");
    expect(grid[4][0]).toBe(grid[0][0]);
    expect(SD.count(range(["烟台", "青岛"]))[0].length).toBe(2);
  });
  it("counts everything when the query is omitted", () => {
    const [[all]] = SD.count(none);
    const keys = new Set(
      (SD.clusters(none, none, none, one("key"), 0) as string[][]).map(([key]) => key)
    );
    expect(all).toBe(keys.size);
  });
  it("applies level and kind to every cell", () => {
    const [[national]] = SD.count(one("烟台"), one("国家级"));
    const [[provincial]] = SD.count(one("烟台"), one("省级"));
    const [[both]] = SD.count(one("烟台"));
    expect(national).toBeGreaterThan(0);
    expect(national as number).toBeLessThanOrEqual(both as number);
    expect(provincial as number).toBeLessThanOrEqual(both as number);
  });
  it("marks only the unknown cell of a range", () => {
    const grid = SD.count(range(["烟台"], ["烟太"]));
    expect(typeof grid[0][0]).toBe("number");
    expect(grid[1][0]).toEqual(new StubError("#VALUE!", "未知城市「烟太」— 是否指「烟台」？"));
  });
});

describe("the table functions", () => {
  it.each([
    ["CITIES", () => SD.cities()],
    ["METRICS", () => SD.metrics()],
    ["TARGETS", () => SD.targets()],
    ["BATCHES", () => SD.batches()],
    ["SOURCES", () => SD.sources()],
    ["FIELDS", () => SD.fields()],
  ])("%s spills a header and rectangular rows of strings and numbers", (_, call) => {
    const grid = call();
    expect(grid.length).toBeGreaterThan(1);
    for (const row of grid) {
      expect(row.length).toBe(grid[0].length);
      for (const cell of row) expect(["string", "number"]).toContain(typeof cell);
    }
  });
  it("CITIES has the 16 cities", () => {
    expect(SD.cities(none, none, 0).length).toBe(16);
  });
  it("follows the display language, unless the pane pins one", () => {
    const undo = installOffice("en-US");
    try {
      expect(SD.fields()[0]).toEqual(["Field", "Chinese name", "English name", "Type"]);
      setLanguage("zh-CN");
      expect(SD.fields()[0]).toEqual(["字段", "中文名", "英文名", "类型"]);
    } finally {
      undo();
    }
  });
});

describe("notes follow the display language", () => {
  const OFFSHORE = "ps1-yantai-offshore-engineering";
  const ZH = "来源000称其为前两批25个省级战略性新兴产业集群中唯一的海洋产业集群。";
  const EN =
    "Source 000 calls it the only marine industry cluster among the 25 provincial strategic emerging clusters of the first two batches.";
  /** Runs `call` in a host showing `displayLanguage`. */
  function inHost<T>(displayLanguage: string, call: () => T): T {
    const undo = installOffice(displayLanguage, ["CustomFunctionsRuntime 1.4"]);
    try {
      return call();
    } finally {
      undo();
    }
  }

  it("SD.CLUSTER and SD.CLUSTERS give a cluster's note in Chinese or English", () => {
    expect(inHost("zh-CN", () => SD.cluster(one(OFFSHORE), one("note")))).toEqual([[ZH]]);
    expect(inHost("en-US", () => SD.cluster(one(OFFSHORE), one("note")))).toEqual([[EN]]);
    expect(inHost("en-US", () => SD.clusters(one(OFFSHORE), none, none, one("id,note")))).toEqual([
      ["ID", "Note"],
      [OFFSHORE, EN],
    ]);
    expect(SD.clusters(one(OFFSHORE), none, none, one("备注"), 0)).toEqual([[ZH]]);
  });
  it("SD.CARD carries the note in the host's language", () => {
    expect(inHost("zh-CN", () => SD.card(OFFSHORE).properties.note)).toEqual({
      type: "String",
      basicValue: ZH,
      propertyMetadata: { sublabel: "备注" },
    });
    expect(inHost("en-US", () => SD.card(OFFSHORE).properties.note.basicValue)).toBe(EN);
  });
  it("SD.BATCHES and SD.SOURCES give the notes of batches and sources in Chinese or English", () => {
    const last = (row: unknown[]) => row[row.length - 1];
    const zh = inHost("zh-CN", () => SD.batches());
    const en = inHost("en-US", () => SD.batches());
    expect([last(zh[0]), last(en[0])]).toEqual(["备注", "Note"]);
    // Rows come in the same order in both languages: programme, then batch.
    const row = zh.findIndex((r) => r[0] === "山东省战略性新兴产业集群" && r[3] === 2);
    expect(last(zh[row])).toMatch(/^2022-03-04公示拟认定名单（来源000；/);
    expect(last(en[row])).toMatch(
      /^Public notice of the proposed list on 2022-03-04 \(source 000;/
    );
    expect(last(inHost("zh-CN", () => SD.sources(one("src-001"), 0))[0])).toMatch(
      /^大众日报的报道，由国际在线转载。/
    );
    expect(last(inHost("en-US", () => SD.sources(one("src-001"), 0))[0])).toMatch(
      /^大众日报 report reposted by 国际在线 \(CRI Online\)\./
    );
  });
  it("SD.SOURCES describes a source in the host's language and keeps its published title", () => {
    const zh = inHost("zh-CN", () => SD.sources(one("src-003")));
    const en = inHost("en-US", () => SD.sources(one("src-003")));
    const title = "山东拥有国家先进制造业集群3个、中小企业特色产业集群15个";
    expect(zh[0].slice(1, 3)).toEqual(["原标题", "说明"]);
    expect(zh[1].slice(1, 4)).toEqual([title, title, "大众报业·经济导报"]);
    expect(en[0].slice(1, 3)).toEqual(["Title (as published)", "Description"]);
    expect(en[1].slice(1, 4)).toEqual([
      title,
      "Shandong has 3 national advanced manufacturing clusters and 15 SME characteristic industry clusters",
      "大众报业·经济导报",
    ]);
  });
});

describe("SD.VERSION and SD.CARD", () => {
  it("VERSION names the dataset's version and date and the add-in's version", () => {
    const { version: data, updated } = JSON.parse(
      readFileSync(path.join(__dirname, "../../src/data/clusters.json"), "utf8")
    );
    const { version: addin } = JSON.parse(
      readFileSync(path.join(__dirname, "../../package.json"), "utf8")
    );
    expect(SD.version()).toBe(`数据集 ${data}（${updated}），加载项 ${addin}`);
    setLanguage("en");
    expect(SD.version()).toBe(`dataset ${data} (${updated}), add-in ${addin}`);
  });
  it("CARD is the name where the host has no entity support", () => {
    expect(SD.card("ns1-jinan-it-services")).toBe("济南市信息技术服务产业集群");
  });
  it("CARD is an entity value where CustomFunctionsRuntime 1.4 is supported", () => {
    const undo = installOffice("zh-CN", ["CustomFunctionsRuntime 1.4"]);
    try {
      const entity = SD.card("ns1-jinan-it-services");
      expect(entity.type).toBe("Entity");
      expect(entity.text).toBe("济南市信息技术服务产业集群");
      expect(entity.properties.city).toEqual({
        type: "String",
        basicValue: "济南",
        propertyMetadata: { sublabel: "城市" },
      });
      expect(entity.properties.batchNumber).toMatchObject({ type: "Double", basicValue: 1 });
      // Dot notation reads the figures without brackets: =A2.hightechEnterprises.
      expect(entity.properties.hightechEnterprises).toMatchObject({
        type: "Double",
        basicValue: 170,
        propertyMetadata: { sublabel: "高新技术企业" },
      });
      expect(entity.layouts.card.sections.map((s: { title: string }) => s.title)).toEqual([
        "概况",
        "企业",
        "数据",
        "来源与说明",
      ]);
      expect(entity.properties.sources.type).toBe("Array");
      expect(entity.properties.sources.elements[0]).toEqual([
        { type: "String", basicValue: "src-002" },
      ]);
    } finally {
      undo();
    }
  });
  it("CARD is blank for a blank cell and #N/A for an unknown cluster", () => {
    expect(SD.card(null)).toBe("");
    expect(SD.card("不存在的集群").code).toBe("#N/A");
  });
  it("an entity from CARD can feed CLUSTER", () => {
    const undo = installOffice("zh-CN", ["CustomFunctionsRuntime 1.4"]);
    try {
      expect(SD.cluster(one(SD.card("ns1-jinan-it-services")), one("industry"))).toEqual([
        ["信息技术服务"],
      ]);
    } finally {
      undo();
    }
  });
});
