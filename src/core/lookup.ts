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
  // Nearly every name has one value, kept as it is; only a name several share holds a list (at
  // 100k records a list per name was a sixth of the catalog's heap).
  private readonly map = new Map<string, T | Several<T>>();
  /** The first two UTF-16 units of every key, hashed to bits: a clear bit means no key starts so. */
  // Stryker disable next-line ArithmeticOperator: a larger table only adds bytes no bit falls in
  private readonly starts = new Uint8Array(STARTS_BITS / 8);
  /** The longest key, in UTF-16 units: a query parser never needs to try a longer span. */
  longest = 0;

  /** Registers a name (any spelling; it is canonicalised here). Empty names are ignored. */
  add(name: string, value: T): void {
    this.addKey(canonical(name), value);
  }

  /** Registers an already-canonical key, for forms such as pinyin that need no folding. */
  addKey(key: string, value: T): void {
    if (key.length === 0) return;
    const found = this.map.get(key);
    if (found === undefined) {
      this.map.set(key, value);
      if (key.length > this.longest) this.longest = key.length;
      const bit = startBit(key);
      this.starts[bit >> 3] |= 1 << (bit & 7);
    } else if (found instanceof Several) {
      if (!found.values.includes(value)) found.values.push(value);
    } else if (found !== value) this.map.set(key, new Several([found, value]));
  }

  /** The values registered under a canonical key (the caller canonicalises once for many lookups). */
  getKey(key: string): readonly T[] {
    const found = this.map.get(key);
    if (found === undefined) return [];
    return found instanceof Several ? found.values : [found];
  }

  get(name: string): readonly T[] {
    return this.getKey(canonical(name));
  }

  /**
   * False when no key starts with the first two units of `text` (at least two long), so no
   * longer text starting as it does is a key either: a parser trying longer and longer spans
   * stops there. True may be a false alarm (two pairs can share a bit).
   */
  mayStartWith(text: string): boolean {
    const bit = startBit(text);
    return (this.starts[bit >> 3] & (1 << (bit & 7))) !== 0;
  }

  /** Every key with its values, in insertion order, as suggestion candidates. */
  candidates(): Candidate<T>[] {
    const out: Candidate<T>[] = [];
    for (const [key, found] of this.map) {
      if (!(found instanceof Several)) out.push({ key, value: found });
      else for (const value of found.values) out.push({ key, value });
    }
    return out;
  }
}

/** Bits in a NameLookup's table of key starts: few enough pairs share one at the dataset's size. */
const STARTS_BITS = 1 << 16;

/** The bit of a text's first two UTF-16 units (a one-unit key has its own, never asked for). */
function startBit(text: string): number {
  // Fibonacci hashing of the two units as one 32-bit number: its top 16 bits.
  // A one-unit text reads its second unit as 0, not as charCodeAt's NaN, which V8 handles slowly.
  const second = text.length > 1 ? text.charCodeAt(1) : 0;
  return Math.imul((text.charCodeAt(0) << 16) | second, 0x9e3779b1) >>> 16;
}

/** The values of a name several share (a district and an industry can both be "海洋"). */
class Several<T> {
  constructor(readonly values: T[]) {}
}

/** Between texts in a SubstringIndex's joined text: no canonical name holds it. */
const SEPARATOR = "\u0000";

/** One SubstringIndex side: the ids of its texts, and once searched, the texts joined. */
interface Side {
  ids: number[];
  joined?: Joined;
}

/** The texts of one SubstringIndex side, joined, with where each starts. */
interface Joined {
  text: string;
  starts: Int32Array;
}

/**
 * "Contains" search over canonical texts, as one search through them joined: the texts of a
 * side are one string (separated by a character no name holds), which `indexOf` scans far
 * faster than a loop over the texts, and which costs one join instead of an index of
 * character pairs (at 100k records the pairs took seconds to index). Texts with a non-ASCII
 * character are one side, ASCII texts the other, so a Chinese key scans only the Chinese side.
 * Joined on the first search, not with the catalog.
 *
 * @example
 * const names = new SubstringIndex<string>();
 * names.add("烟台市海洋工程装备产业集群", "ns1-yantai-offshore");
 * names.find("海洋工程") //=> ["ns1-yantai-offshore"]
 */
export class SubstringIndex<T> {
  private readonly texts: string[] = [];
  private readonly values: T[] = [];
  /** The texts' ids by side, each side joined when it is first searched. */
  private sides: { wide: Side; ascii: Side } | undefined;

  add(name: string, value: T): void {
    this.addKey(canonical(name), value);
  }

  /** Adds an already-canonical text (the catalog canonicalises each name once for every index). */
  addKey(text: string, value: T): void {
    if (text.length === 0) return;
    this.texts.push(text);
    this.values.push(value);
    this.sides = undefined;
  }

  private sidesOf(): { wide: Side; ascii: Side } {
    if (this.sides) return this.sides;
    const wide: number[] = [];
    const ascii: number[] = [];
    this.texts.forEach((text, id) => (ASCII_ONLY.test(text) ? ascii : wide).push(id));
    return (this.sides = { wide: { ids: wide }, ascii: { ids: ascii } });
  }

  /** A side's texts as one string: a Chinese key never pays for joining the English names. */
  private joinedOf(side: Side): Joined {
    if (side.joined) return side.joined;
    const starts = new Int32Array(side.ids.length + 1);
    let at = 0;
    side.ids.forEach((id, i) => {
      starts[i] = at;
      at += this.texts[id].length + 1;
    });
    starts[side.ids.length] = at;
    const text = side.ids.map((id) => this.texts[id]).join(SEPARATOR) + SEPARATOR;
    return (side.joined = { text, starts });
  }

  /** Values whose text contains the canonical key, each once, in insertion order. */
  findKey(key: string): T[] {
    if (key.length === 0) return [];
    if (key.includes(SEPARATOR)) return [];
    const { wide, ascii } = this.sidesOf();
    const found: number[] = [];
    for (const side of ASCII_ONLY.test(key) ? [wide, ascii] : [wide]) {
      const { text, starts } = this.joinedOf(side);
      for (let at = text.indexOf(key); at >= 0;) {
        const i = textAt(starts, at);
        found.push(side.ids[i]);
        // The rest of that text needs no second look.
        at = text.indexOf(key, starts[i + 1]);
      }
    }
    if (found.length > 1) found.sort((a, b) => a - b);
    const out = new Set<T>();
    for (const id of found) out.add(this.values[id]);
    return [...out];
  }

  find(name: string): T[] {
    return this.findKey(canonical(name));
  }
}

const ASCII_ONLY = /^\p{ASCII}*$/u;

/** Which text of a side holds position `at` (the last start at or before it). */
function textAt(starts: Int32Array, at: number): number {
  let lo = 0;
  // Stryker disable next-line ArithmeticOperator: past the last text lie only the end and undefined, never <= at
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
