/**
 * Suggestions checked against a plain reference written here: the full-matrix optimal string
 * alignment distance over code points, then the tolerance applied and the nearest kept. The
 * banded distance, the length buckets and the character index must give exactly what it gives.
 */
import fc from "fast-check";
import { editDistance, suggest, Suggester, type Candidate } from "../../src/core/suggest";

/** Full-matrix optimal string alignment distance (an adjacent swap is one edit), by code point. */
function referenceDistance(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  const d: number[][] = [];
  for (let i = 0; i <= s.length; i++) {
    d.push([]);
    for (let j = 0; j <= t.length; j++) {
      if (i === 0 || j === 0) {
        d[i][j] = i + j;
        continue;
      }
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[s.length][t.length];
}

/** What a suggestion list should be: the distinct values of the nearest keys within tolerance. */
function referenceSuggest<T>(term: string, candidates: readonly Candidate<T>[], max = 3): T[] {
  const length = Array.from(term).length;
  // One edit for short terms, a third of the length for longer ones, never more than three.
  const limit = length < 6 ? 1 : length < 9 ? 2 : 3;
  const distances = candidates.map((c) => referenceDistance(term, c.key));
  const near = distances.filter((d) => d <= limit);
  if (near.length === 0) return [];
  const nearest = Math.min(...near);
  const values: T[] = [];
  candidates.forEach((c, i) => {
    if (distances[i] === nearest && !values.includes(c.value)) values.push(c.value);
  });
  return values.slice(0, max);
}

// Few letters, so swaps and shared characters are common; characters outside the BMP (a rare
// CHS character, an emoji, the first and last surrogate pairs) and BMP characters above the
// surrogates ("（", U+FFFF), so a code point is never mistaken for one UTF-16 unit or two.
const LETTERS = [
  "a",
  "b",
  "烟",
  "台",
  "𠀀",
  "😀",
  String.fromCodePoint(0x10000),
  String.fromCodePoint(0x10fc00),
  "（",
  "\uffff",
];
const letter = fc.constantFrom(...LETTERS);
const text = (maxLength: number) =>
  fc.array(letter, { maxLength }).map((letters) => letters.join(""));
/** A text and a near variant of it (a few letters changed, added, dropped or swapped). */
const nearPair = fc
  .tuple(
    fc.array(letter, { minLength: 0, maxLength: 12 }),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom("change", "add", "drop", "swap"), letter), {
      maxLength: 4,
    })
  )
  .map(([letters, edits]) => {
    const variant = [...letters];
    for (const [at, kind, with_] of edits) {
      const i = variant.length === 0 ? 0 : at % variant.length;
      if (kind === "change" && variant.length > 0) variant[i] = with_;
      else if (kind === "add") variant.splice(i, 0, with_);
      else if (kind === "drop") variant.splice(i, 1);
      else if (variant.length > 1) {
        const j = (i + 1) % variant.length;
        [variant[i], variant[j]] = [variant[j], variant[i]];
      }
    }
    return [letters.join(""), variant.join("")] as const;
  });

