/**
 * The query language, as analysts type it: one parser for the pane's search and every
 * function's `query` argument. A query is a list of terms; each term is a place, an industry,
 * a cluster's own name, or a filter word (level, kind or programme, year, batch, status).
 * Spaces and list separators (、，,;) both separate terms, and text written without spaces
 * ("烟台生物医药") is split into known terms by longest match over the name index. The
 * dimensions combine in resolve.ts: OR within one, AND across them.
 */
import type { Cluster, Level } from "../data/types";
import type { Catalog, Entry, KindTarget } from "./catalog";
import { QueryTooLongError, UnknownNameError } from "./errors";
import { idEntry, idTextLimit } from "./ids";
import { STATUSES } from "./labels";
import { NameLookup } from "./lookup";
import { canonical } from "./names";
import { isHan, stripPlaceSuffix, stripProvincePrefix } from "./text";

/** What a term narrows: records of one place, industry or cluster name, or a property of them. */
export type Dimension =
  "place" | "industry" | "cluster" | "level" | "kind" | "year" | "batch" | "status";

export type Status = Cluster["status"];

/** What one term names. */
export type Match =
  | { dimension: "place" | "industry" | "cluster"; entries: readonly Entry[] }
  | { dimension: "level"; levels: readonly Level[] }
  | { dimension: "kind"; kinds: readonly KindTarget[] }
  | { dimension: "year"; year: number }
  | { dimension: "batch"; batch: number }
  | { dimension: "status"; statuses: readonly Status[] };

/** Where a term stands: which of the query's texts (cells), and its UTF-16 offsets in it. */
export interface Span {
  text: number;
  start: number;
  end: number;
}

export interface Term {
  /** The words as typed. */
  typed: string;
  at: Span;
  match: Match;
}

/** Terms one text may hold: enough for any real question, and a bound on a pasted paragraph's cost. */
export const MAX_TERMS = 64;

/**
 * Characters one text may hold: 64 terms of the longest names fit, and a pasted paragraph (up to
 * Excel's 32,767) is refused before any of it is read.
 */
export const MAX_QUERY_CHARS = 2_000;

/**
 * Longest span tried when splitting text written without spaces: twelve Chinese characters
 * (longer names are typed whole), or four times that with Latin letters ("strategic emerging").
 */
const MAX_SPLIT = 12;
const MAX_SPLIT_LATIN = 48;

/** Status words; the labels in STATUSES are accepted too. */
const STATUS_WORDS: Record<Status, readonly string[]> = {
  recognized: ["recognized", "recognised", "已认定", "认定", "正式", "final"],
  proposed: ["proposed", "公示", "拟认定", "拟", "notice", "public notice", "公示名单"],
};

const statusWords = new NameLookup<Status>();
for (const status of Object.keys(STATUS_WORDS) as Status[])
  for (const word of [...STATUS_WORDS[status], STATUSES[status].zh, STATUSES[status].en])
    statusWords.add(word, status);

const CHINESE_NUMERALS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  首: 1,
};

/** "第二批", "第2批", "首批", "batch2", "2ndbatch" (canonical: no spaces) → the batch number. */
function batchNumber(key: string): number | undefined {
  let m = /^第?([一二两三四五六七八九十]|十[一二三四五六七八九]|\d{1,2})批(?:次)?$/.exec(key);
  if (!m && key === "首批") return 1;
  if (!m) m = /^batch(?:no)?(\d{1,2})$/.exec(key) ?? /^(\d{1,2})(?:st|nd|rd|th)batch$/.exec(key);
  if (!m) return undefined;
  const text = m[1];
  // The numeral matched is all digits or all Chinese numerals.
  if (/\d/.test(text)) return Number(text) || undefined;
  if (text.length === 2) return 10 + CHINESE_NUMERALS[text[1]];
  return CHINESE_NUMERALS[text];
}

