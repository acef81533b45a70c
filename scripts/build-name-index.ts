/**
 * Writes src/core/generated/name-index.json: the slice of OpenCC and pinyin that the dataset's
 * own vocabulary needs, so the runtime can read 煙臺 as 烟台 and "yantai" / "yt" as 烟台
 * without shipping either dictionary.
 *
 * Usage: npx tsx scripts/build-name-index.ts [dataset.json] [output.json]
 * (defaults: src/data/clusters.json → src/core/generated/name-index.json).
 *
 * The output is deterministic (sorted keys) so rebuilding an unchanged dataset changes nothing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as OpenCC from "opencc-js";
import { pinyin } from "pinyin-pro";
import type { Dataset } from "../src/data/types";
import { foldWidthCaseAccents, isHan, stripPlaceSuffix } from "../src/core/text";

const ROOT = path.resolve(__dirname, "..");
const input = path.resolve(process.argv[2] ?? path.join(ROOT, "src/data/clusters.json"));
const output = path.resolve(
  process.argv[3] ?? path.join(ROOT, "src/core/generated/name-index.json")
);

/** Simplified → traditional in the forms readers in Hong Kong, Taiwan and elsewhere write. */
const toTraditional = [
  OpenCC.Converter({ from: "cn", to: "tw" }),
  OpenCC.Converter({ from: "cn", to: "hk" }),
  OpenCC.Converter({ from: "cn", to: "t" }),
];
/** Traditional → simplified, for the aliases the dataset already writes in traditional form. */
const toSimplified = [
  OpenCC.Converter({ from: "tw", to: "cn" }),
  OpenCC.Converter({ from: "hk", to: "cn" }),
  OpenCC.Converter({ from: "t", to: "cn" }),
];

const dataset = JSON.parse(readFileSync(input, "utf8")) as Dataset;
/** The county table (scripts/build-counties.ts runs first), so 龍口 reads as 龙口 too. */
const countiesFile = path.join(ROOT, "src/core/generated/counties.json");
const countyNames: string[] = existsSync(countiesFile)
  ? (JSON.parse(readFileSync(countiesFile, "utf8")) as { counties: { zh: string }[] }).counties.map(
      (county) => county.zh
    )
  : [];

/** Every simplified name a user might type, in the dataset's own spelling. */
function simplifiedVocabulary(data: Dataset): string[] {
  const names: string[] = [];
  for (const city of data.cities) {
    names.push(city.zh, city.short);
    for (const district of city.districts) names.push(district.zh);
  }
  names.push(...countyNames);
  for (const program of data.programs) names.push(program.name.zh, program.authority.zh);
  for (const cluster of data.clusters) {
    names.push(cluster.name.zh, cluster.industry.zh, ...cluster.nameForms.map((form) => form.zh));
  }
  for (const list of data.industries)
    names.push(list.name.zh, ...list.items.map((item) => item.zh));
  return names;
}

/** Names the dataset already records in traditional (or variant) characters. */
function traditionalAliases(data: Dataset): string[] {
  const names: string[] = [];
  for (const city of data.cities) {
    names.push(city.traditional);
    for (const district of city.districts) names.push(...district.aliases);
  }
  return names;
}

/** Pairs up the characters of two spellings of one name, when the conversion kept its length. */
function alignedPairs(from: string, to: string): [string, string][] {
  const a = [...from];
  const b = [...to];
  return a.length === b.length ? a.map((char, i) => [char, b[i]] as [string, string]) : [];
}

function traditionalMap(data: Dataset): Record<string, string> {
  const vocabulary = simplifiedVocabulary(data);
  const simplifiedChars = new Set(vocabulary.flatMap((name) => [...name]));
  const map = new Map<string, string>();
  const add = (traditional: string, simplified: string) => {
    // A character the dataset itself writes as simplified must keep meaning itself.
    if (traditional === simplified || simplifiedChars.has(traditional) || !isHan(traditional))
      return;
    // Only character-for-character equivalents: OpenCC must map the character back on its own.
    if (!toSimplified.some((convert) => convert(traditional) === simplified)) return;
    if (!map.has(traditional)) map.set(traditional, simplified);
  };
  for (const name of vocabulary) {
    for (const convert of toTraditional) {
      // Whole names catch context-dependent forms (制造 → 製造), single characters the rest.
      for (const [simplified, traditional] of alignedPairs(name, convert(name)))
        add(traditional, simplified);
      for (const char of name) add(convert(char), char);
    }
  }
  for (const alias of traditionalAliases(data)) {
    for (const convert of toSimplified) {
      for (const [traditional, simplified] of alignedPairs(alias, convert(alias)))
        add(traditional, simplified);
    }
  }
  return Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Full pinyin without tones ("yantai"; "lv" beside "lu" for ü) and initials ("yt"). */
function pinyinForms(name: string): { full: string[]; initials: string } {
  const plain = pinyin(name, { toneType: "none", type: "array" })
    .map((s) => foldWidthCaseAccents(s))
    .join("");
  const withV = pinyin(name, { toneType: "none", type: "array", v: true }).join("");
  const initials = pinyin(name, { pattern: "first", toneType: "none", type: "array" }).join("");
  return { full: [...new Set([plain, withV])], initials };
}

function pinyinMap(data: Dataset): Record<string, { full: string[]; initials: string }> {
  const places = new Set<string>();
  for (const city of data.cities) {
    places.add(city.short);
    for (const district of city.districts) {
      // Zones keep their full name: "济南高新区" without "区" is not how anyone says it.
      const stem = district.type === "zone" ? undefined : stripPlaceSuffix(district.zh);
      places.add(stem ?? district.zh);
    }
  }
  return Object.fromEntries(
    [...places]
      .filter(isHan)
      .sort()
      .map((name) => [name, pinyinForms(name)])
  );
}

const index = {
  datasetVersion: dataset.version,
  traditional: traditionalMap(dataset),
  pinyin: pinyinMap(dataset),
};
const json = JSON.stringify(index) + "\n";
mkdirSync(path.dirname(output), { recursive: true });
writeFileSync(output, json);
console.log(
  `name index: ${path.relative(process.cwd(), output)} (${Buffer.byteLength(json)} bytes)`
);
