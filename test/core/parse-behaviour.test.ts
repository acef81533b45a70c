/**
 * How the parser reads what analysts type, term by term: batch and year words, the dimension a
 * name narrows, Latin words kept whole, list separators in their Unicode forms, where an unknown
 * word is said to stand, and the limits on one text. Expected values are literal or taken from
 * the dataset, not from the parser.
 */
import fc from "fast-check";
import { getCatalog } from "../../src/core/dataset";
import { QueryTooLongError, UnknownNameError } from "../../src/core/errors";
import { canonical } from "../../src/core/names";
import { MAX_QUERY_CHARS, MAX_TERMS, parseQuery, replaceSpan } from "../../src/core/parse";
import { queryTerms } from "../../src/core/resolve";

const catalog = getCatalog();
const data = catalog.dataset;

/** Each term as typed, with what it narrows and where it stands. */
function read(...texts: string[]) {
  return queryTerms(catalog, texts).map((t) => ({
    typed: t.typed,
    dimension: t.match.dimension,
    at: t.at,
  }));
}

function unknown(text: string) {
  try {
    queryTerms(catalog, [text]);
  } catch (error) {
    if (error instanceof UnknownNameError) return { term: error.term, at: error.at };
    throw error;
  }
  throw new Error(`${text} was read`);
}

describe("batch words", () => {
  test.each([
    ["第12批", 12],
    ["第十一批", 11],
    ["第十批", 10],
    ["batch12", 12],
    ["12thbatch", 12],
    ["第𝟐批", 2], // a mathematical bold digit (outside the BMP) folds to 2
  ])("%s is batch %d", (text, batch) => {
    const terms = queryTerms(catalog, [text]);
    expect(terms.map((t) => t.match)).toStrictEqual([{ dimension: "batch", batch }]);
    expect(terms[0].at).toStrictEqual({ text: 0, start: 0, end: text.length });
  });

  test.each(["batch123", "2ndbatchx"])("%s is no batch: the whole word is unknown", (text) => {
    expect(unknown(text)).toStrictEqual({
      term: text,
      at: { text: 0, start: 0, end: text.length },
    });
  });
});

describe("what a name narrows", () => {
  test("an industry name narrows the industry, a cluster's own name the cluster", () => {
    const industryName = data.clusters[0].industry.zh;
    const clusterName = data.clusters.find(
      (c) => !data.clusters.some((o) => o.industry.zh === c.name.zh) && !/[、,，]/.test(c.name.zh)
    )!.name.zh;
    expect(read(industryName).map((t) => t.dimension)).toStrictEqual(["industry"]);
    expect(read(clusterName).map((t) => t.dimension)).toStrictEqual(["cluster"]);
  });

  test("part of a name is read: two Chinese characters, or three Latin letters", () => {
    expect(read("海洋工")).toStrictEqual([
      { typed: "海洋工", dimension: "industry", at: { text: 0, start: 0, end: 3 } },
    ]);
    expect(read("bio").map((t) => t.dimension)).toStrictEqual(["industry"]);
    expect(unknown("bi").term).toBe("bi");
  });

  test("one Chinese character is a search only as a word of its own", () => {
    expect(read("烟台 烟")).toStrictEqual([
      { typed: "烟台", dimension: "place", at: { text: 0, start: 0, end: 2 } },
      { typed: "烟", dimension: "cluster", at: { text: 0, start: 3, end: 4 } },
    ]);
    expect(read("烟").map((t) => t.typed)).toStrictEqual(["烟"]);
    expect(unknown("烟台烟").term).toBe("烟台烟");
    // A character that folds to nothing ends a word as a space does.
    expect(read("烟台-烟").map((t) => t.typed)).toStrictEqual(["烟台", "烟"]);
  });

  test("a one-character filter word is read as a word of its own, or as the whole text", () => {
    expect(read("烟台 省")).toStrictEqual([
      { typed: "烟台", dimension: "place", at: { text: 0, start: 0, end: 2 } },
      { typed: "省", dimension: "level", at: { text: 0, start: 3, end: 4 } },
    ]);
    expect(read("拟").map((t) => t.dimension)).toStrictEqual(["status"]);
  });

  test("a longer part of a name wins over a shorter whole name it starts with", () => {
    // 生物医药 is an industry; 生物医药产 is part of cluster names (…生物医药产业集群).
    expect(data.clusters.some((c) => c.name.zh.includes("生物医药产"))).toBe(true);
    expect(read("生物医药产")).toStrictEqual([
      { typed: "生物医药产", dimension: "cluster", at: { text: 0, start: 0, end: 5 } },
    ]);
  });
});