/** "2022", "2022年", "2022年度" → 2022. */
function yearNumber(key: string): number | undefined {
  const m = /^((?:19|20)\d\d)(?:年度?)?$/.exec(key);
  return m ? Number(m[1]) : undefined;
}

/** The dimension of a set of entries: a place wins, then an industry, then a cluster's name. */
function entriesMatch(entries: readonly Entry[]): Match {
  const categories = new Set(entries.map((entry) => entry.category));
  const dimension =
    categories.has("city") || categories.has("district")
      ? "place"
      : categories.has("industry")
        ? "industry"
        : "cluster";
  return { dimension, entries };
}

/** Keys to try after the exact one: without "山东省", without or with another 市/区/县. */
function fallbackKeys(key: string): string[] {
  // Stryker disable next-line ArrayDeclaration: a key not in canonical form names nothing
  const keys: string[] = [];
  for (const base of [key, stripProvincePrefix(key)]) {
    if (base === undefined) continue;
    if (base !== key) keys.push(base);
    const stem = stripPlaceSuffix(base);
    if (stem) keys.push(stem);
  }
  return keys;
}

/** The entries a canonical key names exactly (or with its suffix or province changed). */
export function exactEntries(catalog: Catalog, key: string): readonly Entry[] {
  const exact = catalog.names.getKey(key);
  if (exact.length > 0) return exact;
  for (const fallback of fallbackKeys(key)) {
    const found = catalog.names.getKey(fallback);
    if (found.length > 0) return found;
  }
  return [];
}

/** A filter word or a name that a whole canonical key is, or undefined. */
function exactMatch(catalog: Catalog, key: string): Match | undefined {
  const levels = catalog.levels.getKey(key);
  if (levels.length > 0) return { dimension: "level", levels };
  const kinds = catalog.kinds.getKey(key);
  if (kinds.length > 0) return { dimension: "kind", kinds };
  const statuses = statusWords.getKey(key);
  if (statuses.length > 0) return { dimension: "status", statuses };
  const year = yearNumber(key);
  if (year !== undefined) return { dimension: "year", year };
  const batch = batchNumber(key);
  if (batch !== undefined) return { dimension: "batch", batch };
  const entries = exactEntries(catalog, key);
  return entries.length > 0 ? entriesMatch(entries) : undefined;
}

/**
 * Years and batches are read by pattern, not looked up: a key starting so may be one whatever
 * its first two units.
 */
const PATTERN_START = /^[\d第首一二两三四五六七八九十b]/;

/**
 * False when no term exactMatch reads starts with the key's first two units, so no longer key
 * starting as it does is one either: an unknown word stops the search for longer spans at once.
 * A place read without its 市/区/县 keeps its first two units (the stem has at least two), and
 * one read without "山东" starts as the level word 山东省级 does, so neither is refused.
 */
function mayStartTerm(catalog: Catalog, key: string): boolean {
  return (
    catalog.names.mayStartWith(key) ||
    catalog.levels.mayStartWith(key) ||
    catalog.kinds.mayStartWith(key) ||
    statusWords.mayStartWith(key) ||
    PATTERN_START.test(key)
  );
}

/** Part of an industry or cluster name ("海洋" → 海洋工程装备 …); Latin needs three letters. */
function containsMatch(catalog: Catalog, key: string): Match | undefined {
  if (!isHan(key) && key.length < 3) return undefined;
  const entries = catalog.contains.findKey(key);
  return entries.length > 0 ? entriesMatch(entries) : undefined;
}

/** One unit of a query: a run of Latin letters, a run of digits, or one Chinese character. */
interface Atom {
  key: string;
  start: number;
  end: number;
  /** Index of the space-separated word it belongs to: contains matches stay inside one. */
  word: number;
}

const SEPARATOR = /[、,;|/\n\r，；｜／､]/;
const SPACE = /\s/;

/** Canonical keys of the ASCII and ideograph characters met so far: atomise asks one per character. */
const plainKeys = new Map<string, string>();

