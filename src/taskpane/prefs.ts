/**
 * What the pane remembers between sessions (the language override, the chosen fields, the
 * chart grouping), in localStorage. Storage can be missing or refuse writes (private windows,
 * locked-down Office webviews); the pane then simply forgets.
 */
import { languageFromTag, type Language } from "../core/i18n";
import type { SummaryBy } from "../core/summary";

const KEY = "qilu-clusters.pane.v1";

export interface Prefs {
  language?: Language;
  headerLanguage?: Language;
  fields?: string[];
  chartBy?: SummaryBy;
}

export interface PrefsStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function storage(): PrefsStore | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The remembered preferences, keeping only values of the right shape. */
export function loadPrefs(store: PrefsStore | undefined = storage()): Prefs {
  let raw: unknown;
  try {
    raw = JSON.parse(store?.getItem(KEY) ?? "{}");
    // Stryker disable next-line BlockStatement: without the return, raw stays undefined and the next line returns the same {}.
  } catch {
    return {};
  }
  if (!raw || typeof raw !== "object") return {};
  const r = raw as Record<string, unknown>;
  const lang = (v: unknown) => (v === "zh-CN" || v === "en" ? v : undefined);
  return {
    language: lang(r.language),
    headerLanguage: lang(r.headerLanguage),
    fields:
      Array.isArray(r.fields) && r.fields.every((f) => typeof f === "string")
        ? (r.fields as string[])
        : undefined,
    chartBy:
      r.chartBy === "city" || r.chartBy === "kind" || r.chartBy === "industry"
        ? r.chartBy
        : undefined,
  };
}

/** Merges a change into the remembered preferences. */
export function savePrefs(change: Prefs, store: PrefsStore | undefined = storage()): void {
  try {
    // Stryker disable next-line OptionalChaining: without a store the call throws inside this try, which forgets the choice just the same.
    store?.setItem(KEY, JSON.stringify({ ...loadPrefs(store), ...change }));
  } catch {
    // A full or read-only storage only means the choice is not remembered.
  }
}

/**
 * The pane's language: the user's override, else Office's display language, else the
 * browser's first language, else Chinese (most users read it).
 *
 * @example
 * chooseLanguage(undefined, "en-US", ["zh-CN"]) //=> "en"
 */
export function chooseLanguage(
  override: Language | undefined,
  officeTag: unknown,
  browserTags: readonly string[]
): Language {
  return override ?? languageFromTag(officeTag) ?? languageFromTag(browserTags[0]) ?? "zh-CN";
}
