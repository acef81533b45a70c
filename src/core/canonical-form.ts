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

/**
 * Printable ASCII that canonical forms keep as it is: everything but upper-case letters and
 * what stripNoise drops (space, dashes, dots, quotes, brackets), as a character-class body.
 */
const KEPT_ASCII = Array.from({ length: 0x7f - 0x21 }, (_, i) => String.fromCharCode(0x21 + i))
  .filter((char) => char === char.toLowerCase() && stripNoise(char) === char)
  .map((char) => hex(char.charCodeAt(0)))
  .join("");

/** The unified ideograph blocks PLAIN lets through. */
const HAN_BLOCKS: readonly [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
];

/** A character-class body of the ideograph blocks without the given code points. */
function hanWithout(excluded: readonly number[]): string {
  const holes = [...excluded].sort((a, b) => a - b);
  let body = "";
  for (const [first, last] of HAN_BLOCKS) {
    let from = first;
    for (const hole of holes) {
      if (hole < first || hole > last) continue;
      if (hole > from) body += `${hex(from)}-${hex(hole - 1)}`;
      from = hole + 1;
    }
    if (from <= last) body += `${hex(from)}-${hex(last)}`;
  }
  return body;
}

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
  const already = new RegExp(`^[${KEPT_ASCII}${hanWithout(points)}]*$`);
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