function plainKey(char: string): string {
  let key = plainKeys.get(char);
  if (key === undefined) {
    key = canonical(char);
    plainKeys.set(char, key);
  }
  return key;
}

function isAsciiWordChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a);
}

/**
 * The query text as segments (between list separators) of atoms, each with its canonical key
 * and its offsets in the text. Plain ASCII and unified ideographs skip Unicode normalisation.
 */
function atomise(text: string): Atom[][] {
  const segments: Atom[][] = [];
  let atoms: Atom[] = [];
  let word = 0;
  // Stryker disable next-line BooleanLiteral: word numbers are only compared with each other
  let gap = true;
  for (let i = 0; i < text.length;) {
    const point = text.codePointAt(i)!;
    const width = point > 0xffff ? 2 : 1;
    const char = text.slice(i, i + width);
    const plain = point < 0x80 || (point >= 0x3400 && point <= 0x9fff);
    const folded = plain ? char : char.normalize("NFKC");
    if (SEPARATOR.test(folded)) {
      if (atoms.length > 0) segments.push(atoms);
      atoms = [];
      // Stryker disable next-line BooleanLiteral: word numbers are compared within a segment only
      gap = true;
    } else if (SPACE.test(folded)) {
      gap = true;
    } else {
      const key = plain ? plainKey(char) : canonical(folded);
      if (key.length === 0) {
        gap = true;
      } else {
        // Stryker disable next-line UpdateOperator: word numbers are only compared with each other
        if (gap) word++;
        gap = false;
        const previous = atoms[atoms.length - 1];
        const code = key.charCodeAt(0);
        // Letters join letters and digits join digits: "batch2" is "batch" then "2". An atom
        // ending at i is of the same word: every character that ends a word takes a unit.
        const joins =
          previous !== undefined &&
          previous.end === i &&
          isAsciiWordChar(code) &&
          isAsciiWordChar(previous.key.charCodeAt(previous.key.length - 1)) &&
          code <= 0x39 === previous.key.charCodeAt(previous.key.length - 1) <= 0x39;
        if (joins) {
          previous.key += key;
          previous.end = i + width;
        } else atoms.push({ key, start: i, end: i + width, word });
      }
    }
    i += width;
  }
  if (atoms.length > 0) segments.push(atoms);
  return segments;
}

function joinKeys(atoms: readonly Atom[], from: number, to: number): string {
  let key = "";
  for (let i = from; i < to; i++) key += atoms[i].key;
  return key;
}

/**
 * Longest cluster id starting at atom `i`, as [end, match]: atoms of letters and digits, joined
 * directly or by one hyphen, read as typed (ids.ts folds case and width only).
 */
function longestId(
  catalog: Catalog,
  text: string,
  atoms: readonly Atom[],
  i: number
): [number, Match] | undefined {
  let best: [number, Match] | undefined;
  // The checks below bound the work only: a span that is no id as written is found in no map.
  // Stryker disable next-line ConditionalExpression: a bound on work only
  if (!isAsciiWordChar(atoms[i].key.charCodeAt(0))) return undefined;
  const limit = idTextLimit(catalog);
  // Stryker disable next-line ConditionalExpression: a bound on work only
  for (let j = i; j < atoms.length && (j === i || hyphenJoined(text, atoms, j - 1)); j++) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a bound on work only
    if (atoms[j].end - atoms[i].start > limit) break;
    const entry = idEntry(catalog, text.slice(atoms[i].start, atoms[j].end));
    if (entry) best = [j + 1, { dimension: "cluster", entries: [entry] }];
  }
  return best;
}

/** Whether atoms `j` and `j + 1` are letters or digits written together or with one hyphen between, as in an id. */
function hyphenJoined(text: string, atoms: readonly Atom[], j: number): boolean {
  if (!isAsciiWordChar(atoms[j].key.charCodeAt(0))) return false;
  if (!isAsciiWordChar(atoms[j + 1].key.charCodeAt(0))) return false;
  const between = text.slice(atoms[j].end, atoms[j + 1].start);
  return between === "" || between.normalize("NFKC") === "-";
}

