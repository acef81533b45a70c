/**
 * Section 6: the query parser and its worst cases. The index build at the real size; the
 * parser's no-space and compound queries at 100k records; every input Excel can send to a
 * single cell (up to 32,767 characters) and ranges of 1,000 failing cells, each timed on its
 * first call (inputs never seen before, so no memo answers); and the exhaustive check that the
 * bucketed Suggester gives what the plain suggest gives for every typo of every name (the
 * test suite samples it).
 */
import { clusterCandidates, type Catalog } from "../src/core/catalog";
import { clustersMatching } from "../src/core/resolve";
import { suggest, Suggester } from "../src/core/suggest";
import type { Dataset } from "../src/data/types";
import {
  cluster as sdCluster,
  clusters as sdClusters,
  count as sdCount,
} from "../src/functions/functions";
import { allTypos } from "../test/core/typos";
import type { Figure } from "./results";
import { syntheticDataset } from "./synthetic";
import { buildWhole } from "./whole-build";
import { consume, median, once, time } from "./timing";

const SECTION = "6 queries";
const MAX_CELL = 32_767;

/** A text of `length` characters drawn from `alphabet` by a seeded generator, distinct per seed. */
function junk(length: number, alphabet: string, seed: number): string {
  let state = seed * 2654435761 + 1;
  let out = "";
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    out += alphabet[state % alphabet.length];
  }
  return out;
}

const HAN =
  "的一是不了人我在有他这中大来上个国到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长";
const LATIN = "abcdefghijklmnopqrstuvwxyz";

const one = (value: unknown) => [[value]] as unknown[][];
const none = null as never;

/**
 * The slowest of `runs` first calls, each on a fresh input, in ms. The inputs are made before
 * the clock starts: Excel hands over a finished (flat) string, not one still being built.
 */
function worstFirstCall<I>(
  runs: number,
  make: (seed: number) => I,
  call: (input: I) => unknown
): number {
  const inputs = Array.from({ length: runs }, (_, i) => flat(make((i + 1) * 7919)));
  return Math.max(...inputs.map((input) => once(() => consume(call(input))).ms));
}

/** The input with its strings flattened, as they arrive from Excel (a string built by `+=` is a rope). */
function flat<I>(input: I): I {
  return JSON.parse(JSON.stringify(input)) as I;
}

function worstCaseFigures(): Figure[] {
  const figures: Figure[] = [];
  const single = <I>(name: string, make: (seed: number) => I, call: (input: I) => unknown) => {
    const ms = worstFirstCall(5, make, call);
    figures.push({
      section: SECTION,
      name: `worst case, one cell: ${name}`,
      value: ms,
      unit: "ms",
      note: "slowest of 5 first calls, each with an input never seen before (made before the clock starts)",
      target: { text: "≤ 5 ms", met: ms <= 5, why: ms <= 5 ? undefined : "see the note" },
    });
  };
  single(
    "SD.COUNT of 32,767 random Chinese characters",
    (s) => one(junk(MAX_CELL, HAN, s)),
    (q) => sdCount(q, none, none)
  );
  single(
    "SD.CLUSTERS of 32,767 random letters",
    (s) => one(junk(MAX_CELL, LATIN, s)),
    (q) => sdClusters(q, none, none, none, null)
  );
  single(
    "SD.COUNT of 烟台 repeated to 32,767 characters (+ one junk character)",
    (s) => one("烟台".repeat(MAX_CELL / 2) + HAN[s % HAN.length]),
    (q) => sdCount(q, none, none)
  );
  single(
    "SD.COUNT of 烟台、 repeated to 32,767 characters (+ one junk character)",
    (s) => one("烟台、".repeat(Math.floor(MAX_CELL / 3) - 1) + HAN[s % HAN.length]),
    (q) => sdCount(q, none, none)
  );
  single(
    "SD.CLUSTERS with a 32,767-character unknown field",
    (s) => one(junk(MAX_CELL, LATIN, s)),
    (f) => sdClusters(one("烟台"), none, none, f, null)
  );
  single(
    "SD.CLUSTER of a 32,767-character unknown cluster",
    (s) => one(junk(MAX_CELL, HAN, s)),
    (c) => sdCluster(c, one("city"))
  );

  const range = <I>(name: string, make: (seed: number) => I, call: (input: I) => unknown) => {
    const ms = worstFirstCall(3, make, call);
    figures.push({
      section: SECTION,
      name: `worst case, 1,000 cells: ${name}`,
      value: ms,
      unit: "ms",
      note: "slowest of 3 first calls, each with inputs never seen before (made before the clock starts)",
      target: { text: "≤ 50 ms", met: ms <= 50, why: ms <= 50 ? undefined : "see the note" },
    });
  };
  const ids = Array.from({ length: 1000 }, () => ["ns1-jinan-it-services"]);
  const column = (seed: number, make: (i: number) => string) =>
    Array.from({ length: 1000 }, (_, i) => [make(seed + i)]);
  range(
    "SD.COUNT of 1,000 distinct unknown names",
    (s) => column(s, (i) => junk(6, HAN, i)),
    (q) => sdCount(q, none, none)
  );
  range(
    'SD.CLUSTER of 1,000 cluster ids with the field "citty"',
    (s) => one(`citty${s}`),
    (f) => sdCluster(ids, f)
  );
  range(
    "SD.CLUSTER of 1,000 cluster ids with a 32,767-character field",
    (s) => one(junk(MAX_CELL, LATIN, s)),
    (f) => sdCluster(ids, f)
  );
  return figures;
}

