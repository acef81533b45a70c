// The sentences users read in an error tooltip, in both languages. The expected texts are written
// out literally: they are the oracle, not the code that builds them.
import {
  ambiguousCluster,
  clusterNotFound,
  invalidArgument,
  noClusterInPlace,
  noMatch,
  queryTooLong,
  resultTooLarge,
  unexpected,
  unknownName,
} from "../../src/core/messages";

const long = "烟".repeat(50);
const cut = `${"烟".repeat(40)}…`;

describe("unknown name", () => {
  it("offers every suggestion, joined by or / 或", () => {
    expect(unknownName("en", "Yantia", "city", ["Yantai", "Weihai"], "query")).toBe(
      'Unknown city "Yantia" — did you mean "Yantai" or "Weihai"?'
    );
    expect(unknownName("zh-CN", "烟太", "city", ["烟台", "威海"], "query")).toBe(
      "未知城市「烟太」— 是否指「烟台」或「威海」？"
    );
  });

  it("says what to type for the argument when nothing is close", () => {
    expect(unknownName("en", "nationl", "level", [], "level")).toBe(
      'Unknown level "nationl". Type "national" or "provincial".'
    );
    expect(unknownName("zh-CN", "国家", "level", [], "level")).toBe(
      "未知级别「国家」。请输入「国家级」或「省级」。"
    );
  });
});

describe("cluster not found", () => {
  it("suggests close cluster names in the message's language", () => {
    expect(clusterNotFound("en", "Yantai ships", ["Yantai-Weihai shipbuilding cluster"])).toBe(
      'No cluster "Yantai ships" — did you mean "Yantai-Weihai shipbuilding cluster"?'
    );
    expect(
      clusterNotFound("zh-CN", "烟台船", ["烟台—威海船舶产业集群", "烟台市海洋工程装备产业集群"])
    ).toBe(
      "未找到集群「烟台船」— 是否指「烟台—威海船舶产业集群」或「烟台市海洋工程装备产业集群」？"
    );
  });

  it("says how to list the clusters when nothing is close", () => {
    expect(clusterNotFound("en", "xyz", [])).toBe(
      'No cluster "xyz". Type a cluster name or id; SD.CLUSTERS() lists them all.'
    );
    expect(clusterNotFound("zh-CN", "xyz", [])).toBe(
      "未找到集群「xyz」。请输入集群名称或编号；SD.CLUSTERS() 列出全部集群。"
    );
  });

  it("echoes long input shortened", () => {
    expect(clusterNotFound("zh-CN", long, [])).toBe(
      `未找到集群「${cut}」。请输入集群名称或编号；SD.CLUSTERS() 列出全部集群。`
    );
    expect(clusterNotFound("en", long, [])).toBe(
      `No cluster "${cut}". Type a cluster name or id; SD.CLUSTERS() lists them all.`
    );
  });
});

describe("ambiguous cluster", () => {
  const candidates = [
    { name: "甲集群", id: "a-1" },
    { name: "乙集群", id: "b-2" },
    { name: "丙集群", id: "c-3" },
    { name: "丁集群", id: "d-4" },
  ];

  it("lists up to three candidates with their ids, all of them when there are three", () => {
    expect(ambiguousCluster("en", "offshore", candidates.slice(0, 3))).toBe(
      '"offshore" fits 3 clusters: 甲集群 (a-1), 乙集群 (b-2), 丙集群 (c-3). Type the cluster\'s id instead.'
    );
    expect(ambiguousCluster("zh-CN", "海工", candidates.slice(0, 3))).toBe(
      "「海工」对应 3 个集群：甲集群（a-1）、乙集群（b-2）、丙集群（c-3）。请改为输入集群编号。"
    );
    expect(ambiguousCluster("en", "offshore", candidates.slice(0, 2))).toBe(
      '"offshore" fits 2 clusters: 甲集群 (a-1), 乙集群 (b-2). Type the cluster\'s id instead.'
    );
  });

  it("shows the first three of more and marks the rest with …", () => {
    expect(ambiguousCluster("en", "offshore", candidates)).toBe(
      '"offshore" fits 4 clusters: 甲集群 (a-1), 乙集群 (b-2), 丙集群 (c-3) and 1 more. Type the cluster\'s id instead.'
    );
    expect(ambiguousCluster("zh-CN", "海工", candidates)).toBe(
      "「海工」对应 4 个集群：甲集群（a-1）、乙集群（b-2）、丙集群（c-3）等。请改为输入集群编号。"
    );
  });
});

