/**
 * How every figure is taken: variants compared with each other run interleaved (A, B, B, A …)
 * after a warm-up, each sample is a batch long enough for the clock to resolve, and the figure
 * is the median over samples. Shared machines are noisy, so ratios come from one interleaved
 * run, never from two separate ones.
 */
import { performance } from "node:perf_hooks";
import v8 from "node:v8";
import vm from "node:vm";

v8.setFlagsFromString("--expose-gc");
/** A full collection on demand (without a node flag, so `npm run bench` needs none). */
export const collectGarbage = vm.runInNewContext("gc") as () => void;

/** One operation to time; its result feeds a sink so the JIT cannot drop the work. */
export interface Variant {
  name: string;
  run: () => unknown;
  /** Untimed work before each timed operation (e.g. moving a spreadsheet's query cell away). */
  before?: () => void;
}

export interface Options {
  /** Samples kept per variant. */
  samples?: number;
  /** Samples thrown away first, so every variant is optimised before it counts. */
  warmup?: number;
  /** Time each variant runs untimed before anything else, so the JIT reaches its optimising tier. */
  warmupMs?: number;
  /** Minimum length of one sample, in ms: short operations are repeated in a batch. */
  minSampleMs?: number;
  /**
   * Collect garbage before every sample, so a variant that allocates a lot (a spreadsheet
   * engine) does not leave its collections to be paid inside the next variant's sample.
   */
  collect?: boolean;
}

let sink = 0;

/** Keeps results observable, so no benchmarked call can be optimised away. */
export function consume(value: unknown): void {
  if (typeof value === "number") sink += value;
  else if (typeof value === "string" || Array.isArray(value)) sink += value.length;
  else if (value !== undefined && value !== null) sink += 1;
}

/** The sink's value, printed once so that it is used. */
export function sinkValue(): number {
  return sink;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Microseconds per operation of one batch. */
function sample(variant: Variant, batch: number): number {
  if (variant.before) {
    // Work between operations must stay out of the clock, so these are timed one by one.
    let total = 0;
    for (let i = 0; i < batch; i++) {
      variant.before();
      const start = performance.now();
      consume(variant.run());
      total += performance.now() - start;
    }
    return (total * 1000) / batch;
  }
  const start = performance.now();
  for (let i = 0; i < batch; i++) consume(variant.run());
  return ((performance.now() - start) * 1000) / batch;
}

/** Operations per batch so that a batch lasts about `minMs`. */
function calibrate(variant: Variant, minMs: number): number {
  let batch = 1;
  for (;;) {
    const perOpUs = sample(variant, batch);
    if ((perOpUs * batch) / 1000 >= minMs || batch >= 1 << 22) return batch;
    batch = Math.min(
      1 << 22,
      Math.max(batch * 2, Math.ceil((minMs * 1000) / Math.max(perOpUs, 1e-3)))
    );
  }
}

/**
 * Median µs per operation of each variant, measured interleaved: every round runs each
 * variant once, in an order that alternates between rounds.
 *
 * @example
 * const [map, count] = compare([{ name: "Map", run: () => m.get(k) }, { name: "SD.COUNT", run: () => count([[k]]) }]);
 */
export function compare(variants: readonly Variant[], options: Options = {}): number[] {
  const { samples = 15, warmup = 3, warmupMs = 150, minSampleMs = 2, collect = false } = options;
  for (const variant of variants) {
    const until = performance.now() + warmupMs;
    while (performance.now() < until) {
      variant.before?.();
      consume(variant.run());
    }
  }
  const batches = variants.map((variant) => calibrate(variant, minSampleMs));
  const results: number[][] = variants.map(() => []);
  for (let round = 0; round < warmup + samples; round++) {
    const order = variants.map((_, i) => i);
    if (round % 2 === 1) order.reverse();
    for (const i of order) {
      if (collect) collectGarbage();
      const perOp = sample(variants[i], batches[i]);
      if (round >= warmup) results[i].push(perOp);
    }
  }
  return results.map(median);
}

/** Median µs of one operation of a single variant. */
export function time(variant: Variant, options?: Options): number {
  return compare([variant], options)[0];
}

/** Wall time of one call in ms (for things done once: a build, an index, a dataset). */
export function once<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}
