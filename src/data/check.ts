import Ajv from "ajv";
import schema from "./clusters.schema.json";
import { simplified, traditionalCharacters } from "./simplified";
import type { Batch, Bilingual, Cluster, Dataset, Metric, Program, StatedCount } from "./types";

const validate = new Ajv({ allErrors: true }).compile<Dataset>(schema);

/**
 * Every problem in a dataset, as readable lines; an empty array means the data is good.
 * Schema problems come first; the cross checks need the schema's shape, so they run only
 * on data the schema accepts.
 */
export function checkDataset(data: unknown): string[] {
  const nonFinite = nonFiniteNumbers(data, "$");
  if (!validate(data)) {
    const schemaProblems = (validate.errors ?? []).map(
      (e) =>
        `schema: ${e.instancePath || "/"} ${e.message ?? "is invalid"}${e.params && "allowedValues" in e.params ? ` (${(e.params.allowedValues as unknown[]).join(", ")})` : ""}`
    );
    return [...schemaProblems, ...nonFinite];
  }
  return [
    ...nonFinite,
    ...uniqueIds(data),
    ...references(data),
    ...membersWithinTotals(data),
    ...sourcing(data),
    ...sharedKeys(data),
    ...consistency(data),
    ...bilingualTexts(data),
    ...sourceRecords(data),
    ...simplifiedText(data),
  ];
}

/** JSON cannot hold NaN or Infinity, but data built in code can, and the schema's `number` lets them through. */
function nonFiniteNumbers(value: unknown, path: string): string[] {
  if (typeof value === "number")
    return Number.isFinite(value) ? [] : [`number: ${path} is not a finite number (${value})`];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFiniteNumbers(v, `${path}[${i}]`));
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => nonFiniteNumbers(v, `${path}.${k}`));
  return [];
}

function duplicates(what: string, ids: string[]): string[] {
  const seen = new Set<string>();
  const reported = new Set<string>();
  for (const id of ids) {
    if (seen.has(id) && !reported.has(id)) reported.add(id);
    seen.add(id);
  }
  return [...reported].map((id) => `duplicate id: ${what} "${id}"`);
}

function uniqueIds(d: Dataset): string[] {
  return [
    ...duplicates(
      "source",
      d.sources.map((s) => s.id)
    ),
    ...duplicates(
      "city",
      d.cities.map((c) => c.id)
    ),
    ...duplicates(
      "district",
      d.cities.flatMap((c) => c.districts.map((x) => x.id))
    ),
    ...duplicates(
      "program",
      d.programs.map((p) => p.id)
    ),
    ...d.programs.flatMap((p) =>
      duplicates(
        `batch number in program ${p.id}`,
        p.batches.map((b) => String(b.number))
      )
    ),
    ...d.programs.flatMap((p) =>
      duplicates(
        `metric key in program ${p.id}`,
        (p.metrics ?? []).map((m) => m.key)
      )
    ),
    ...duplicates(
      "cluster",
      d.clusters.map((c) => c.id)
    ),
    ...d.clusters.flatMap((c) =>
      duplicates(
        `metric key in cluster ${c.id}`,
        c.metrics.map((m) => m.key)
      )
    ),
    ...duplicates(
      "target",
      d.targets.map((t) => t.id)
    ),
    ...duplicates(
      "industry list",
      d.industries.map((l) => l.id)
    ),
  ];
}

/** Every place a source id is cited, with a readable location. */
function sourceCitations(d: Dataset): Array<[where: string, id: string]> {
  const counts = (where: string, list: StatedCount[]) =>
    list.flatMap((t, i) => t.sources.map((s): [string, string] => [`${where} total ${i + 1}`, s]));
  const metrics = (where: string, list: Metric[]) =>
    list.map((m): [string, string] => [`${where} metric ${m.key}`, m.source]);
  return [
    ...d.programs.flatMap((p) => [
      ...p.batches.flatMap((b) => [
        ...b.sources.map((s): [string, string] => [`program ${p.id} batch ${b.number}`, s]),
        ...counts(`program ${p.id} batch ${b.number}`, b.totals),
      ]),
      ...counts(`program ${p.id} counts`, p.counts),
      ...metrics(`program ${p.id}`, p.metrics ?? []),
    ]),
    ...d.clusters.flatMap((c) => [
      ...c.sources.map((s): [string, string] => [`cluster ${c.id}`, s]),
      ...c.nameForms.map((n): [string, string] => [`cluster ${c.id} name form ${n.zh}`, n.source]),
      ...metrics(`cluster ${c.id}`, c.metrics),
    ]),
    ...d.targets.map((t): [string, string] => [`target ${t.id}`, t.source]),
    ...d.industries.map((l): [string, string] => [`industry list ${l.id}`, l.source]),
  ];
}

