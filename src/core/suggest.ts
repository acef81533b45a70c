/**
 * Closest-name suggestions for input that matches nothing ("烟太" → 烟台, "yantia" → Yantai).
 * Only runs on the error path, over canonical keys.
 */

/** A canonical key and what to show when suggesting it. */
export interface Candidate<T> {
  key: string;
  value: T;
}

/** The code points of a text, without building an array of strings. */
function codePointsOf(text: string): Int32Array {
  const points = new Int32Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const point = text.codePointAt(i)!;
    if (point > 0xffff) i++;
    points[n++] = point;
  }
  return points.subarray(0, n);
}

/** Rows reused by every distance, grown when a longer key comes. */
let rows: [Int32Array, Int32Array, Int32Array] = [
  new Int32Array(64),
  new Int32Array(64),
  new Int32Array(64),
];

/**
 * Optimal string alignment distance between code point arrays, computed only within `limit`
 * of the diagonal (a cell further out is more than `limit` already); `limit + 1` when exceeded.
 */
function pointDistance(s: Int32Array, t: Int32Array, limit: number): number {
  const n = s.length;
  const m = t.length;
  const over = limit + 1;
  if (Math.abs(n - m) > limit) return over;
  if (rows[0].length < m + 1)
    rows = [new Int32Array(m + 1), new Int32Array(m + 1), new Int32Array(m + 1)];
  let [before, previous, current] = rows;
  for (let j = 0; j <= m; j++) {
    previous[j] = j <= limit ? j : over;
    before[j] = over;
  }
  for (let i = 1; i <= n; i++) {
    // Stryker disable next-line MethodExpression: a band widened to the left computes the same clamped cells
    const lo = Math.max(1, i - limit);
    // Stryker disable next-line MethodExpression: a band widened to the right computes the same clamped cells
    const hi = Math.min(m, i + limit);
    current[0] = i <= limit ? i : over;
    if (lo > 1) current[lo - 1] = over;
    let rowMin = current[0];
    for (let j = lo; j <= hi; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = previous[j] + 1;
      if (current[j - 1] + 1 < d) d = current[j - 1] + 1;
      if (previous[j - 1] + cost < d) d = previous[j - 1] + cost;
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1] && before[j - 2] + 1 < d)
        d = before[j - 2] + 1;
      if (d > over) d = over;
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (hi < m) current[hi + 1] = over;
    if (rowMin > limit) return over;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return Math.min(previous[m], over);
}

/**
 * Edit distance counting an adjacent swap as one edit (optimal string alignment), so a
 * typed "yantia" is one step from "yantai". Returns `limit + 1` as soon as it is exceeded.
 *
 * @example
 * editDistance("yantia", "yantai", 3) //=> 1
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(codePoints(a) - codePoints(b)) > limit) return limit + 1;
  return pointDistance(codePointsOf(a), codePointsOf(b), limit);
}

/** How far a key may be from the input: one edit for short names, a third of the length for long ones. */
function tolerance(length: number): number {
  return Math.min(3, Math.max(1, Math.floor(length / 3)));
}

/** The values of the scored candidates at the smallest distance, in candidate order, at most `max`. */
function nearest<T>(
  scored: { distance: number; order: number }[],
  values: readonly T[],
  max: number
): T[] {
  scored.sort((a, b) => a.distance - b.distance || a.order - b.order);
  const out: T[] = [];
  // Only the nearest: "yantia" should not also suggest every name two edits away.
  for (const { distance, order } of scored) {
    if (distance !== scored[0].distance || out.length === max) break;
    if (!out.includes(values[order])) out.push(values[order]);
  }
  return out;
}

/**
 * The candidates nearest to a canonical term (all at the smallest distance found, within a
 * tolerance that grows with its length), at most `max` distinct values.
 * Ties keep the candidates' order, so callers list the likelier kinds (cities) first.
 * Compares the term with every candidate: the reference `Suggester` is checked against.
 *
 * @example
 * suggest("烟太", [{ key: "烟台", value: "烟台" }]) //=> ["烟台"]
 */
export function suggest<T>(term: string, candidates: readonly Candidate<T>[], max = 3): T[] {
  const limit = tolerance(codePoints(term));
  const scored: { distance: number; order: number }[] = [];
  candidates.forEach(({ key }, order) => {
    const distance = editDistance(term, key, limit);
    if (distance <= limit) scored.push({ distance, order });
  });
  return nearest(
    scored,
    candidates.map((c) => c.value),
    max
  );
}

/**
 * Length in code points, as `editDistance` compares (without building an array of them): a
 * surrogate pair is one, and so is a lone half of one (a text cut inside an emoji).
 */
function codePoints(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length--;
        i++;
      }
    }
  }
  return length;
}

/** Suggestions one Suggester remembers, by term: a column of one typo is searched once. */
const REMEMBERED = 1_000;

/**
 * `suggest` over a fixed list of candidates, through an index of their characters. One edit
 * changes a text's character counts by at most two (a swap by none), so a key within `limit`
 * edits of the term shares at least (term length + key length − 2 × limit) / 2 characters with
 * it, counted with repeats. Only keys of a near length that share that many characters are
 * measured, with a distance computed near the diagonal; the filter drops no key that could be
 * within the tolerance, so this gives exactly what `suggest` gives over the same list. Answers
 * are remembered by term.
 *
 * @example
 * new Suggester([{ key: "yantai", value: "Yantai" }]).suggest("yantia") //=> ["Yantai"]
 */
