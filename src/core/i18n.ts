/**
 * The language of headers, labels and messages. The task pane can pin it with `setLanguage`;
 * otherwise it follows the host's display language (passed in by the caller, because core
 * does not touch Office), and Chinese when there is none.
 */
import type { Bilingual } from "../data/types";

export type Language = "zh-CN" | "en";

let configured: Language | undefined;

/**
 * Pins the language of everything core renders; `null` goes back to following the host.
 *
 * @example
 * setLanguage("en");
 * currentLanguage("zh-CN") //=> "en"
 */
export function setLanguage(language: Language | null): void {
  // null is no tag, so it reads as no language: back to the host's.
  configured = languageFromTag(language);
}

/**
 * Our language for a BCP 47 tag such as Office's display language: Chinese of any region
 * reads zh-CN, any other language English; anything that is not a tag gives `undefined`.
 *
 * @example
 * languageFromTag("zh-TW") //=> "zh-CN"
 * languageFromTag("fr-FR") //=> "en"
 */
export function languageFromTag(tag: unknown): Language | undefined {
  if (typeof tag !== "string" || !/^[a-z]{2,3}(?:[-_][a-z0-9]+)*$/i.test(tag)) return undefined;
  return tag.toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}

/**
 * The language to render in: the pinned one, else the host's, else zh-CN.
 *
 * @example
 * currentLanguage(undefined) //=> "zh-CN" (nothing pinned, no host)
 */
export function currentLanguage(hostTag?: unknown): Language {
  if (configured !== undefined) return configured;
  // Every custom-function call asks with the same tag: its language is read once.
  if (hostTag !== lastTag) {
    lastTag = hostTag;
    lastLanguage = languageFromTag(hostTag) ?? "zh-CN";
  }
  return lastLanguage;
}

let lastTag: unknown;
let lastLanguage: Language = "zh-CN";

/**
 * The side of a bilingual text for a language.
 *
 * @example
 * pick({ zh: "烟台", en: "Yantai" }, "en") //=> "Yantai"
 */
export function pick(text: Bilingual, language: Language): string {
  return language === "en" ? text.en : text.zh;
}
