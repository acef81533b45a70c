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
}

export const nameIndex = generated as unknown as NameIndex;

const TRADITIONAL: ReadonlyMap<string, string> = new Map(Object.entries(nameIndex.traditional));
const FORM = canonicalForm(TRADITIONAL);

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
  // Most names are already canonical: one test instead of the folds and replacements.
  return FORM.isCanonical(text) ? text : FORM.of(text);
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