/**
 * Longest exact term starting at atom `i` (at least two characters when splitting), or the
 * longest id when it is longer, as [end, match].
 */
function longestExact(
  catalog: Catalog,
  text: string,
  atoms: readonly Atom[],
  i: number
): [number, Match] | undefined {
  const id = longestId(catalog, text, atoms, i);
  let best: [number, Match] | undefined;
  let key = "";
  for (let j = i; j < atoms.length; j++) {
    key += atoms[j].key;
    if (key.length > (isHan(key) ? MAX_SPLIT : MAX_SPLIT_LATIN) && j > i) break;
    if (key.length < 2) continue;
    if (!mayStartTerm(catalog, key)) break;
    const match = exactMatch(catalog, key);
    if (match) best = [j + 1, match];
  }
  return id && (!best || id[0] > best[0]) ? id : best;
}

/** Longest part of a name starting at atom `i` within its word, as [end, match]. */
function longestContained(
  catalog: Catalog,
  atoms: readonly Atom[],
  i: number,
  minimum: number
): [number, Match] | undefined {
  let best: [number, Match] | undefined;
  let key = "";
  // A text no name contains cannot be inside a longer one that is: stop at the first miss.
  for (let j = i; j < atoms.length && atoms[j].word === atoms[i].word; j++) {
    key += atoms[j].key;
    if (key.length < minimum) continue;
    const match = containsMatch(catalog, key);
    if (!match) break;
    best = [j + 1, match];
  }
  return best;
}

function unknownWord(
  catalog: Catalog,
  text: string,
  index: number,
  atoms: readonly Atom[],
  i: number,
  suggest: Suggest
): UnknownNameError {
  // A word misspelt near its end ("生物医要", "国家吉") was read up to the typo; when the whole
  // space-separated word is near a name, the whole word is what to replace.
  let first = i;
  while (first > 0 && atoms[first - 1].word === atoms[i].word) first--;
  let last = i + 1;
  while (last < atoms.length && atoms[last].word === atoms[i].word) last++;
  // An unknown Latin word joined to others by hyphens ("ns1-jinan-it-servics", "hihg-end") is
  // replaced with them when they are near a name or an id.
  let runFirst = i;
  while (runFirst > 0 && hyphenJoined(text, atoms, runFirst - 1)) runFirst--;
  let runLast = i + 1;
  while (runLast < atoms.length && hyphenJoined(text, atoms, runLast - 1)) runLast++;
  // Within one word, the rule for a whole word below serves.
  if (runFirst < first || runLast > last) {
    const run = suggest(joinKeys(atoms, runFirst, runLast));
    if (run.suggestions.length > 0) return errorAt(text, index, atoms, runFirst, runLast, run);
  }
  if (first < i) {
    const whole = suggest(joinKeys(atoms, first, last));
    if (whole.suggestions.length > 0) return errorAt(text, index, atoms, first, last, whole);
  }
  // Otherwise the unknown word ends where its word ends, or where a known name starts.
  let end = i + 1;
  while (end < last && end - i < MAX_SPLIT && !longestExact(catalog, text, atoms, end)) end++;
  return errorAt(text, index, atoms, i, end, suggest(joinKeys(atoms, i, end)));
}

function errorAt(
  text: string,
  index: number,
  atoms: readonly Atom[],
  from: number,
  to: number,
  { category, suggestions }: ReturnType<Suggest>
): UnknownNameError {
  const at = { text: index, start: atoms[from].start, end: atoms[to - 1].end };
  return new UnknownNameError(text.slice(at.start, at.end), category, suggestions, "query", at);
}

/** How the parser asks for suggestions: resolve.ts owns the suggesters. */
export type Suggest = (key: string) => {
  category: UnknownNameError["category"];
  suggestions: UnknownNameError["suggestions"];
};