function references(d: Dataset): string[] {
  const problems: string[] = [];
  const sourceIds = new Set(d.sources.map((s) => s.id));
  for (const [where, id] of sourceCitations(d)) {
    if (!sourceIds.has(id))
      problems.push(`dangling reference: ${where} cites unknown source "${id}"`);
  }
  const cities = new Map(d.cities.map((c) => [c.id, c]));
  const programs = new Map(d.programs.map((p) => [p.id, p]));
  for (const c of d.clusters) {
    if (!cities.has(c.city))
      problems.push(`dangling reference: cluster ${c.id} has unknown city "${c.city}"`);
    for (const id of c.cities)
      if (!cities.has(id))
        problems.push(`dangling reference: cluster ${c.id} lists unknown city "${id}"`);
    if (c.cities[0] !== c.city)
      problems.push(`cluster ${c.id}: cities must start with the lead city "${c.city}"`);
    if (new Set(c.cities).size !== c.cities.length)
      problems.push(`cluster ${c.id}: a city is listed twice in cities`);
    if (c.district !== undefined) {
      const inCities = c.cities.some((id) =>
        cities.get(id)?.districts.some((x) => x.id === c.district)
      );
      if (!inCities)
        problems.push(
          `dangling reference: cluster ${c.id} district "${c.district}" is not a district of its cities`
        );
    }
    const program = programs.get(c.program);
    if (!program) {
      problems.push(`dangling reference: cluster ${c.id} has unknown program "${c.program}"`);
    } else if (c.batch !== undefined && !program.batches.some((b) => b.number === c.batch)) {
      problems.push(
        `dangling reference: cluster ${c.id} is in batch ${c.batch}, which program ${c.program} does not have`
      );
    }
  }
  const lists = new Set(d.industries.map((l) => l.id));
  for (const t of d.targets) {
    if (t.industries !== undefined && !lists.has(t.industries))
      problems.push(
        `dangling reference: target ${t.id} names unknown industry list "${t.industries}"`
      );
  }
  return problems;
}

/** The Shandong totals of a batch, or its nationwide ones where no Shandong share is stated. */
function comparableTotals(b: Batch): StatedCount[] {
  const exact = b.totals.filter((t) => t.qualifier === "exact");
  const shandong = exact.filter((t) => t.scope === "shandong");
  return shandong.length > 0 ? shandong : exact;
}

function membersWithinTotals(d: Dataset): string[] {
  const problems: string[] = [];
  for (const p of d.programs) {
    for (const b of p.batches) {
      const named = d.clusters.filter((c) => c.program === p.id && c.batch === b.number).length;
      for (const t of comparableTotals(b)) {
        if (named > t.value)
          problems.push(
            `members exceed total: program ${p.id} batch ${b.number} names ${named} clusters but states ${t.value} (${t.scope}, as of ${t.asOf})`
          );
      }
    }
  }
  return problems;
}

function sourcing(d: Dataset): string[] {
  const problems: string[] = [];
  const none = (where: string, list: string[]) => {
    if (list.length === 0) problems.push(`missing source: ${where} has no source`);
  };
  for (const p of d.programs) {
    for (const b of p.batches) {
      none(`program ${p.id} batch ${b.number}`, b.sources);
      b.totals.forEach((t, i) =>
        none(`program ${p.id} batch ${b.number} total ${i + 1}`, t.sources)
      );
    }
    p.counts.forEach((t, i) => none(`program ${p.id} count ${i + 1}`, t.sources));
  }
  for (const c of d.clusters) {
    none(`cluster ${c.id}`, c.sources);
    // A figure or name form must come from a source the cluster itself lists, so the list is complete.
    const own = new Set(c.sources);
    for (const m of c.metrics)
      if (!own.has(m.source))
        problems.push(
          `missing source: cluster ${c.id} metric ${m.key} cites "${m.source}", which is not in the cluster's sources`
        );
    for (const n of c.nameForms)
      if (!own.has(n.source))
        problems.push(
          `missing source: cluster ${c.id} name form ${n.zh} cites "${n.source}", which is not in the cluster's sources`
        );
  }
  return problems;
}

/** Records of one cluster in several programmes share a key; they must agree on their cities. */
function sharedKeys(d: Dataset): string[] {
  const problems: string[] = [];
  const byKey = new Map<string, Cluster[]>();
  for (const c of d.clusters) byKey.set(c.key, [...(byKey.get(c.key) ?? []), c]);
  for (const [key, group] of byKey) {
    if (group.length < 2) continue;
    const cities = (c: Cluster) => [...c.cities].sort().join(",");
    if (new Set(group.map(cities)).size > 1)
      problems.push(
        `shared key "${key}": records ${group.map((c) => c.id).join(", ")} disagree on their cities`
      );
    if (new Set(group.map((c) => c.program)).size < group.length)
      problems.push(
        `shared key "${key}": records ${group.map((c) => c.id).join(", ")} are in the same program`
      );
  }
  return problems;
}

