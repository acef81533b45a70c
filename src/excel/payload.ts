/**
 * Excel on the web refuses a request or a response over 5 MB (RequestPayloadSizeLimitExceeded,
 * ResponsePayloadSizeLimitExceeded; docs/excel/performance.md). Large writes and reads are cut
 * into batches of at most BUDGET bytes of cell data, which leaves room for the rest of a batch.
 */

export const BUDGET = 4_000_000;

/** Of a batch's budget, what its cell data may take: the rest is for addresses, formats, loads. */
export const CELL_BUDGET = 3_600_000;

const encoder = new TextEncoder();

/** Bytes of a value as the request or response carries it (JSON, UTF-8). */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? "").length;
}

/**
 * Cuts `count` items into consecutive runs whose sizes add up to at most `budget` each (an item
 * larger than the budget alone makes a run of one).
 */
export function runsWithin(count: number, size: (i: number) => number, budget: number) {
  const runs: { start: number; end: number }[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const b = size(i);
    if (i > start && bytes + b > budget) {
      runs.push({ start, end: i });
      start = i;
      bytes = 0;
    }
    bytes += b;
  }
  if (count > start) runs.push({ start, end: count });
  return runs;
}

/** A sync refused for its size: the read is tried again in smaller parts. */
export const isPayloadLimit = (error: unknown) =>
  ["ResponsePayloadSizeLimitExceeded", "RequestPayloadSizeLimitExceeded"].includes(
    (error as { code?: string })?.code ?? ""
  );