/** The terms of one segment: the whole of it when it is a name, else split by longest match. */
function segmentTerms(
  catalog: Catalog,
  text: string,
  index: number,
  atoms: readonly Atom[],
  suggest: Suggest,
  out: Term[],
  base: number
): void {
  const push = (from: number, to: number, match: Match) => {
    if (out.length - base >= MAX_TERMS) throw new QueryTooLongError(MAX_TERMS);
    const at = { text: index, start: atoms[from].start, end: atoms[to - 1].end };
    out.push({ typed: text.slice(at.start, at.end), at, match });
  };
  const whole = joinKeys(atoms, 0, atoms.length);
  const wholeMatch = whole.length <= catalog.names.longest ? exactMatch(catalog, whole) : undefined;
  if (wholeMatch) return push(0, atoms.length, wholeMatch);
  // Where the last term read as part of a name began, while the next may join it (a word of one
  // character in between is another word, so it never joins).
  let partFrom = -1;
  for (let i = 0; i < atoms.length;) {
    const exact = longestExact(catalog, text, atoms, i);
    // One Chinese character is a search only as a word of its own ("烟", typed so far).
    const alone =
      (i + 1 === atoms.length || atoms[i + 1].word !== atoms[i].word) &&
      (i === 0 || atoms[i - 1].word !== atoms[i].word);
    const contained = longestContained(catalog, atoms, i, alone ? 1 : 2);
    const best =
      exact && (!contained || exact[0] >= contained[0]) ? exact : (contained ?? undefined);
    if (!best) {
      const single = alone ? exactMatch(catalog, atoms[i].key) : undefined;
      if (single) {
        push(i, i + 1, single);
        i++;
        continue;
      }
      throw unknownWord(catalog, text, index, atoms, i, suggest);
    }
    if (best !== exact && partFrom >= 0 && atoms[partFrom].word === atoms[i].word) {
      // Parts of names typed together ("材料产" + "集群") are parts of one name: it must hold
      // both, or a typo in one name would widen to every name holding a common word.
      const previous = out.pop()!.match as { entries: readonly Entry[] };
      // A Set, not includes(): at 100k records a common word is part of most names.
      const next = new Set((best[1] as { entries: readonly Entry[] }).entries);
      const both = previous.entries.filter((entry) => next.has(entry));
      if (both.length === 0) throw unknownWord(catalog, text, index, atoms, partFrom, suggest);
      push(partFrom, best[0], entriesMatch(both));
    } else {
      partFrom = best === exact ? -1 : i;
      push(i, best[0], best[1]);
    }
    i = best[0];
  }
}

/**
 * The terms of a query given as texts (a function's query cells, or the pane's search box).
 * Throws `UnknownNameError` for the first word it cannot read, with where it stands and the
 * nearest names, and `QueryTooLongError` past `MAX_TERMS` terms in one text.
 *
 * @example
 * parseQuery(catalog, ["烟台生物医药"], suggest).map((t) => t.typed) //=> ["烟台", "生物医药"]
 */
export function parseQuery(catalog: Catalog, texts: readonly string[], suggest: Suggest): Term[] {
  const terms: Term[] = [];
  texts.forEach((text, index) => {
    if (text.length > MAX_QUERY_CHARS) throw new QueryTooLongError(MAX_TERMS);
    const base = terms.length;
    for (const atoms of atomise(text))
      segmentTerms(catalog, text, index, atoms, suggest, terms, base);
  });
  return terms;
}

/**
 * The query text with one term replaced, for a suggestion the user picked.
 *
 * @example
 * replaceSpan("烟太 生物医药", { text: 0, start: 0, end: 2 }, "烟台") //=> "烟台 生物医药"
 */
export function replaceSpan(text: string, at: Span, replacement: string): string {
  return text.slice(0, at.start) + replacement + text.slice(at.end);
}