describe("editDistance within a limit", () => {
  it("is the full distance when within the limit, and one past the limit otherwise", () => {
    fc.assert(
      fc.property(
        fc.oneof(nearPair, fc.tuple(text(10), text(10))),
        fc.integer({ min: 0, max: 3 }),
        ([a, b], limit) => {
          expect(editDistance(a, b, limit)).toBe(Math.min(referenceDistance(a, b), limit + 1));
        }
      ),
      { numRuns: 400 }
    );
  });

  it("measures empty texts and texts of very different lengths", () => {
    fc.assert(
      fc.property(text(2), text(14), fc.integer({ min: 0, max: 3 }), (a, b, limit) => {
        const expected = Math.min(referenceDistance(a, b), limit + 1);
        expect(editDistance(a, b, limit)).toBe(expected);
        expect(editDistance(b, a, limit)).toBe(expected);
      }),
      { numRuns: 200 }
    );
  });

  it("is the full distance over a two-letter alphabet, where insertions and swaps compete", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("a", "b", "😀"), { maxLength: 7 }),
        fc.array(fc.constantFrom("a", "b", "😀"), { maxLength: 7 }),
        fc.integer({ min: 0, max: 3 }),
        (a, b, limit) => {
          const expected = Math.min(referenceDistance(a.join(""), b.join("")), limit + 1);
          expect(editDistance(a.join(""), b.join(""), limit)).toBe(expected);
        }
      ),
      { numRuns: 300 }
    );
  });

  it("counts a lone surrogate (half of a cut emoji) as one character", () => {
    // A text cut inside a surrogate pair (=LEFT("😀", 1)) holds half of it: one unit, one edit.
    const halves = fc.constantFrom("\ud800", "\udbff", "\udc00", "a", "😀");
    fc.assert(
      fc.property(
        fc.array(halves, { maxLength: 6 }),
        fc.array(halves, { maxLength: 6 }),
        fc.integer({ min: 0, max: 3 }),
        (a, b, limit) => {
          const [s, t] = [a.join(""), b.join("")];
          expect(editDistance(s, t, limit)).toBe(Math.min(referenceDistance(s, t), limit + 1));
        }
      ),
      { numRuns: 300 }
    );
    // Three halves are three characters, whatever texts were measured before.
    for (let length = 1; length <= 8; length++) {
      expect(editDistance("a".repeat(length), "a".repeat(length), 0)).toBe(0);
      expect(editDistance("a", "a\ud800\ud800\ud800", 1)).toBe(2);
      expect(editDistance("a\ud800\ud800\ud800", "a", 1)).toBe(2);
    }
  });

  it.each([
    ["", "", 0, 0],
    ["", "a", 1, 1],
    ["a", "", 1, 1],
    ["ab", "abc", 1, 1],
    ["abc", "ab", 1, 1],
    ["ab", "ba", 1, 1],
    ["aa", "aa", 1, 0],
    ["烟台", "台烟", 0, 1],
    ["😀a", "a😀", 1, 1],
    ["𠀀𠀀", "𠀀", 1, 1],
    ["\uffffa", "a", 1, 1],
    ["abcd", "badc", 3, 2],
    ["ca", "abc", 3, 3],
    // An insertion after a substitution: the cell to the left is one more than the one above.
    ["abc", "ccab", 3, 3],
    ["cba", "aacb", 3, 3],
  ])("%j → %j within %i is %i", (a, b, limit, expected) => {
    expect(editDistance(a, b, limit)).toBe(expected);
  });

  it("measures keys longer than any measured before, one length after another", () => {
    // Each length once, in increasing order: a key one code point longer than the longest so far
    // must be measured as exactly as a short one.
    for (let length = 1; length <= 200; length++) {
      const key = Array.from({ length }, (_, i) => LETTERS[(i * 7) % LETTERS.length]).join("");
      const points = Array.from(key);
      const changed = [...points.slice(0, -1), "z"].join("");
      const swapped =
        length > 1
          ? [...points.slice(0, -2), points[length - 1], points[length - 2]].join("")
          : key;
      expect(editDistance(key, changed, 1)).toBe(1);
      expect(editDistance(changed, key, 2)).toBe(1);
      expect(editDistance(key, swapped, 1)).toBe(length > 1 ? 1 : 0);
      expect(editDistance(key + "z", key, 1)).toBe(1);
    }
  });
});

/** A small candidate list whose values repeat, as one place is reached by several spellings. */
const candidateList = fc
  .array(fc.tuple(text(8), fc.constantFrom("烟台", "Yantai", "济南", "Jinan")), { maxLength: 8 })
  .map((pairs) => pairs.map(([key, value]) => ({ key, value })));

