/**
 * A synthetic dataset of any size in the real schema, for the scale figures. It keeps the real
 * cities, districts, programmes and sources (so place names resolve exactly as in the add-in)
 * and varies cluster names and industries. The generator is a seeded stream: the first 1,000
 * records of the 100,000-record dataset are the 1,000-record dataset, so a query picked from
 * the small one means the same thing at every size. Plain TypeScript with no Node imports:
 * the browser benchmark bundles it too.
 */
import type { Cluster, Dataset } from "../src/data/types";

export const SEED = 20240601;

/** mulberry32: small, fast and the same on every engine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Simplified characters with no traditional form in the name index, so names stay as written. */
const NAME_CHARS = [
  ..."金华泰安康瑞丰盛鑫宏祥和兴隆永昌吉利明辉光耀星海云峰岳林森源泉润泽江河湖川清远博通达宇新益嘉佳乐福禄寿禧宁静雅晨曦",
];
const NAME_SYLLABLES = [
  "jin",
  "hua",
  "tai",
  "kang",
  "rui",
  "feng",
  "sheng",
  "xin",
  "hong",
  "xiang",
  "he",
  "long",
  "yong",
  "chang",
  "ji",
  "li",
];

/** Qualifiers that turn the real industries into many more (智能 + 生物医药 …). */
const INDUSTRY_QUALIFIERS: [zh: string, en: string][] = [
  ["", ""],
  ["智能", "smart"],
  ["绿色", "green"],
  ["高端", "high-end"],
  ["新型", "new"],
  ["精密", "precision"],
  ["数字", "digital"],
  ["先进", "advanced"],
  ["特种", "specialty"],
  ["现代", "modern"],
  ["功能性", "functional"],
  ["高性能", "high-performance"],
  ["低碳", "low-carbon"],
  ["融合", "integrated"],
  ["海洋", "marine"],
  ["生态", "eco"],
];

const pickOf = <T>(next: () => number, items: readonly T[]): T =>
  items[Math.floor(next() * items.length)];

/**
 * `size` cluster records over the real dataset's places and programmes. Deterministic for a seed.
 *
 * @example
 * syntheticDataset(real, 100_000).clusters.length //=> 100000
 */
export function syntheticDataset(real: Dataset, size: number, seed = SEED): Dataset {
  const next = random(seed);
  const industries = [
    ...new Map(real.clusters.map((c) => [c.industry.zh, c.industry])).values(),
  ].flatMap((industry) =>
    INDUSTRY_QUALIFIERS.map(([zh, en]) => ({
      zh: zh + industry.zh,
      en: en ? `${en} ${industry.en}` : industry.en,
    }))
  );
  const metricTemplate = real.clusters.find((c) => c.metrics.length > 0)?.metrics[0];
  const clusters: Cluster[] = [];
  for (let i = 0; i < size; i++) {
    const city = pickOf(next, real.cities);
    const district =
      city.districts.length > 0 && next() < 0.4 ? pickOf(next, city.districts) : undefined;
    const partner = next() < 0.02 ? pickOf(next, real.cities) : undefined;
    const cities = partner && partner !== city ? [city.id, partner.id] : [city.id];
    const industry = pickOf(next, industries);
    const program = pickOf(next, real.programs);
    const batch = pickOf(next, program.batches).number;
    const word = pickOf(next, NAME_CHARS) + pickOf(next, NAME_CHARS);
    const latin = pickOf(next, NAME_SYLLABLES) + pickOf(next, NAME_SYLLABLES);
    const place = district ? district.zh : city.zh;
    const nameZh = `${place}${word}${industry.zh}产业集群`;
    // One cluster in a few is recognised again by a second programme: a second record, same key.
    const previous =
      clusters.length > 0 && next() < 0.05 ? clusters[clusters.length - 1] : undefined;
    const id = `syn-${program.id.split("-")[0].slice(0, 4)}-${city.id}-${i.toString(36)}`;
    const source = pickOf(next, real.sources).id;
    const metric =
      metricTemplate && next() < 0.1
        ? [{ ...metricTemplate, value: Math.floor(next() * 500), source }]
        : [];
    clusters.push({
      ...(previous
        ? { ...previous, id, program: program.id, batch }
        : {
            id,
            key: `syn-${i.toString(36)}`,
            name: { zh: nameZh, en: `${city.en} ${latin} ${industry.en} industry cluster` },
            nameForms: [{ zh: nameZh, basis: "official", source }],
            city: city.id,
            cities,
            ...(district ? { district: district.id } : {}),
            industry,
            program: program.id,
            batch,
            status: "recognized",
            leadEnterprises: [],
            enterprises: [],
            metrics: metric,
            sources: [source],
          }),
    });
  }
  return { ...real, version: `${real.version}+synthetic-${size}`, clusters };
}