function consistency(d: Dataset): string[] {
  const problems: string[] = [];
  const programs = new Map<string, Program>(d.programs.map((p) => [p.id, p]));
  for (const c of d.clusters) {
    if (c.nameForms.length > 0 && c.nameForms[0].zh !== c.name.zh)
      problems.push(
        `cluster ${c.id}: name.zh "${c.name.zh}" is not its first name form "${c.nameForms[0].zh}"`
      );
    const batch = programs.get(c.program)?.batches.find((b) => b.number === c.batch);
    if (batch && batch.status !== c.status)
      problems.push(
        `cluster ${c.id}: status "${c.status}" differs from batch ${batch.number}'s "${batch.status}"`
      );
  }
  for (const city of d.cities) {
    if (simplified(city.traditional) !== city.zh)
      problems.push(
        `city ${city.id}: traditional form "${city.traditional}" is not ${city.zh} in traditional characters`
      );
  }
  return problems;
}

/** Every note in the dataset, with a readable location. */
function notes(d: Dataset): Array<[where: string, note: Bilingual]> {
  const found: Array<[string, Bilingual]> = [];
  const add = (where: string, note: Bilingual | undefined) => {
    if (note) found.push([where, note]);
  };
  for (const s of d.sources) add(`source ${s.id}`, s.note);
  for (const p of d.programs) {
    for (const b of p.batches) {
      add(`program ${p.id} batch ${b.number}`, b.note);
      b.totals.forEach((t, i) => add(`program ${p.id} batch ${b.number} total ${i + 1}`, t.note));
    }
    p.counts.forEach((t, i) => add(`program ${p.id} count ${i + 1}`, t.note));
  }
  for (const c of d.clusters) add(`cluster ${c.id}`, c.note);
  for (const t of d.targets) add(`target ${t.id}`, t.note);
  return found;
}

const HAN = /\p{Script=Han}/u;

/**
 * Users read notes and source labels in their own language, so both sides must say something;
 * the schema lets a blank string through. A zh side without a Chinese character is English
 * copied across untranslated.
 */
function bilingualTexts(d: Dataset): string[] {
  const problems: string[] = [];
  const texts: Array<[what: string, where: string, text: Bilingual]> = [
    ...notes(d).map(([where, note]): [string, string, Bilingual] => ["note", where, note]),
    ...d.sources.map((s): [string, string, Bilingual] => ["label", `source ${s.id}`, s.label]),
  ];
  for (const [what, where, text] of texts) {
    if (text.zh.trim() === "") problems.push(`${what}: ${where} has no zh text`);
    else if (!HAN.test(text.zh))
      problems.push(`${what}: ${where} zh text "${text.zh}" has no Chinese in it`);
    if (text.en.trim() === "") problems.push(`${what}: ${where} has no en text`);
  }
  return problems;
}

/**
 * A user cites a source by its title where it has one, so the five articles, read from their
 * files, must keep theirs; and a source must say where to find it: publisher, address or file.
 */
function sourceRecords(d: Dataset): string[] {
  const problems: string[] = [];
  for (const s of d.sources) {
    if (s.kind === "article" && s.title === undefined)
      problems.push(`source ${s.id}: an article must keep its published title`);
    if (s.publisher === undefined && s.url === undefined && s.file === undefined)
      problems.push(`source ${s.id}: names no publisher, address or file to find it by`);
  }
  return problems;
}

/**
 * Alias fields may hold traditional characters; every other string must be simplified. That
 * takes in both sides of a note: the en side names places and documents in Chinese too.
 */
function simplifiedText(d: Dataset): string[] {
  const problems: string[] = [];
  const visit = (value: unknown, path: string): void => {
    if (typeof value === "string") {
      const found = traditionalCharacters(value);
      if (found)
        problems.push(
          `traditional text: ${path} "${value}" has traditional characters ${found} (simplified: ${simplified(value)})`
        );
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${path}[${i}]`));
    } else if (value !== null && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) visit(v, `${path}.${k}`);
    }
  };
  const { cities, ...rest } = d;
  visit(rest, "$");
  cities.forEach((city, i) => {
    const { traditional: _alias, districts, ...cityRest } = city;
    visit(cityRest, `$.cities[${i}]`);
    districts.forEach((x, j) => {
      const { aliases: _aliases, ...districtRest } = x;
      visit(districtRest, `$.cities[${i}].districts[${j}]`);
    });
  });
  return problems;
}
