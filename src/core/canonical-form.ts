/**
 * How the canonical form of a name is computed, given a table of traditional characters.
 * Shared by the runtime (names.ts, over the generated table) and the build-time name-index
 * script, which computes the dataset's own keys with it so that start-up need not. Nothing here
 * reads the generated index, so the script can import it before that index exists.
 */
import { foldWidthCaseAccents, stripNoise } from "./text";

/** Printable ASCII and the CJK unified ideographs (with extension A), which NFKD and NFKC leave alone. */
const PLAIN = /^[ -~\u3400-\u4dbf\u4e00-\u9fff]*$/;

/** In ASCII_FOLD: a unit stripNoise drops (space, dashes, dots, quotes, brackets). */
const DROPPED = 0;
/** In ASCII_FOLD: a control unit, which only the full computation folds. */
const NOT_PRINTABLE = 0xff;

/** What each ASCII unit becomes in a canonical form: its lower case, DROPPED or NOT_PRINTABLE. */
const ASCII_FOLD = Uint8Array.from({ length: 0x80 }, (_, unit) => {
  const char = String.fromCharCode(unit);
  if (unit < 0x20 || unit === 0x7f) return NOT_PRINTABLE;
  return stripNoise(char) === "" ? DROPPED : char.toLowerCase().charCodeAt(0);
});

/** Units per String.fromCharCode call: far below any engine's limit on arguments. */
const CHUNK = 4096;

/**
 * The canonical form of printable ASCII, in one pass that builds one string, or undefined for
 * other text. English names and ids are a third of a 100k-record build's names, and lower-casing
 * then replacing made two strings of each (most of that build's folding).
 */
// A fast path: what it leaves undefined, the full computation folds to the same form. The
// mutants disabled below only leave more to it (or read past the end, which it refuses).
// Stryker disable next-line BlockStatement: an empty fast path leaves every text to the full computation
function foldAscii(text: string, units: number[]): string | undefined {
  units.length = 0;
  // Stryker disable next-line EqualityOperator,UpdateOperator: the unit past the end (or before the start) is refused
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // Stryker disable next-line ConditionalExpression: refusing every unit leaves the text to the full computation
    const folded = unit < 0x80 ? ASCII_FOLD[unit] : NOT_PRINTABLE;
    // Stryker disable next-line ConditionalExpression: refusing every unit leaves the text to the full computation
    if (folded === NOT_PRINTABLE) return undefined;
    if (folded !== DROPPED) units.push(folded);
  }
  // Stryker disable next-line EqualityOperator,ConditionalExpression: in pieces or in one call, the same string
  if (units.length <= CHUNK) return String.fromCharCode.apply(null, units);
  let out = "";
  // Stryker disable next-line EqualityOperator: a piece from the end is empty
  for (let at = 0; at < units.length; at += CHUNK)
    out += String.fromCharCode.apply(null, units.slice(at, at + CHUNK));
  return out;
}

/**
 * The UTF-16 units a canonical form keeps as they are, as a table indexed by unit: printable
 * ASCII but upper-case letters and what stripNoise drops (space, dashes, dots, quotes,
 * brackets), and the unified ideographs but the traditional ones. One lookup per unit is a few
 * times faster in V8 than a regular expression of the same classes, and the check runs on every
 * name. Surrogates are not kept, so text beyond the BMP is always folded.
 */
function keptUnits(traditionalPoints: readonly number[]): Uint8Array {
  const kept = new Uint8Array(0x10000);
  for (let point = 0x21; point < 0x7f; point++) {
    const char = String.fromCharCode(point);
    if (char === char.toLowerCase() && stripNoise(char) === char) kept[point] = 1;
  }
  kept.fill(1, 0x3400, 0x4dc0);
  kept.fill(1, 0x4e00, 0xa000);
  for (const point of traditionalPoints) if (point <= 0xffff) kept[point] = 0;
  return kept;
}

export interface CanonicalForm {
  /**
   * True when the text is its own canonical form, found in one pass without allocating:
   * nearly every Chinese name, and ids written in lower case without dashes.
   */
  isCanonical(text: string): boolean;
  /**
   * The canonical form: width, case and tone marks folded, traditional characters simplified,
   * noise dropped. Folds even a text that is already canonical: callers test isCanonical first.
   */
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
  const kept = keptUnits(points);
  // That no traditional character is ASCII (the table is of Chinese characters) is checked, not assumed.
  const asciiKept = points.every((point) => point >= 0x80);
  // Reused by every fold: nothing else runs between its fill and its read.
  const units: number[] = [];
  return {
    isCanonical(text) {
      // Stryker disable next-line EqualityOperator: the unit past the end reads as undefined, not 0
      for (let i = 0; i < text.length; i++) if (kept[text.charCodeAt(i)] === 0) return false;
      return true;
    },
    of(text) {
      // English names and ids: only case and noise to fold, with no normalisation and no
      // traditional character.
      const ascii = asciiKept ? foldAscii(text, units) : undefined;
      if (ascii !== undefined) return ascii;
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
