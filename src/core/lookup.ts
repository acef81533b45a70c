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

  /** Registers a name (any spelling; it is canonicalised here). Empty names are ignored. */
  add(name: string, value: T): void {
    this.addKey(canonical(name), value);
  }

  /** Registers an already-canonical key, for forms such as pinyin that need no folding. */
  addKey(key: string, value: T): void {
    if (key.length === 0) return;
    const values = this.map.get(key);
    if (!values) this.map.set(key, [value]);
    else if (!values.includes(value)) values.push(value);
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

/**
 * "Contains" search over canonical texts without scanning them: every text is indexed by its
 * characters and character pairs; a query looks at the texts sharing its rarest pair and
 * keeps those that really contain it.
 *
 * @example
 * const names = new SubstringIndex<string>();
 * names.add("烟台市海洋工程装备产业集群", "ns1-yantai-offshore");
 * names.find("海洋工程") //=> ["ns1-yantai-offshore"]
 */
export class SubstringIndex<T> {
  private readonly texts: { text: string; value: T }[] = [];
  private readonly grams = new Map<string, number[]>();

  add(name: string, value: T): void {
    const text = canonical(name);
    if (text.length === 0) return;
    const id = this.texts.push({ text, value }) - 1;
    const chars = [...text];
    const seen = new Set<string>();
    chars.forEach((char, i) => {
      for (const gram of i + 1 < chars.length ? [char, char + chars[i + 1]] : [char]) {
        if (seen.has(gram)) continue;
        seen.add(gram);
        const postings = this.grams.get(gram);
        if (postings) postings.push(id);
        else this.grams.set(gram, [id]);
      }
    });
  }

  /** Values whose text contains the canonical key, each once, in insertion order. */
  findKey(key: string): T[] {
    const chars = [...key];
    if (chars.length === 0) return [];
    const grams = chars.length === 1 ? chars : chars.slice(1).map((char, i) => chars[i] + char);
    let rarest: number[] | undefined;
    for (const gram of grams) {
      const postings = this.grams.get(gram);
      if (!postings) return [];
      if (!rarest || postings.length < rarest.length) rarest = postings;
    }
    const out = new Set<T>();
    for (const id of rarest ?? []) {
      const { text, value } = this.texts[id];
      if (text.includes(key)) out.add(value);
    }
    return [...out];
  }

  find(name: string): T[] {
    return this.findKey(canonical(name));
  }
}
