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

/**
 * The candidates nearest to a canonical term (all at the smallest distance found, within a
 * tolerance that grows with its length), at most `max` distinct values.
 * Ties keep the candidates' order, so callers list the likelier kinds (cities) first.
 *
 * @example
 * suggest("烟太", [{ key: "烟台", value: "烟台" }]) //=> ["烟台"]
 */
export function suggest<T>(term: string, candidates: readonly Candidate<T>[], max = 3): T[] {
  const limit = tolerance(term);
  const scored: { distance: number; order: number; value: T }[] = [];
  candidates.forEach((candidate, order) => {
    const distance = editDistance(term, candidate.key, limit);
    if (distance <= limit) scored.push({ distance, order, value: candidate.value });
  });
  scored.sort((a, b) => a.distance - b.distance || a.order - b.order);
  const out: T[] = [];
  // Only the nearest: "yantia" should not also suggest every name two edits away.
  for (const { value } of scored.filter((s) => s.distance === scored[0].distance)) {
    if (!out.includes(value)) out.push(value);
    if (out.length === max) break;
  }
  return out;
}
