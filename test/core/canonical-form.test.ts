import fc from "fast-check";
import { canonicalForm } from "../../src/core/canonical-form";
import { canonical, nameIndex } from "../../src/core/names";
import { foldWidthCaseAccents, stripNoise } from "../../src/core/text";

const own = (table: Record<string, string>, key: string) =>
  Object.prototype.hasOwnProperty.call(table, key);

/** The canonical form spelled out step by step, without the shortcuts: the oracle. */
function reference(text: string): string {
  return [...stripNoise(foldWidthCaseAccents(text))]
    .map((char) => (own(nameIndex.traditional, char) ? nameIndex.traditional[char] : char))
    .join("");
}

const form = canonicalForm(new Map(Object.entries(nameIndex.traditional)));

/** Characters that exercise every branch: kept and dropped ASCII, width, accents, traditional, astral. */
const UNITS = [
  ..."aZz09!#+/\\^|~ -_.'\"`()[]{}<>\t\n",
  ..."烟台市海洋工程装备产业集群㐀䶵",
  ...Object.keys(nameIndex.traditional).slice(0, 20),
  ..."ＹＡ１　āǖ《》「」“”·•（）：，",
  "\u0301",
  "\u{20000}",
  "\uf900",
  "\u007f",
  "\u0080",
];
const text = fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 24 });

describe("canonical form", () => {
  it("gives the full computation's answer for any text", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(canonical(t)).toBe(reference(t));
        expect(form.of(t)).toBe(reference(t));
      })
    );
  });
  it("folds printable ASCII longer than one String.fromCharCode call takes", () => {
    // 308,000 units, 252,000 of them kept: more arguments than one call takes in V8 (about
    // 125,000), so 61 pieces of 4,096 and a shorter last one.
    const long = "Ns1-Jinan IT_Services ".repeat(14_000);
    expect(form.of(long).length).toBe(252_000);
    expect(form.of(long) === reference(long)).toBe(true);
    expect(form.of("Ns1-Jinan")).toBe("ns1jinan");
  });
  it("folds the units either side of ASCII's end as the full computation does", () => {
    for (const t of ["a\u007f", "a\u0080", "A\u0080b", "\u0080"])
      expect(form.of(t)).toBe(reference(t));
  });
  it("calls a text canonical only when it is its own canonical form", () => {
    fc.assert(
      fc.property(text, (t) => {
        if (form.isCanonical(t)) expect(reference(t)).toBe(t);
      })
    );
    expect(form.isCanonical("烟台市海洋工程装备产业集群")).toBe(true);
    expect(form.isCanonical("ns1jinanitservices")).toBe(true);
    expect(form.isCanonical("煙臺")).toBe(false);
    expect(form.isCanonical("Yantai")).toBe(false);
    expect(form.isCanonical("ns1-jinan")).toBe(false);
  });
});
