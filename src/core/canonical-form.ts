/**
 * How the canonical form of a name is computed, given a table of traditional characters.
 * Shared by the runtime (names.ts, over the generated table) and the build-time name-index
 * script, which computes the dataset's own keys with it so that start-up need not. Nothing here
 * reads the generated index, so the script can import it before that index exists.
 */
import { foldWidthCaseAccents, stripNoise } from "./text";

/** Printable ASCII and the CJK unified ideographs (with extension A), which NFKD and NFKC leave alone. */
const PLAIN = /^[ -~\u3400-\u4dbf\u4e00-\u9fff]*$/;

const hex = (point: number) => `\\u${point.toString(16).padStart(4, "0")}`;

/** A character-class body of code points, runs of consecutive ones written as ranges. */
function classOf(points: readonly number[]): string {
  const sorted = [...points].sort((a, b) => a - b);
  let body = "";
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    body += j > i ? `${hex(sorted[i])}-${hex(sorted[j])}` : hex(sorted[i]);
    i = j + 1;
  }
  return body;
}

/**
 * Printable ASCII that canonical forms keep as it is: everything but upper-case letters and
 * what stripNoise drops (space, dashes, dots, quotes, brackets), as a few ranges: the check
 * runs on every name, and a short class keeps it cheap.
 */
const KEPT_ASCII = classOf(
  Array.from({ length: 0x7f - 0x21 }, (_, i) => 0x21 + i).filter((point) => {
    const char = String.fromCharCode(point);
    return char === char.toLowerCase() && stripNoise(char) === char;
  })
);

/** The unified ideograph blocks PLAIN lets through, as a character-class body. */
const HAN = "\\u3400-\\u4dbf\\u4e00-\\u9fff";

export interface CanonicalForm {
  /**
   * True when the text is its own canonical form, found in one pass without allocating:
   * nearly every Chinese name, and ids written in lower case without dashes.
   */
  isCanonical(text: string): boolean;
  /** The canonical form: width, case and tone marks folded, traditional characters simplified, noise dropped. */
  of(text: string): string;
}

/**
 * The canonical form over a traditional → simplified table (one code point to one).
 *
 * @example
 * const form = canonicalForm(new Map([["臺", "台"]]));
 * form.of("煙臺 ") //=> "煙台" (煙 is not in this table)
 * form.isCanonical("烟台") //=> true
 */
export function canonicalForm(traditional: ReadonlyMap<string, string>): CanonicalForm {
  const points = [...traditional.keys()].map((char) => char.codePointAt(0)!);
  const traditionalClass = `[${points.map((p) => `\\u{${p.toString(16)}}`).join("")}]`;
  const hasTraditional = new RegExp(traditionalClass, "u");
  const traditionalChars = new RegExp(traditionalClass, "gu");
  // Kept ASCII and ideographs, none of them traditional. A lookahead for the traditional
  // characters is several times faster in V8 than one class of the ideographs with them cut out.
  const bmp = classOf(points.filter((p) => p <= 0xffff));
  const already = new RegExp(`^(?![^]*[${bmp}])[${KEPT_ASCII}${HAN}]*$`);
  return {
    isCanonical: (text) => already.test(text),
    of(text) {
      if (already.test(text)) return text;
      // Text of ASCII and unified ideographs only (nearly every name) is its own NFKC form: it
      // skips the normalisations, which are most of the cost.
      const folded = stripNoise(PLAIN.test(text) ? text.toLowerCase() : foldWidthCaseAccents(text));
      // Most names hold no traditional character: one test instead of a lookup per character.
      return hasTraditional.test(folded)
        ? folded.replace(traditionalChars, (char) => traditional.get(char)!)
        : folded;
    },
  };
}
