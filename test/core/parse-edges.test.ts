/**
 * Where the query parser draws the lines between terms: punctuation next to digits, a long
 * English filter word, a lone character typed last. Checked against literal spans and plain
 * filters over the dataset.
 */
import { getCatalog } from "../../src/core/dataset";
import { UnknownNameError } from "../../src/core/errors";
import { canonical } from "../../src/core/names";
import { parseQuery, type Suggest } from "../../src/core/parse";

const catalog = getCatalog();
const clusters = catalog.dataset.clusters;
const none: Suggest = () => ({ category: "name", suggestions: [] });

function unknown(text: string): UnknownNameError {
  try {
    parseQuery(catalog, [text], none);
  } catch (error) {
    expect(error).toBeInstanceOf(UnknownNameError);
    return error as UnknownNameError;
  }
  throw new Error(`expected ${text} to be unknown`);
}

const typed = (text: string) =>
  parseQuery(catalog, [text], none).map((t) => [t.typed, t.match.dimension]);

describe("punctuation the canonical form keeps", () => {
  it("is a word of its own, not part of the digits or letters it touches", () => {
    for (const [text, term, start] of [
      ["2022&烟台", "&", 4],
      ["烟台 2022#", "#", 7],
      ["2022+2023", "+", 4],
      ["yantai@", "@", 6],
      ["yantai^烟台", "^", 6],
    ] as const) {
      const error = unknown(text);
      expect(error.term).toBe(term);
      expect(error.at).toStrictEqual({ text: 0, start, end: start + 1 });
    }
  });
});

describe("a long English filter word after a name", () => {
  it("is read whole, past the length at which a span of several words is given up", () => {
    const word = "shandongprovincialstrategicemergingindustryclusters";
    expect(word.length).toBeGreaterThan(48);
    const program = catalog.dataset.programs.find((p) => p.id === "provincial-strategic-emerging");
    // Glued to the name or apart: the word is the programme either way.
    for (const text of [`烟台 ${word}`, `烟台${word}`]) {
      const terms = parseQuery(catalog, [text], none);
      expect(terms.map((t) => t.typed)).toStrictEqual(["烟台", word]);
      const kind = terms[1].match;
      expect(kind.dimension).toBe("kind");
      if (kind.dimension !== "kind") return;
      expect(kind.kinds).toStrictEqual([{ type: "program", program }]);
    }
  });
});

describe("one Chinese character typed as the last word", () => {
  it("searches the names containing it", () => {
    for (const text of ["生物医药 烟", "烟台 生物医药 烟"]) {
      const terms = parseQuery(catalog, [text], none);
      expect(terms.map((t) => t.typed).slice(-2)).toStrictEqual(["生物医药", "烟"]);
      const last = terms[terms.length - 1].match;
      expect(last.dimension).toBe("cluster");
      if (last.dimension !== "cluster") return;
      const expected = new Set(
        clusters
          .filter((c) =>
            [c.name.zh, c.name.en, ...c.nameForms.map((f) => f.zh)].some((n) =>
              canonical(n).includes("烟")
            )
          )
          .map((c) => c.key)
      );
      expect(new Set(last.entries.map((e) => e.id))).toStrictEqual(expected);
    }
  });

  it("is read the same whatever the spacing around the words", () => {
    expect(typed("生物医药　烟 ")).toStrictEqual([
      ["生物医药", "industry"],
      ["烟", "cluster"],
    ]);
  });
});
