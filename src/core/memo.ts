/**
 * Per-catalog memos for repeated identical queries. A catalog and its dataset never change once
 * built, so an answer computed for the same arguments stays right for as long as the catalog
 * lives; the memo goes with it (WeakMap). Each memo is bounded, dropping its oldest entry, so
 * that a sheet of distinct queries cannot grow it without limit. Failures are kept too (as the
 * error to throw again), so a column of the same typo computes its suggestions once.
 */

/** Entries one memo keeps before dropping its oldest. */
export const MEMO_LIMIT = 1_000;

/** The longest text V8 hashes by its content (String::kMaxHashCalcLength); longer ones are not kept. */
export const MAX_HASHED_CHARS = 16_383;

/**
 * The memo `create` makes for one owner (a catalog), made on first use.
 *
 * @example
 * const counts = perOwner(() => new BoundedMemo<number>());
 * counts(catalog).set(["烟台", "", ""], 9);
 */
export function perOwner<O extends object, M>(create: (owner: O) => M): (owner: O) => M {
  const memos = new WeakMap<O, M>();
  return (owner) => {
    let memo = memos.get(owner);
    if (memo === undefined) {
      memo = create(owner);
      memos.set(owner, memo);
    }
    return memo;
  };
}

/**
 * One text standing for a list argument. Every list is read item by item after `splitList`,
 * which also splits at line breaks, so joining the texts with "\n" names the same items: lists
 * that share a key always have the same answer. A single text is its own key, so a hit builds
 * no string (and reuses the hash V8 keeps on it).
 *
 * @example
 * listKey(["烟台", "青岛"]) //=> "烟台\n青岛"
 */
export function listKey(texts: readonly string[] | undefined): string {
  if (texts === undefined) return "";
  // Stryker disable next-line ConditionalExpression,EqualityOperator: joining one text gives that text; the shortcut only keeps its string (and hash)
  return texts.length === 1 ? texts[0] : texts.join("\n");
}

/**
 * A memo keyed by a fixed number of texts (nested Maps, so no combined key is built per
 * lookup), bounded to `limit` entries; the oldest insertion goes first. Lookups do not reorder
 * entries, so a hit is one Map lookup per text.
 *
 * @example
 * const memo = new BoundedMemo<number>(1);
 * memo.set(["a"], 1); memo.set(["b"], 2);
 * memo.get(["a"]) //=> undefined
 */
export class BoundedMemo<V, K = string> {
  private readonly root = new Map<K, unknown>();
  private readonly order: (readonly K[])[] = [];

  constructor(private readonly limit = MEMO_LIMIT) {}

  get size(): number {
    return this.order.length;
  }

  get(keys: readonly K[]): V | undefined {
    let node: unknown = this.root;
    for (const key of keys) {
      node = (node as Map<K, unknown>).get(key);
      if (node === undefined) return undefined;
    }
    return node as V;
  }

  set(keys: readonly K[], value: V): void {
    // V8 hashes a longer text by its length alone: kept, every text of one length would share
    // a hash, and each lookup would compare them all. Such texts are refused before being read.
    if (keys.some((key) => typeof key === "string" && key.length > MAX_HASHED_CHARS)) return;
    if (this.get(keys) !== undefined) return;
    if (this.order.length >= this.limit) this.remove(this.order.shift()!);
    let node = this.root;
    for (const key of keys.slice(0, -1)) {
      let next = node.get(key) as Map<K, unknown> | undefined;
      if (next === undefined) {
        next = new Map();
        node.set(key, next);
      }
      node = next;
    }
    node.set(keys[keys.length - 1], value);
    this.order.push(keys);
  }

  /** Deletes one entry, and the Maps on its path that it leaves empty. */
  private remove(keys: readonly K[]): void {
    const path: Map<K, unknown>[] = [this.root];
    // Stryker disable next-line MethodExpression: a step for the last key too only adds the value, which the loop below never reads
    for (const key of keys.slice(0, -1))
      path.push(path[path.length - 1].get(key) as Map<K, unknown>);
    for (let i = keys.length - 1; i >= 0; i--) {
      path[i].delete(keys[i]);
      if (path[i].size > 0) break;
    }
  }
}

/**
 * What `compute` gives for `keys`, remembered in `memo`; an error of class `Expected` is
 * remembered too and thrown again every time it is asked (a sheet of one typo computes it once).
 * Any other error passes through, not remembered.
 */
export function memoised<V, E extends Error, K = string>(
  memo: BoundedMemo<V | E, K>,
  keys: readonly K[],
  // A class by its prototype, so that classes with protected constructors serve too.
  Expected: Function & { prototype: E },
  compute: () => V
): V {
  let found = memo.get(keys);
  if (found === undefined) {
    try {
      found = compute();
    } catch (error) {
      if (!(error instanceof Expected)) throw error;
      found = error as E;
    }
    memo.set(keys, found);
  }
  if (found instanceof Expected) throw found;
  return found as V;
}