function buildFigures(real: Dataset, big: Catalog): Figure[] {
  const first = once(() => buildWhole(real)).ms;
  const builds: number[] = [];
  for (let i = 0; i < 20; i++) builds.push(once(() => buildWhole(real)).ms);
  const warm = median(builds);
  const figures: Figure[] = [
    {
      section: SECTION,
      name: `index build at ${real.clusters.length} records (buildCatalog and its name indexes), median of 20 after a first one`,
      value: warm,
      unit: "ms",
      versus: `first build in this process ${first.toFixed(2)} ms`,
      target: { text: "≤ 2 ms", met: warm <= 2, why: warm <= 2 ? undefined : "see README" },
    },
  ];
  for (const query of ["烟台生物医药", "烟台 生物医药 国家级", "煙臺、青岛 2022 第二批", "海洋"]) {
    const us = time({ name: query, run: () => clustersMatching(big, { query: [query] }) });
    figures.push({
      section: SECTION,
      name: `parse + match "${query}" at ${big.dataset.clusters.length.toLocaleString("en")} records (memo hit)`,
      value: us,
      unit: "µs",
    });
    // Each padding is a query the memo has not seen: a first call. One call alone is at the mercy
    // of a garbage-collector pause in a 100k-record heap, so the figure is the median of five.
    const fresh = [1, 2, 3, 4, 5].map(
      (pad) =>
        once(() => clustersMatching(big, { query: [" ".repeat(pad) + query + " ".repeat(pad)] })).ms
    );
    const firstCall = median(fresh);
    figures.push({
      section: SECTION,
      name: `parse + match "${query}" at ${big.dataset.clusters.length.toLocaleString("en")} records (first call, median of 5)`,
      value: firstCall,
      unit: "ms",
      versus: `slowest of the 5: ${Math.max(...fresh).toFixed(1)} ms`,
      target: { text: "within a frame (16 ms)", met: firstCall <= 16 },
    });
  }
  return figures;
}

/** Every typo of every name: the Suggester must give exactly what suggest gives. */
function suggesterFigures(catalog: Catalog): Figure[] {
  let terms = 0;
  let mismatches = 0;
  const { ms } = once(() => {
    for (const candidates of [catalog.names.candidates(), clusterCandidates(catalog)]) {
      const suggester = new Suggester(candidates);
      for (const key of new Set(candidates.map((c) => c.key))) {
        for (const term of allTypos(key)) {
          terms++;
          const a = suggester.suggest(term);
          const b = suggest(term, candidates);
          if (a.length !== b.length || a.some((value, i) => value !== b[i])) mismatches++;
        }
      }
    }
  });
  return [
    {
      section: SECTION,
      name: "Suggester against suggest: every typo of every name (exhaustive; the tests sample 300)",
      value: mismatches,
      unit: "differences",
      versus: `${terms.toLocaleString("en")} typos in ${(ms / 1000).toFixed(1)} s`,
      target: { text: "0 differences", met: mismatches === 0 },
    },
  ];
}

export function queryFigures(real: Catalog): Figure[] {
  // The worst cases run on the bundled dataset, as the functions do in Excel: taken before the
  // 100k-record catalog fills the heap, whose collections otherwise land in their first calls
  // (1,000 unknown names: 33–45 ms alone, 57 ms with it alive, on one afternoon's VM).
  const worst = worstCaseFigures();
  const big = buildWhole(syntheticDataset(real.dataset, 100_000));
  return [...buildFigures(real.dataset, big), ...worst, ...suggesterFigures(real)];
}
