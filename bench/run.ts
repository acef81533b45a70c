/**
 * `npm run bench`: every benchmark of issue 8 in one run, so that each ratio compares figures
 * taken minutes apart on the same machine. Prints the table and writes bench/results.json.
 * Sections can be chosen for a quick look: `npm run bench -- 1 3` (the JSON is then not written).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildCatalog } from "../src/core/catalog";
import { getCatalog } from "../src/core/dataset";
import { limitFigures } from "./limit";
import { describeMachine } from "./machine";
import { markdown, terminalTable, type Figure, type Results } from "./results";
import { queryFigures } from "./queries";
import { roundTripFigures } from "./round-trips";
import { scaleFigures } from "./scale";
import { coreSide, functionsSide, spreadsheetFigures, type SheetQuery } from "./spreadsheet";
import { startupFigures } from "./startup";
import { syntheticDataset } from "./synthetic";
import { sinkValue } from "./timing";
import { wholeColumnFigures } from "./whole-columns";

const RESULTS = path.join(__dirname, "results.json");
const README = path.resolve(__dirname, "../README.md");
const BENCH_START = "<!-- bench:start -->";
const BENCH_END = "<!-- bench:end -->";

/** One query of each kind, on the real dataset; `other` is a second value of the same kind. */
const REAL_QUERIES: SheetQuery[] = [
  { kind: "city", text: "烟台", other: "济南" },
  { kind: "district", text: "济南高新区", other: "胶州市" },
  { kind: "industry", text: "生物医药", other: "人工智能" },
  { kind: "name variant", text: "煙臺", other: "濟南" },
  { kind: "empty", text: "", other: "烟台" },
];

const SPREADSHEET_TARGET = 200;

async function main(): Promise<void> {
  const started = Date.now();
  const chosen = new Set(process.argv.slice(2));
  const wanted = (section: string) => chosen.size === 0 || chosen.has(section);
  const real = getCatalog();
  const figures: Figure[] = [];
  const skipped: Results["skipped"] = [];
  const progress = (section: string) =>
    console.error(`… ${section} (${Math.round((Date.now() - started) / 1000)} s)`);

  if (wanted("1")) {
    progress("1 against HyperFormula");
    figures.push(
      ...spreadsheetFigures(
        "1 vs spreadsheet",
        functionsSide(real),
        REAL_QUERIES,
        SPREADSHEET_TARGET
      )
    );
    const thousand = buildCatalog(syntheticDataset(real.dataset, 1_000));
    const thousandQueries = REAL_QUERIES.map((q) =>
      q.kind === "industry"
        ? {
            ...q,
            text: thousand.dataset.clusters[0].industry.zh,
            other: thousand.dataset.clusters[1].industry.zh,
          }
        : q
    );
    figures.push(
      ...spreadsheetFigures("1 vs spreadsheet", coreSide(thousand), thousandQueries, undefined)
    );
  }
  if (wanted("2")) {
    progress("2 against the limit");
    figures.push(...limitFigures(real, REAL_QUERIES));
  }
  if (wanted("3")) {
    progress("3 scale");
    figures.push(...scaleFigures(real.dataset));
  }
  if (wanted("4")) {
    progress("4 round trips");
    const tenThousand = buildCatalog(syntheticDataset(real.dataset, 10_000));
    figures.push(...(await roundTripFigures(real, tenThousand)));
  }
  if (wanted("6")) {
    progress("6 whole columns");
    figures.push(...wholeColumnFigures());
  }
  if (wanted("6")) {
    progress("6 queries and worst-case inputs");
    figures.push(...queryFigures(real));
  }

  // Headless Chromium last: its processes take a while to wind down, and the Node figures
  // measured while they did came out slower (after section 5, the median 133-record build was
  // 2.3 ms in two runs; alone, 1.6–2.0 ms).
  let chromium: string | undefined;
  if (wanted("5")) {
    progress("5 size and start-up");
    const startup = await startupFigures(real.dataset, skipped);
    chromium = startup.chromium;
    figures.push(...startup.figures);
  }

  const results: Results = {
    machine: describeMachine(chromium),
    runSeconds: (Date.now() - started) / 1000,
    figures,
    skipped,
  };
  console.log(terminalTable(results));
  console.log(`\n${markdown(results)}`);
  if (chosen.size === 0) {
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    writeReadmeTable(markdown(results));
  }
  // The sink keeps every benchmarked result alive; printing it keeps the sink alive.
  console.error(`done in ${Math.round(results.runSeconds)} s (sink ${sinkValue() % 1000})`);
}

/** Puts the latest full run's table into README.md between its bench markers, so the two never drift. */
function writeReadmeTable(table: string): void {
  const readme = readFileSync(README, "utf8");
  const start = readme.indexOf(BENCH_START);
  const end = readme.indexOf(BENCH_END);
  if (start < 0 || end < start)
    throw new Error(`README.md lacks the ${BENCH_START} … ${BENCH_END} markers`);
  writeFileSync(
    README,
    `${readme.slice(0, start + BENCH_START.length)}\n${table}\n${readme.slice(end)}`
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
