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
    ...metricKeys(data),
    ...textLengths(data),
    ...calendarDates(data),
    ...sourceAddresses(data),
    ...translations(data),
    ...targetLinks(data),
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
    ...d.cities.flatMap((c) =>
      duplicates(
        `metric key in city ${c.id}`,
        (c.metrics ?? []).map((m) => m.key)
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
    ...d.cities.flatMap((c) => metrics(`city ${c.id}`, c.metrics ?? [])),
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

/**
 * Totals that bound the named members from above: exact ones, and those stated as "about" (a
 * list of "about 10" naming 12 is wrong data, not a loose figure). "Over" and "at least" totals
 * allow more. (The qualifiers have no "at most"; one added would belong here.) The Shandong
 * totals, or the nationwide ones where no Shandong share is stated.
 */
const BOUNDING: ReadonlySet<StatedCount["qualifier"]> = new Set(["exact", "about"]);

function comparableTotals(b: Batch): StatedCount[] {
  const bounding = b.totals.filter((t) => BOUNDING.has(t.qualifier));
  const shandong = bounding.filter((t) => t.scope === "shandong");
  return shandong.length > 0 ? shandong : bounding;
}

function membersWithinTotals(d: Dataset): string[] {
  const problems: string[] = [];
  for (const p of d.programs) {
    for (const b of p.batches) {
      const named = d.clusters.filter((c) => c.program === p.id && c.batch === b.number).length;
      for (const t of comparableTotals(b)) {
        if (named > t.value)
          problems.push(
            `members exceed total: program ${p.id} batch ${b.number} names ${named} clusters but states ${t.qualifier === "exact" ? "" : `${t.qualifier} `}${t.value} (${t.scope}, as of ${t.asOf})`
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
  for (const l of d.industries) add(`industry list ${l.id}`, l.note);
  for (const p of d.programs) {
    add(`program ${p.id}`, p.note);
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

/** What an article's note says when a search of public pages found no original address. */
export const ADDRESS_NOT_FOUND = "Original address not found";

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
    if (s.kind === "article" && s.url === undefined && !s.note?.en.includes(ADDRESS_NOT_FOUND))
      problems.push(
        `source ${s.id}: an article without an address must say "${ADDRESS_NOT_FOUND}" in its note`
      );
    // Users do not have the text files the articles were read from.
    if (s.kind === "article" && s.file !== undefined)
      problems.push(
        `source ${s.id}: an article gives its original address, or says it was not found, not a file name ("${s.file}")`
      );
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

/**
 * Names a metric key must not take: the cluster fields `fields` and SD.CLUSTER accept (a metric
 * "name" would hide the name column) and the properties every JavaScript object inherits, which
 * a key lookup would find on an empty object. test/data keeps the field list in step with core.
 */
export const RESERVED_METRIC_KEYS: ReadonlySet<string> = new Set([
  "id",
  "key",
  "name",
  "name_en",
  "city",
  "cities",
  "district",
  "industry",
  "industry_en",
  "level",
  "kind",
  "program",
  "batch",
  "announced",
  "status",
  "lead",
  "enterprises",
  "sources",
  "name_basis",
  "note",
  "name_zh",
  "lead_city",
  "city_code",
  "county_code",
  "industry_zh",
  "batch_number",
  "year",
  "announced_precision",
  ...Object.getOwnPropertyNames(Object.prototype),
]);

function metricKeys(d: Dataset): string[] {
  const all: Array<[where: string, list: Metric[]]> = [
    ...d.programs.map((p): [string, Metric[]] => [`program ${p.id}`, p.metrics ?? []]),
    ...d.cities.map((c): [string, Metric[]] => [`city ${c.id}`, c.metrics ?? []]),
    ...d.clusters.map((c): [string, Metric[]] => [`cluster ${c.id}`, c.metrics]),
  ];
  return all.flatMap(([where, list]) =>
    list
      .filter(
        (m) => RESERVED_METRIC_KEYS.has(m.key) || RESERVED_METRIC_KEYS.has(m.key.toLowerCase())
      )
      .map(
        (m) =>
          `metric key: ${where} metric "${m.key}" collides with a field name or object property`
      )
  );
}

/** The most characters an Excel cell holds; a longer text would be cut off in the sheet. */
export const EXCEL_CELL_LIMIT = 32767;

/** Every string in the dataset with its path. */
function strings(
  value: unknown,
  path: string,
  out: Array<[string, string]> = []
): Array<[string, string]> {
  if (typeof value === "string") out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  return out;
}

function textLengths(d: Dataset): string[] {
  return strings(d, "$")
    .filter(([, text]) => text.length > EXCEL_CELL_LIMIT)
    .map(
      ([path, text]) =>
        `text too long: ${path} has ${text.length} characters, more than an Excel cell holds (${EXCEL_CELL_LIMIT})`
    );
}

/** Every date field, with a readable location. */
function dates(d: Dataset): Array<[where: string, date: string]> {
  const found: Array<[string, string]> = [["updated", d.updated]];
  const add = (where: string, date: string | undefined) => {
    if (date !== undefined) found.push([where, date]);
  };
  for (const s of d.sources) add(`source ${s.id} date`, s.date);
  for (const p of d.programs) {
    for (const b of p.batches) {
      add(`program ${p.id} batch ${b.number} announced`, b.announced);
      add(`program ${p.id} batch ${b.number} noticeDate`, b.noticeDate);
      b.totals.forEach((t, i) =>
        add(`program ${p.id} batch ${b.number} total ${i + 1} asOf`, t.asOf)
      );
    }
    p.counts.forEach((t, i) => add(`program ${p.id} count ${i + 1} asOf`, t.asOf));
  }
  for (const c of d.clusters) add(`cluster ${c.id} announced`, c.announced);
  return found;
}

/** The schema's pattern allows day 31 in every month; the calendar does not. */
function isCalendarDate(date: string): boolean {
  const [year, month, day] = date.split("-").map(Number);
  if (day === undefined) return true;
  const utc = new Date(Date.UTC(year, month - 1, day));
  return (
    utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day
  );
}

function calendarDates(d: Dataset): string[] {
  return dates(d)
    .filter(([, date]) => !isCalendarDate(date))
    .map(([where, date]) => `impossible date: ${where} "${date}" is not a day of the calendar`);
}

/** The pane opens source addresses as links, so only web addresses may be stored. */
function sourceAddresses(d: Dataset): string[] {
  const problems: string[] = [];
  for (const s of d.sources) {
    if (s.url === undefined) continue;
    let protocol = "";
    try {
      protocol = new URL(s.url).protocol;
    } catch {
      // Not an absolute URL: reported below like any other non-web address.
    }
    if (protocol !== "http:" && protocol !== "https:")
      problems.push(`source ${s.id}: address "${s.url}" is not an http(s) URL`);
  }
  return problems;
}

/** A text marked as our translation must be one of the cluster's, and no source may print it. */
function translations(d: Dataset): string[] {
  const problems: string[] = [];
  for (const c of d.clusters) {
    if (c.translated?.includes("name") && c.nameForms.some((n) => n.zh === c.name.zh))
      problems.push(
        `cluster ${c.id}: name.zh is marked as a translation but is also a source's name form`
      );
  }
  return problems;
}

/** Linked records of one target must exist, differ and be of the same year. */
function targetLinks(d: Dataset): string[] {
  const problems: string[] = [];
  const targets = new Map(d.targets.map((t) => [t.id, t]));
  for (const t of d.targets) {
    if (t.sameTargetAs === undefined) continue;
    const other = targets.get(t.sameTargetAs);
    if (!other || other === t)
      problems.push(
        `dangling reference: target ${t.id} is the same as unknown target "${t.sameTargetAs}"`
      );
    else if (other.year !== t.year)
      problems.push(`target ${t.id}: linked target ${other.id} is of another year (${other.year})`);
  }
  return problems;
}
