/**
 * The two lookup structures name resolution is built from: an exact Map keyed by canonical
 * form, and a character-gram index for "contains" matches. Both are filled once per dataset.
 */
import { canonical } from "./names";
import type { Candidate } from "./suggest";

/**
 * Canonical name → values. Several values may share a name (a district and an industry
 * can both be "海洋"); `get` returns them all.
 *
 * @example
 * const cities = new NameLookup<string>();
 * cities.add("煙臺", "yantai");
 * cities.get("烟台") //=> ["yantai"]
 */
export class NameLookup<T> {
  private readonly map = new Map<string, T[]>();
  /** The longest key, in UTF-16 units: a query parser never needs to try a longer span. */
  longest = 0;

  /** Registers a name (any spelling; it is canonicalised here). Empty names are ignored. */
  add(name: string, value: T): void {
    this.addKey(canonical(name), value);
  }

  /** Registers an already-canonical key, for forms such as pinyin that need no folding. */
  addKey(key: string, value: T): void {
    if (key.length === 0) return;
    const values = this.map.get(key);
    if (!values) {
      this.map.set(key, [value]);
      if (key.length > this.longest) this.longest = key.length;
    } else if (!values.includes(value)) values.push(value);
  }

  /** The values registered under a canonical key (the caller canonicalises once for many lookups). */
  getKey(key: string): readonly T[] {
    return this.map.get(key) ?? [];
  }

  get(name: string): readonly T[] {
    return this.getKey(canonical(name));
  }

  /** Every key with its values, in insertion order, as suggestion candidates. */
  candidates(): Candidate<T>[] {
    return [...this.map].flatMap(([key, values]) => values.map((value) => ({ key, value })));
  }
}

/** True for a character of the CJK unified ideograph blocks (as `isHan` in text.ts). */
function isHanChar(char: string): boolean {
  const code = char.charCodeAt(0);
  return (
    char.length === 1 && ((code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff))
  );
}

/**
 * "Contains" search over canonical texts without scanning them: every text is indexed by its
 * character pairs, and by its single characters where they are Chinese (a one-character
 * Chinese query is a word; a one-letter Latin one is not worth an index). A query looks at the
 * texts sharing its rarest pair and keeps those that really contain it. A one-character query
 * that is not Chinese, which nothing resolves by "contains" but a scalar lookup may try, reads
 * the texts one by one.
 *
 * @example
 * const names = new SubstringIndex<string>();
 * names.add("烟台市海洋工程装备产业集群", "ns1-yantai-offshore");
 * names.find("海洋工程") //=> ["ns1-yantai-offshore"]
 */
export class SubstringIndex<T> {
  private readonly texts: string[] = [];
  private readonly values: T[] = [];
  /**
   * Gram → ids of the texts containing it, ascending and each once. Built on the first search,
   * not with the catalog: most loads never search by part of a name, and at scale the grams are
   * most of the build.
   */
  private grams: Map<string, number[]> | undefined;
  /** Texts added since the grams were built. */
  private indexed = 0;

  add(name: string, value: T): void {
    this.addKey(canonical(name), value);
  }

  /** Adds an already-canonical text (the catalog canonicalises each name once for every index). */
  addKey(text: string, value: T): void {
    if (text.length === 0) return;
    this.texts.push(text);
    this.values.push(value);
  }

  private gramIndex(): Map<string, number[]> {
    const grams = (this.grams ??= new Map());
    for (; this.indexed < this.texts.length; this.indexed++) {
      const id = this.indexed;
      let previous = "";
      for (const char of this.texts[id]) {
        if (isHanChar(char)) post(grams, char, id);
        if (previous !== "") post(grams, previous + char, id);
        previous = char;
      }
    }
    return grams;
  }

  /** Values whose text contains the canonical key, each once, in insertion order. */
  findKey(key: string): T[] {
    const chars = [...key];
    if (chars.length === 0) return [];
    if (chars.length === 1 && !isHanChar(key)) return this.collect(undefined, key);
    const grams = chars.length === 1 ? chars : chars.slice(1).map((char, i) => chars[i] + char);
    const index = this.gramIndex();
    let rarest: number[] | undefined;
    for (const gram of grams) {
      const postings = index.get(gram);
      if (!postings) return [];
      if (!rarest || postings.length < rarest.length) rarest = postings;
    }
    return this.collect(rarest, key);
  }

  /** The values of the texts among `ids` (all texts when undefined) that contain `key`, each once. */
  private collect(ids: readonly number[] | undefined, key: string): T[] {
    const out = new Set<T>();
    const count = ids ? ids.length : this.texts.length;
    for (let i = 0; i < count; i++) {
      const id = ids ? ids[i] : i;
      if (this.texts[id].includes(key)) out.add(this.values[id]);
    }
    return [...out];
  }

  find(name: string): T[] {
    return this.findKey(canonical(name));
  }
}

function post(grams: Map<string, number[]>, gram: string, id: number): void {
  const postings = grams.get(gram);
  if (postings === undefined) grams.set(gram, [id]);
  // Ids only grow, so a text posting a gram twice ("海洋…海洋") is caught by the last one.
  else if (postings[postings.length - 1] !== id) postings.push(id);
}
