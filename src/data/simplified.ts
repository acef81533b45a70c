import * as OpenCC from "opencc-js";

/** Traditional → simplified (mainland) conversion, character and phrase tables of OpenCC. */
const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });

/**
 * Characters that OpenCC's t→s table rewrites although they are standard in simplified text
 * (乾坤, 蒜薹, 哪吒, 宫商角徵羽, the surname 麴 …). Found by running the converter over every
 * GB2312 character. 後 and 於 are left out on purpose: in this dataset they would be leftovers
 * of traditional text (之後, 位於), not the rare simplified uses.
 */
const SIMPLIFIED_ANYWAY = new Set([..."乾菸薹拚捱摺吒徵夥榘袷麴醣麽"]);

/**
 * The traditional characters in `text`, or an empty string when the text is simplified.
 * A character counts as traditional when OpenCC's t→s conversion changes it.
 */
export function traditionalCharacters(text: string): string {
  const converted = toSimplified(text);
  if (converted === text) return "";
  const before = [...text];
  const after = [...converted];
  // Phrase rules can change the length; then the whole text is suspect.
  if (before.length !== after.length) return text;
  return before.filter((ch, i) => ch !== after[i] && !SIMPLIFIED_ANYWAY.has(ch)).join("");
}

/** The text converted to simplified characters (for messages and alias comparisons). */
export function simplified(text: string): string {
  return toSimplified(text);
}
