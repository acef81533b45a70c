/**
 * What the build adds to the generated functions.json before Excel reads it, for each language:
 * the generator has no tag for either.
 * - `allowErrorForDataTypeAny`: without it Excel answers an error cell (a referenced #N/A) itself,
 *   without calling the function, so one #N/A in a range fails the whole call instead of its cell
 *   (docs: custom-functions-json.md, allowErrorForDataTypeAny).
 * - Custom enum members named from core's labels: the generator names them after the TypeScript
 *   members (`strategicEmerging`), and Excel's AutoComplete shows that name.
 */
import type { Bilingual } from "../data/types";
import { pick, type Language } from "../core/i18n";
import { KINDS, LEVELS } from "../core/labels";

interface EnumValue {
  name: string;
  /** Every enum of functions.ts is a string enum; a value without one names no label below. */
  stringValue: string;
  numberValue?: number;
  tooltip?: string;
}

interface EnumMetadata {
  id: string;
  type: string;
  values: EnumValue[];
}

interface Term {
  label: Bilingual;
  synonyms: readonly string[];
}

/** The labels of each custom enum of functions.ts, by enum id and member value. */
const ENUM_TERMS: Record<string, Record<string, Term>> = { Level: LEVELS, Kind: KINDS };

/** "Also typed as: 国家级, national, 国家 …": what a user may type instead of picking the value. */
function tooltip(value: string, term: Term, language: Language): string {
  const spellings = [...new Set([term.label.zh, value, ...term.synonyms])];
  return language === "en"
    ? `Also typed as: ${spellings.join(", ")}`
    : `也可输入：${spellings.join("、")}`;
}

function namedEnum(metadata: EnumMetadata, language: Language): EnumMetadata {
  const terms = ENUM_TERMS[metadata.id];
  if (!terms) throw new Error(`custom enum ${metadata.id} has no labels in metadata-build.ts`);
  return {
    ...metadata,
    values: metadata.values.map((value) => {
      const term = terms[value.stringValue];
      if (!term) throw new Error(`custom enum ${metadata.id} value ${value.name} is not a core id`);
      return {
        ...value,
        name: pick(term.label, language),
        tooltip: tooltip(value.stringValue, term, language),
      };
    }),
  };
}

/**
 * The metadata Excel reads in `language`: error inputs allowed, enum members labelled. Throws
 * when an enum of functions.ts has no labels, so the build stops.
 *
 * @example
 * finishMetadata(generated, "zh-CN").enums[0].values[0].name //=> "国家级"
 */
export function finishMetadata(generated: object, language: Language): object {
  const enums = (generated as { enums?: EnumMetadata[] }).enums ?? [];
  return {
    ...generated,
    allowErrorForDataTypeAny: true,
    enums: enums.map((e) => namedEnum(e, language)),
  };
}
