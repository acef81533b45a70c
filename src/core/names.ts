/**
 * The one canonical form every name is compared in. Lookups key their Maps by it, so
 * 烟台 / 煙臺 / ＹＡＮＴＡＩ / "yan tai" meet at one key. The traditional → simplified table
 * and the pinyin forms come from the generated index (scripts/build-name-index.ts), which
 * covers only the dataset's vocabulary.
 */
import generated from "./generated/name-index.json";
import { canonicalForm } from "./canonical-form";

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
  /**
   * The dataset's names (and the labels' spellings) that canonicalForm's one-pass check does
   * not pass → their canonical form, as canonicalForm gives it over `traditional`.
   */
  keys: Record<string, string>;
}

export const nameIndex = generated as unknown as NameIndex;

const TRADITIONAL: ReadonlyMap<string, string> = new Map(Object.entries(nameIndex.traditional));
const FORM = canonicalForm(TRADITIONAL);
const KEYS = nameIndex.keys;

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
  if (FORM.isCanonical(text)) return text;
  // The dataset's own names were canonicalised when the index was built, so building the
  // catalog at start-up looks their keys up instead of folding each one again.
  return Object.prototype.hasOwnProperty.call(KEYS, text) ? KEYS[text] : FORM.of(text);
}

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