export class Suggester<T> {
  private readonly values: T[];
  private readonly points: Int32Array[];
  /** Candidate ids by key length in code points, ascending. */
  private readonly byLength: number[][] = [];
  /**
   * Code point → the keys holding it, with how many times each holds it and its length, in
   * ascending order of length: a search reads only the keys of a near length.
   */
  private readonly postings = new Map<number, Posting>();
  /** Characters shared with the term being measured, per candidate (zero between calls). */
  private readonly shared: Int32Array;
  private readonly remembered = new Map<string, T[]>();

  constructor(candidates: readonly Candidate<T>[]) {
    this.values = candidates.map((c) => c.value);
    this.points = candidates.map((c) => codePointsOf(c.key));
    this.shared = new Int32Array(candidates.length);
    for (let id = 0; id < this.points.length; id++)
      (this.byLength[this.points[id].length] ??= []).push(id);
    // Keys in order of length, so each posting comes out sorted by length, and a character
    // the key holds again is always its posting's last entry: counted there, with no Map per key.
    for (const ids of this.byLength) {
      if (ids === undefined) continue;
      for (const id of ids) {
        const points = this.points[id];
        for (let i = 0; i < points.length; i++) {
          let posting = this.postings.get(points[i]);
          if (posting === undefined)
            this.postings.set(points[i], (posting = { ids: [], counts: [], lengths: [] }));
          // Stryker disable next-line ArithmeticOperator: repeats counted apart only loosen the filter
          const last = posting.ids.length - 1;
          if (last >= 0 && posting.ids[last] === id) posting.counts[last]++;
          else {
            posting.ids.push(id);
            posting.counts.push(1);
            posting.lengths.push(points.length);
          }
        }
      }
    }
  }

  suggest(term: string, max = 3): T[] {
    // The maximum leads the key: a term cannot contain the separator's place, so no two collide.
    const key = `${max}\u0000${term}`;
    let found = this.remembered.get(key);
    if (found === undefined) {
      found = this.search(term, max);
      // Stryker disable next-line ConditionalExpression,EqualityOperator: eviction changes what is remembered, not the answers
      if (this.remembered.size >= REMEMBERED)
        this.remembered.delete(this.remembered.keys().next().value!);
      this.remembered.set(key, found);
    }
    return found.slice();
  }

  private search(term: string, max: number): T[] {
    const n = codePoints(term);
    const limit = tolerance(n);
    if (n - limit >= this.byLength.length) return [];
    const points = codePointsOf(term);
    // Stryker disable next-line MethodExpression: a wider range of lengths only measures more keys
    const lo = Math.max(0, n - limit);
    const hi = n + limit;
    // Keys of a near length sharing at least one character, with how many they share.
    const touched: number[] = [];
    for (const [point, count] of countPoints(points)) {
      const posting = this.postings.get(point);
      if (posting === undefined) continue;
      const { ids, counts, lengths } = posting;
      // Stryker disable next-line LogicalOperator: longer keys read are turned down by the distance
      for (let k = firstAtLeast(lengths, lo); k < ids.length && lengths[k] <= hi; k++) {
        const id = ids[k];
        if (this.shared[id] === 0) touched.push(id);
        // Stryker disable next-line MethodExpression: counting more shared characters only loosens the filter
        this.shared[id] += Math.min(count, counts[k]);
      }
    }
    const scored: { distance: number; order: number }[] = [];
    const measure = (id: number) => {
      const distance = pointDistance(points, this.points[id], limit);
      if (distance <= limit) scored.push({ distance, order: id });
    };
    // Keys short enough to be near while sharing nothing ("y" → "ya").
    // Stryker disable next-line ArithmeticOperator,MethodExpression: more lengths scanned only measure more keys
    for (let length = lo; length <= Math.min(hi, 2 * limit - n); length++)
      // Stryker disable next-line ArrayDeclaration: the fallback's entry is no candidate, so nothing is measured
      for (const id of this.byLength[length] ?? []) if (this.shared[id] === 0) measure(id);
    for (const id of touched) {
      if (2 * this.shared[id] >= n + this.points[id].length - 2 * limit) measure(id);
      this.shared[id] = 0;
    }
    return nearest(scored, this.values, max);
  }
}

/** The keys holding one code point, in ascending order of key length. */
interface Posting {
  ids: number[];
  counts: number[];
  lengths: number[];
}

/** The first position whose length is at least `length` (lengths ascending). */
function firstAtLeast(lengths: readonly number[], length: number): number {
  let lo = 0;
  let hi = lengths.length;
  while (lo < hi) {
    // Stryker disable next-line ArithmeticOperator: a negative midpoint scans from the first key, which is only slower
    const mid = (lo + hi) >> 1;
    if (lengths[mid] < length) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many times each code point occurs. */
function countPoints(points: Int32Array): Map<number, number> {
  const counts = new Map<number, number>();
  for (const point of points) counts.set(point, (counts.get(point) ?? 0) + 1);
  return counts;
}
