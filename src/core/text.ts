/**
 * Character-level text helpers shared by the runtime and the build-time name-index script.
 * Nothing here depends on the generated index, so `scripts/build-name-index.ts` can import it
 * before that index exists.
 */

/** Marks left by NFKD on accented Latin letters (pinyin tone marks: "yān" → "yan"). */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

const ASCII = /^\p{ASCII}*$/u;

/**
 * Characters that never distinguish one name from another: whitespace, dashes, dots, quotes,
 * brackets. Dropping them makes "strategic-emerging", "Strategic Emerging" and "yan tai" agree
 * with their written-together forms.
 */
const NOISE = /[\s\-_.·•'"`()[\]{}<>《》〈〉「」『』【】〔〕“”‘’]/g;

/** What people put between items of a list (after NFKC, so "，" and "；" are already "," and ";"). */
const LIST_SEPARATORS = /[、,;|/\n\r]+/;

/** Administrative suffixes that users add, drop or swap ("海阳" / "海阳市" / "海阳县"). */
const PLACE_SUFFIXES = ["市", "区", "县"] as const;

/** Prefixes that name the province itself, which every place in the dataset shares. */
const PROVINCE_PREFIXES = ["山东省", "山东"] as const;

/**
 * Folds width, case and accents: full-width letters, digits and spaces become ASCII, tone marks
 * are dropped, letters are lower-cased. Chinese characters pass through unchanged.
 *
 * @example
 * foldWidthCaseAccents("ＹＡＮＴＡＩ") //=> "yantai"
 * foldWidthCaseAccents("Yān Tái")     //=> "yan tai"
 */
export function foldWidthCaseAccents(text: string): string {
  // ASCII is its own NFKD and NFKC form: ids and English names skip both normalisations.
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize("NFKD").replace(COMBINING_MARKS, "").normalize("NFKC").toLowerCase();
}

/**
 * Removes whitespace and punctuation that carry no meaning in a name.
 *
 * @example
 * stripNoise("yan tai") //=> "yantai"
 */
export function stripNoise(text: string): string {
  return text.replace(NOISE, "");
}

/**
 * Splits a cell's text into the items of a list written the way people write lists
 * ("烟台、青岛", "烟台，青岛", "烟台;青岛"). Spaces do not separate items, because they occur
 * inside names ("yan tai", "Offshore Engineering"). Empty items are dropped.
 *
 * @example
 * splitList("烟台、青岛，潍坊") //=> ["烟台", "青岛", "潍坊"]
 */
export function splitList(text: string): string[] {
  return text
    .normalize("NFKC")
    .split(LIST_SEPARATORS)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/**
 * The name without a trailing administrative suffix, or `undefined` when it has none or
 * nothing would be left.
 *
 * @example
 * stripPlaceSuffix("海阳市") //=> "海阳"
 * stripPlaceSuffix("海阳")   //=> undefined
 */
export function stripPlaceSuffix(name: string): string | undefined {
  for (const suffix of PLACE_SUFFIXES) {
    if (name.length > suffix.length + 1 && name.endsWith(suffix)) {
      return name.slice(0, -suffix.length);
    }
  }
  return undefined;
}

/**
 * The name without a leading "山东省" / "山东", or `undefined` when it has none.
 *
 * @example
 * stripProvincePrefix("山东省烟台市") //=> "烟台市"
 */
export function stripProvincePrefix(name: string): string | undefined {
  // The longest prefix the name starts with decides: "山东省烟" is too short to strip, not "省烟".
  const prefix = PROVINCE_PREFIXES.find((p) => name.startsWith(p));
  return prefix !== undefined && name.length > prefix.length + 1
    ? name.slice(prefix.length)
    : undefined;
}

/** True for text made only of Chinese characters (the CJK unified ideograph blocks). */
export function isHan(text: string): boolean {
  return /^[\u3400-\u9fff\uf900-\ufaff]+$/.test(text);
}