describe("splitting text written without spaces", () => {
  test("Chinese is split by longest match, with each term's typed text and offsets", () => {
    expect(read("烟台生物医药")).toStrictEqual([
      { typed: "烟台", dimension: "place", at: { text: 0, start: 0, end: 2 } },
      { typed: "生物医药", dimension: "industry", at: { text: 0, start: 2, end: 6 } },
    ]);
  });

  test("letters and digits are separate words, letters within a word are not split", () => {
    expect(read("national2022")).toStrictEqual([
      { typed: "national", dimension: "level", at: { text: 0, start: 0, end: 8 } },
      { typed: "2022", dimension: "year", at: { text: 0, start: 8, end: 12 } },
    ]);
    expect(read("2022national").map((t) => t.dimension)).toStrictEqual(["year", "level"]);
    // "yantai" is a place and "2022" a year, but not inside the words below.
    for (const word of ["xyzyantai", "xayantai", "20220", "20199"])
      expect(unknown(word)).toStrictEqual({
        term: word,
        at: { text: 0, start: 0, end: word.length },
      });
    expect(unknown("xyz yantai")).toStrictEqual({ term: "xyz", at: { text: 0, start: 0, end: 3 } });
  });

  test("a noncharacter is unknown on its own, without the character after it", () => {
    expect(unknown("烟台\uffff生物医药")).toStrictEqual({
      term: "\uffff",
      at: { text: 0, start: 2, end: 3 },
    });
  });

  test("offsets count UTF-16 units after a character outside the BMP", () => {
    expect(read("第𝟐批 烟台")[1]).toStrictEqual({
      typed: "烟台",
      dimension: "place",
      at: { text: 0, start: 5, end: 7 },
    });
  });

  test("a small or full-width comma separates as a comma does, and so does / inside ℀ (a/c)", () => {
    const comma = read("烟台,市");
    for (const form of ["烟台﹐市", "烟台，市", "烟台℀市"])
      expect(read(form).map((t) => [t.typed, t.dimension])).toStrictEqual(
        comma.map((t) => [t.typed, t.dimension])
      );
    expect(comma.map((t) => t.typed)).toStrictEqual(["烟台", "市"]);
  });

  test("a name longer than twelve characters is read whole", () => {
    const long = data.clusters
      .map((c) => c.name.zh)
      .find((n) => canonical(n).length > 12 && !/[、,，]/.test(n))!;
    expect(read(long)).toStrictEqual([
      { typed: long, dimension: "cluster", at: { text: 0, start: 0, end: long.length } },
    ]);
  });

  test("a long name broken by a space among other terms is read as its parts", () => {
    // Spans tried when splitting stop at twelve Chinese characters: longer names are typed whole.
    const name = "济南市信息技术服务产业集群";
    expect(data.clusters.some((c) => c.name.zh === name)).toBe(true);
    expect(read(`烟台 济南市信息技术 服务产业集群`).map((t) => t.typed)).toStrictEqual([
      "烟台",
      "济南市信息技术",
      "服务产业集群",
    ]);
    expect(read(`济南市信息技术 服务产业集群`).map((t) => t.typed)).toStrictEqual([
      "济南市信息技术 服务产业集群",
    ]);
  });

  test("the longest name is read whole", () => {
    const longest = data.clusters
      .flatMap((c) => [c.name.zh, c.name.en])
      .find((n) => canonical(n).length === catalog.names.longest)!;
    expect(read(longest)).toStrictEqual([
      { typed: longest, dimension: "cluster", at: { text: 0, start: 0, end: longest.length } },
    ]);
  });
});

