/**
 * Closest-name suggestions for input that matches nothing ("烟太" → 烟台, "yantia" → Yantai).
 * Only runs on the error path, over canonical keys.
 */

/** A canonical key and what to show when suggesting it. */
export interface Candidate<T> {
  key: string;
  value: T;
}

/**
 * Edit distance counting an adjacent swap as one edit (optimal string alignment), so a
 * typed "yantia" is one step from "yantai". Returns `limit + 1` as soon as it is exceeded.
 *
 * @example
 * editDistance("yantia", "yantai", 3) //=> 1
 */
export function editDistance(a: string, b: string, limit: number): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  let before = new Array<number>(t.length + 1).fill(0);
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        d = Math.min(d, before[j - 2] + 1);
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[t.length];
}

/** How far a key may be from the input: one edit for short names, a third of the length for long ones. */
function tolerance(term: string): number {
  return Math.min(3, Math.max(1, Math.floor([...term].length / 3)));
}

/** Candidates as parallel lists, each with its place in the list it came from (which breaks ties). */
interface Bucket<T> {
  keys: string[];
  values: T[];
  orders: number[];
}

/** The nearest of some buckets' candidates: all at the smallest distance, at most `max` values. */
function nearest<T>(term: string, limit: number, buckets: readonly Bucket<T>[], max: number): T[] {
  const scored: { distance: number; order: number; value: T }[] = [];
  for (const { keys, values, orders } of buckets) {
    for (let i = 0; i < keys.length; i++) {
      const distance = editDistance(term, keys[i], limit);
      if (distance <= limit) scored.push({ distance, order: orders[i], value: values[i] });
    }
  }
  scored.sort((a, b) => a.distance - b.distance || a.order - b.order);
  const out: T[] = [];
  // Only the nearest: "yantia" should not also suggest every name two edits away.
  for (const { value } of scored.filter((s) => s.distance === scored[0].distance)) {
    if (!out.includes(value)) out.push(value);
    if (out.length === max) break;
  }
  return out;
}

/**
 * The candidates nearest to a canonical term (all at the smallest distance found, within a
 * tolerance that grows with its length), at most `max` distinct values.
 * Ties keep the candidates' order, so callers list the likelier kinds (cities) first.
 *
 * @example
 * suggest("烟太", [{ key: "烟台", value: "烟台" }]) //=> ["烟台"]
 */
export function suggest<T>(term: string, candidates: readonly Candidate<T>[], max = 3): T[] {
  const bucket: Bucket<T> = {
    keys: candidates.map((c) => c.key),
    values: candidates.map((c) => c.value),
    orders: candidates.map((_, i) => i),
  };
  return nearest(term, tolerance(term), [bucket], max);
}

/** Length in code points, as `editDistance` compares (without building an array of them). */
function codePoints(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) length--;
  }
  return length;
}

/**
 * `suggest` over a fixed list of candidates, grouped once by key length. A key whose length
 * differs from the term's by more than the tolerance is never within it, so a lookup only
 * measures the few lengths that can be: on a large catalog, most keys are never compared.
 * Gives exactly what `suggest` gives over the same list.
 *
 * @example
 * new Suggester([{ key: "yantai", value: "Yantai" }]).suggest("yantia") //=> ["Yantai"]
 */
export class Suggester<T> {
  /** Candidates by the length of their key in code points, each in the original order. */
  private readonly byLength: Bucket<T>[] = [];

  constructor(candidates: readonly Candidate<T>[]) {
    for (let i = 0; i < candidates.length; i++) {
      const { key, value } = candidates[i];
      const bucket = (this.byLength[codePoints(key)] ??= { keys: [], values: [], orders: [] });
      bucket.keys.push(key);
      bucket.values.push(value);
      bucket.orders.push(i);
    }
  }

  suggest(term: string, max = 3): T[] {
    const limit = tolerance(term);
    const length = codePoints(term);
    const buckets: Bucket<T>[] = [];
    for (let l = Math.max(0, length - limit); l <= length + limit; l++) {
      const bucket = this.byLength[l];
      if (bucket) buckets.push(bucket);
    }
    return nearest(term, limit, buckets, max);
  }
}
