import {
  AmbiguousClusterError,
  ClusterNotFoundError,
  InvalidArgumentError,
  NoClusterInPlaceError,
  NoMatchError,
  QueryTooLongError,
  ResultTooLargeError,
  UnknownNameError,
} from "../../src/core/errors";

describe("query errors", () => {
  it("are made without a stack trace, and leave other errors' stack traces as they were", () => {
    const before = Error.stackTraceLimit;
    const errors = [
      new UnknownNameError("烟太", "city", [], "query"),
      new InvalidArgumentError("headers", "7"),
      new NoMatchError("clusters"),
    ];
    expect(Error.stackTraceLimit).toBe(before);
    for (const error of errors)
      expect(error.stack?.split("\n").filter((l) => /^\s+at /.test(l))).toEqual([]);
    expect(new Error("a fault").stack).toMatch(/\n\s+at /);
  });
  it("keep their English message and name", () => {
    const error = new UnknownNameError("烟太", "city", [{ zh: "烟台", en: "Yantai" }], "query");
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("UnknownNameError");
    expect(error.message).toBe(error.describe("en"));
  });
});

describe("query errors in the user's language", () => {
  const yantai = { zh: "烟台", en: "Yantai" };
  const ships = { zh: "烟台—威海船舶产业集群", en: "Yantai-Weihai shipbuilding cluster" };
  const offshore = {
    zh: "烟台市海洋工程装备产业集群",
    en: "Yantai offshore engineering equipment cluster",
  };

  it("suggest in English to an English reader, whatever script the name was typed in", () => {
    const error = new UnknownNameError("烟太", "city", [yantai], "query");
    expect(error.describe("en")).toBe('Unknown city "烟太" — did you mean "Yantai"?');
    expect(error.describe("zh-CN")).toBe("未知城市「烟太」— 是否指「烟台」？");
    expect(error.choices("en")).toStrictEqual(["Yantai"]);
    expect(error.choices("zh-CN")).toStrictEqual(["烟台"]);
  });

  it("suggest in Latin letters to someone who typed Latin letters", () => {
    const error = new UnknownNameError("yantia", "city", [yantai], "query");
    expect(error.describe("zh-CN")).toBe("未知城市「yantia」— 是否指「Yantai」？");
    expect(error.choices("zh-CN")).toStrictEqual(["Yantai"]);
  });

  it("name a missing cluster's look-alikes in the reader's language (#N/A)", () => {
    const error = new ClusterNotFoundError("船舶集群", [ships]);
    expect(error.code).toBe("#N/A");
    expect(error.describe("en")).toBe(
      'No cluster "船舶集群" — did you mean "Yantai-Weihai shipbuilding cluster"?'
    );
    expect(error.describe("zh-CN")).toBe(
      "未找到集群「船舶集群」— 是否指「烟台—威海船舶产业集群」？"
    );
  });

  it("list an ambiguous name's clusters by name and id in the reader's language (#VALUE!)", () => {
    const error = new AmbiguousClusterError("烟台", [
      { id: "pa1-yantai-weihai-ships", name: ships },
      { id: "ns1-yantai-offshore", name: offshore },
    ]);
    expect(error.code).toBe("#VALUE!");
    expect(error.describe("en")).toBe(
      '"烟台" fits 2 clusters: Yantai-Weihai shipbuilding cluster (pa1-yantai-weihai-ships), Yantai offshore engineering equipment cluster (ns1-yantai-offshore). Type the cluster\'s id instead.'
    );
    expect(error.describe("zh-CN")).toBe(
      "「烟台」对应 2 个集群：烟台—威海船舶产业集群（pa1-yantai-weihai-ships）、烟台市海洋工程装备产业集群（ns1-yantai-offshore）。请改为输入集群编号。"
    );
  });

  it("refuse an over-long query with its limit (#VALUE!)", () => {
    const error = new QueryTooLongError(200);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe(
      "A query can hold at most 200 names or words. Split it over several cells."
    );
    expect(error.describe("zh-CN")).toBe("一个查询最多 200 个名称或词语，请分到多个单元格。");
  });

  it("refuse an argument of the wrong type (#VALUE!)", () => {
    const error = new InvalidArgumentError("headers", "TRUE");
    expect(error.code).toBe("#VALUE!");
    expect(error.describe("en")).toBe(
      "The headers argument cannot be TRUE. Type 0 (no header row) or 1 (header row)."
    );
  });

  it("refuse a result larger than a sheet, with both sizes (#VALUE!)", () => {
    const error = new ResultTooLargeError(2_000_000, 3, { rows: 1_048_576, columns: 16_384 });
    expect(error.code).toBe("#VALUE!");
    expect(error.describe("en")).toBe(
      "The result would be 2,000,000 rows × 3 columns, more than a sheet holds (1,048,576 rows, 16,384 columns). Ask for fewer fields or a narrower query."
    );
    expect(error.describe("zh-CN")).toBe(
      "结果将有 2,000,000 行 × 3 列，超出工作表的上限（1,048,576 行、16,384 列）。请减少字段或缩小查询范围。"
    );
  });

  it("say a known place has no cluster yet (#N/A)", () => {
    const error = new NoClusterInPlaceError(
      { zh: "海阳市", en: "Haiyang" },
      { zh: "烟台市", en: "Yantai" }
    );
    expect(error.code).toBe("#N/A");
    expect(error.describe("zh-CN")).toBe("海阳市（烟台市）尚无集群：所引来源未列出该地的集群。");
  });
});