describe("suggest and Suggester", () => {
  it("suggest gives the distinct values of the nearest keys, in candidate order, at most max", () => {
    fc.assert(
      fc.property(
        text(10),
        candidateList,
        fc.integer({ min: 1, max: 4 }),
        (term, candidates, max) => {
          expect(suggest(term, candidates, max)).toStrictEqual(
            referenceSuggest(term, candidates, max)
          );
        }
      ),
      { numRuns: 300 }
    );
  });

  it("agree on texts holding lone surrogates (half of a cut emoji), each one character", () => {
    const halves = fc.constantFrom("\ud800", "\udbff", "\udc00", "\udfff", "a", "b", "😀");
    const halfText = fc.array(halves, { maxLength: 6 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(
        halfText,
        fc.array(fc.tuple(halfText, fc.constantFrom("x", "y")), { maxLength: 6 }),
        (term, pairs) => {
          const candidates = pairs.map(([key, value]) => ({ key, value }));
          const expected = referenceSuggest(term, candidates, 3);
          expect(suggest(term, candidates)).toStrictEqual(expected);
          expect(new Suggester(candidates).suggest(term)).toStrictEqual(expected);
        }
      ),
      { numRuns: 300 }
    );
    const candidates = [{ key: "\ud800\ud800\ud800ab", value: "x" }];
    expect(new Suggester(candidates).suggest("\ud800\ud800\ud800ab")).toStrictEqual(["x"]);
  });

  it("remembers each maximum apart, even for a term that spells another maximum's key", () => {
    const suggester = new Suggester([
      { key: "abcd", value: "one" },
      { key: "abce", value: "two" },
    ]);
    expect(suggester.suggest("abcf", 1)).toStrictEqual(["one"]);
    expect(suggester.suggest("1\u0000abcf")).toStrictEqual([]);
    expect(suggester.suggest("abcf")).toStrictEqual(["one", "two"]);
  });

  it("a Suggester gives the same for a series of terms and maxima asked of one instance", () => {
    fc.assert(
      fc.property(
        candidateList,
        fc.array(
          fc.tuple(
            fc.oneof(
              text(10),
              nearPair.map(([a]) => a)
            ),
            fc.integer({ min: 1, max: 4 })
          ),
          {
            minLength: 1,
            maxLength: 6,
          }
        ),
        (candidates, asks) => {
          const suggester = new Suggester(candidates);
          // Every term twice: once searched, once remembered.
          for (const [term, max] of [...asks, ...asks])
            expect(suggester.suggest(term, max)).toStrictEqual(
              referenceSuggest(term, candidates, max)
            );
          for (const [term] of asks)
            expect(suggester.suggest(term)).toStrictEqual(referenceSuggest(term, candidates));
        }
      ),
      { numRuns: 200 }
    );
  });

  it("a Suggester finds near keys among keys of a variant of the term", () => {
    fc.assert(
      fc.property(nearPair, candidateList, ([term, variant], others) => {
        const candidates = [...others, { key: variant, value: "variant" }];
        expect(new Suggester(candidates).suggest(term)).toStrictEqual(
          referenceSuggest(term, candidates)
        );
      }),
      { numRuns: 300 }
    );
  });

  it("suggests a short key that shares no character with a short term", () => {
    const candidates = [
      { key: "", value: "empty" },
      { key: "b", value: "b" },
      { key: "bc", value: "bc" },
    ];
    expect(new Suggester(candidates).suggest("a")).toStrictEqual(["empty", "b"]);
    expect(new Suggester(candidates).suggest("")).toStrictEqual(["empty"]);
    expect(new Suggester(candidates.slice(1)).suggest("")).toStrictEqual(["b"]);
  });

  it("suggests nothing for a term far longer than every key", () => {
    const candidates = [{ key: "烟台", value: "烟台" }];
    expect(new Suggester(candidates).suggest("烟台".repeat(10))).toStrictEqual([]);
    expect(suggest("烟台".repeat(10), candidates)).toStrictEqual([]);
  });

  it("answers with a list of its own, so changing one answer leaves the next unchanged", () => {
    const suggester = new Suggester([{ key: "yantai", value: "Yantai" }]);
    const first = suggester.suggest("yantia");
    first.push("changed");
    expect(suggester.suggest("yantia")).toStrictEqual(["Yantai"]);
    suggester.suggest("yantia").pop();
    expect(suggester.suggest("yantia")).toStrictEqual(["Yantai"]);
  });

  it("answers each max on its own, whatever was asked before", () => {
    const suggester = new Suggester([
      { key: "济南", value: "济南" },
      { key: "济宁", value: "济宁" },
      { key: "淄博", value: "淄博" },
    ]);
    expect(suggester.suggest("济男")).toStrictEqual(["济南", "济宁"]);
    expect(suggester.suggest("济男", 1)).toStrictEqual(["济南"]);
    expect(suggester.suggest("淄搏", 1)).toStrictEqual(["淄博"]);
    expect(suggester.suggest("济男", 2)).toStrictEqual(["济南", "济宁"]);
    expect(suggester.suggest("济男")).toStrictEqual(["济南", "济宁"]);
  });
});
