/**
 * The one canonical form every name is compared in. Lookups key their Maps by it, so
 * 烟台 / 煙臺 / ＹＡＮＴＡＩ / "yan tai" meet at one key. The traditional → simplified table
 * and the pinyin forms come from the generated index (scripts/build-name-index.ts), which
 * covers only the dataset's vocabulary.
 */
import generated from "./generated/name-index.json";
import { foldWidthCaseAccents, stripNoise } from "./text";

export interface PinyinForms {
  full: string[];
  initials: string;
}

export interface NameIndex {
  /** Version of the dataset the index was built from. */
  datasetVersion: string;
  /** Traditional (and variant) characters occurring in the dataset's names → simplified. */
  traditional: Record<string, string>;
  /** Simplified place name → full pinyin without tones (one or two spellings of ü) and initials. */
  pinyin: Record<string, PinyinForms>;
}

export const nameIndex = generated as unknown as NameIndex;

const TRADITIONAL: ReadonlyMap<string, string> = new Map(Object.entries(nameIndex.traditional));

/**
 * The canonical form of a name: width, case and tone marks folded, traditional characters
 * simplified, spaces and punctuation dropped.
 *
 * @example
 * canonical("煙臺")        //=> "烟台"
 * canonical("ＹＡＮ ＴＡＩ") //=> "yantai"
 * canonical("Strategic-Emerging") //=> "strategicemerging"
 */
export function canonical(text: string): string {
  // Text of ASCII and unified ideographs only (nearly every name) is its own NFKC form: it
  // skips the normalisations, which are most of the cost of building the catalog.
  const folded = stripNoise(PLAIN.test(text) ? text.toLowerCase() : foldWidthCaseAccents(text));
  // Most names hold no traditional character: one test instead of a lookup per character.
  return HAS_TRADITIONAL.test(folded)
    ? folded.replace(TRADITIONAL_CHARS, (char) => TRADITIONAL.get(char)!)
    : folded;
}

/** Any of the traditional characters the index knows (each one code point, mapped once). */
const TRADITIONAL_CLASS = `[${[...TRADITIONAL.keys()]
  .map((char) => `\\u{${char.codePointAt(0)!.toString(16)}}`)
  .join("")}]`;
const HAS_TRADITIONAL = new RegExp(TRADITIONAL_CLASS, "u");
const TRADITIONAL_CHARS = new RegExp(TRADITIONAL_CLASS, "gu");

/** Printable ASCII and the CJK unified ideographs (with extension A), which NFKD and NFKC leave alone. */
const PLAIN = /^[ -~\u3400-\u4dbf\u4e00-\u9fff]*$/;

/**
 * The pinyin forms the index holds for a simplified place name.
 *
 * @example
 * pinyinOf("烟台") //=> { full: ["yantai"], initials: "yt" }
 */
export function pinyinOf(name: string): PinyinForms {
  return Object.prototype.hasOwnProperty.call(nameIndex.pinyin, name)
    ? nameIndex.pinyin[name]
    : { full: [], initials: "" };
}