describe("invalid argument", () => {
  it("names the argument and what to type, in both languages", () => {
    expect(invalidArgument("en", "headers", "TRUE")).toBe(
      "The headers argument cannot be TRUE. Type 0 (no header row) or 1 (header row)."
    );
    expect(invalidArgument("zh-CN", "cluster", "TRUE")).toBe(
      "参数「集群」不能是 TRUE。请输入集群名称或编号；SD.CLUSTERS() 列出全部集群。"
    );
  });
});

describe("no match", () => {
  it("names what was looked for", () => {
    expect(noMatch("zh-CN", "clusters")).toBe("没有符合条件的集群。");
    expect(noMatch("zh-CN", "metrics")).toBe("没有符合条件的指标。");
    expect(noMatch("en", "metrics")).toBe("No figures match these conditions.");
  });
});

describe("query too long", () => {
  it("gives the limit and says to split the query", () => {
    expect(queryTooLong("en", 50)).toBe(
      "A query can hold at most 50 names or words. Split it over several cells."
    );
    expect(queryTooLong("zh-CN", 50)).toBe("一个查询最多 50 个名称或词语，请分到多个单元格。");
  });
});

describe("no cluster in a place", () => {
  const haiyang = { zh: "海阳市", en: "Haiyang" };
  const yantai = { zh: "烟台市", en: "Yantai" };
  it("names the place with its city, in full-width brackets in Chinese", () => {
    expect(noClusterInPlace("zh-CN", haiyang, yantai)).toBe(
      "海阳市（烟台市）尚无集群：所引来源未列出该地的集群。"
    );
    expect(noClusterInPlace("en", haiyang, yantai)).toBe(
      "No cluster in Haiyang (Yantai) yet: the sources name none there."
    );
  });
  it("names a city alone", () => {
    expect(noClusterInPlace("zh-CN", yantai, undefined)).toBe(
      "烟台市尚无集群：所引来源未列出该地的集群。"
    );
    expect(noClusterInPlace("en", yantai, undefined)).toBe(
      "No cluster in Yantai yet: the sources name none there."
    );
  });
});

describe("unexpected failure", () => {
  it("tells the user what they can still do", () => {
    expect(unexpected("en")).toBe(
      "Qilu Clusters could not compute this. Check the arguments, or report it with the formula."
    );
    expect(unexpected("zh-CN")).toBe("齐鲁集群无法计算此公式。请检查参数，或连同公式一起反馈。");
  });
});

describe("result too large", () => {
  const sheet = { rows: 1_048_576, columns: 16_384 };
  it("gives both sizes with thousands separators", () => {
    expect(resultTooLarge("en", 2_000_000, 20_000, sheet)).toBe(
      "The result would be 2,000,000 rows × 20,000 columns, more than a sheet holds (1,048,576 rows, 16,384 columns). Ask for fewer fields or a narrower query."
    );
    expect(resultTooLarge("zh-CN", 2_000_000, 20_000, sheet)).toBe(
      "结果将有 2,000,000 行 × 20,000 列，超出工作表的上限（1,048,576 行、16,384 列）。请减少字段或缩小查询范围。"
    );
  });
  it("says row and column in the singular for one", () => {
    expect(resultTooLarge("en", 1, 20_000, sheet)).toBe(
      "The result would be 1 row × 20,000 columns, more than a sheet holds (1,048,576 rows, 16,384 columns). Ask for fewer fields or a narrower query."
    );
    expect(resultTooLarge("en", 2_000_000, 1, sheet)).toBe(
      "The result would be 2,000,000 rows × 1 column, more than a sheet holds (1,048,576 rows, 16,384 columns). Ask for fewer fields or a narrower query."
    );
    expect(resultTooLarge("zh-CN", 1, 1, { rows: 0, columns: 0 })).toBe(
      "结果将有 1 行 × 1 列，超出工作表的上限（0 行、0 列）。请减少字段或缩小查询范围。"
    );
  });
});