test("terms between any list separators are read one by one, with their offsets", () => {
  const places = data.cities.map((c) => c.short);
  // Industry names of Chinese characters only (some carry a note in brackets).
  const industries = [...new Set(data.clusters.map((c) => c.industry.zh))].filter((n) =>
    /^[\u4e00-\u9fff]+$/.test(n)
  );
  const separators = ["、", ",", "，", ";", "；", "|", "｜", "/", "／", "\n", "﹐", " , "];
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...places, ...industries), { minLength: 1, maxLength: 8 }),
      fc.array(fc.constantFrom(...separators), { minLength: 8, maxLength: 8 }),
      (terms, seps) => {
        let text = "";
        const spans = terms.map((term, k) => {
          if (k > 0) text += seps[k];
          const start = text.length;
          text += term;
          return { typed: term, at: { text: 0, start, end: text.length } };
        });
        expect(read(text).map(({ typed, at }) => ({ typed, at }))).toStrictEqual(spans);
      }
    ),
    { numRuns: 200 }
  );
});

describe("where an unknown word stands", () => {
  test("an unknown character between known terms is that character alone", () => {
    expect(unknown("烟台某生物医药")).toStrictEqual({
      term: "某",
      at: { text: 0, start: 2, end: 3 },
    });
  });

  test("an unknown run is reported up to twelve characters from where it starts", () => {
    const run = "某".repeat(20);
    expect(unknown(run).term).toBe("某".repeat(12));
    expect(unknown(`烟台${run}`)).toStrictEqual({
      term: "某".repeat(12),
      at: { text: 0, start: 2, end: 14 },
    });
  });

  test("the span names the text (cell) it is in", () => {
    expect(() => queryTerms(catalog, ["烟台", "某"])).toThrow(UnknownNameError);
    try {
      queryTerms(catalog, ["烟台", "某"]);
    } catch (error) {
      expect((error as UnknownNameError).at).toStrictEqual({ text: 1, start: 0, end: 1 });
    }
  });
});

describe("limits on one text", () => {
  const noSuggestions = () => ({ category: "name" as const, suggestions: [] });
  const parse = (texts: string[]) => parseQuery(catalog, texts, noSuggestions);
  const terms = (n: number) => Array.from({ length: n }, () => "烟台").join(" ");

  test(`${MAX_TERMS} terms in one text are read, one more is refused`, () => {
    expect(parse([terms(MAX_TERMS)])).toHaveLength(MAX_TERMS);
    expect(() => parse([terms(MAX_TERMS + 1)])).toThrow(QueryTooLongError);
  });

  test("the limit is per text: two full texts are read", () => {
    expect(parse([terms(MAX_TERMS), terms(MAX_TERMS)])).toHaveLength(2 * MAX_TERMS);
  });

  test(`${MAX_QUERY_CHARS} characters are read, one more is refused unread`, () => {
    const padded = "烟台".padEnd(MAX_QUERY_CHARS, " ");
    expect(parse([padded]).map((t) => t.typed)).toStrictEqual(["烟台"]);
    expect(() => parse([`${padded} `])).toThrow(QueryTooLongError);
  });
});

test("replaceSpan puts the picked suggestion where the term stood", () => {
  expect(replaceSpan("烟太 生物医药", { text: 0, start: 0, end: 2 }, "烟台")).toBe("烟台 生物医药");
  expect(replaceSpan("国家级 烟太", { text: 0, start: 4, end: 6 }, "烟台")).toBe("国家级 烟台");
});
