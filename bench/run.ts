/**
 * `npm run bench`: every benchmark of issue 8 in one run, so that each ratio compares figures
 * taken minutes apart on the same machine, each section in a process of its own. Prints the
 * table and writes bench/results.json.
 * Sections can be chosen for a quick look: `npm run bench -- 1 3` (the JSON is then not written).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
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

/** What one section gives: its figures, the figures it could not take, and Chromium's version. */
interface SectionRun {
  figures: Figure[];
  skipped: Results["skipped"];
  chromium?: string;
}

/** The sections in the order they run: headless Chromium last (see section 5 below). */
const SECTIONS = ["1", "2", "3", "4", "6", "5"] as const;
type Section = (typeof SECTIONS)[number];

const TITLES: Record<Section, string> = {
  "1": "1 against HyperFormula",
  "2": "2 against the limit",
  "3": "3 scale",
  "4": "4 round trips",
  "6": "6 whole columns, queries and worst-case inputs",
  "5": "5 size and start-up",
};

async function runSection(section: Section): Promise<SectionRun> {
  const real = getCatalog();
  const figures: Figure[] = [];
  const skipped: Results["skipped"] = [];
  switch (section) {
    case "1": {
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
      break;
    }
    case "2":
      figures.push(...limitFigures(real, REAL_QUERIES));
      break;
    case "3":
      figures.push(...scaleFigures(real.dataset));
      break;
    case "4": {
      const tenThousand = buildCatalog(syntheticDataset(real.dataset, 10_000));
      figures.push(...(await roundTripFigures(real, tenThousand)));
      break;
    }
    case "6":
      figures.push(...wholeColumnFigures(), ...queryFigures(real));
      break;
    case "5": {
      // Headless Chromium last: its processes take a while to wind down, and the Node figures
      // measured while they did came out slower (after section 5, the median 133-record build
      // was 2.3 ms in two runs; alone, 1.6–2.0 ms).
      const startup = await startupFigures(real.dataset, skipped);
      figures.push(...startup.figures);
      return { figures, skipped, chromium: startup.chromium };
    }
  }
  return { figures, skipped };
}

/**
 * Each section in a process of its own, as the add-in's code runs in a runtime of its own: what
 * one section leaves (a 100k-record heap, code compiled for synthetic records) slowed the next
 * one's figures by up to half (the 133-record build: 1.06 ms alone, 2.03 ms after sections 1–4).
 */
function inChildProcess(section: Section): SectionRun {
  const out = path.join(mkdtempSync(path.join(tmpdir(), "qilu-bench-")), "section.json");
  const child = spawnSync(process.execPath, [...process.execArgv, __filename], {
    env: { ...process.env, [SECTION_ENV]: section, [OUT_ENV]: out },
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (child.status !== 0) throw new Error(`bench section ${section} failed (${child.status})`);
  const run = JSON.parse(readFileSync(out, "utf8")) as SectionRun & { sink: number };
  rmSync(path.dirname(out), { recursive: true });
  return run;
}

const SECTION_ENV = "QILU_BENCH_SECTION";
const OUT_ENV = "QILU_BENCH_OUT";

async function main(): Promise<void> {
  const own = process.env[SECTION_ENV] as Section | undefined;
  if (own !== undefined) {
    const run = await runSection(own);
    // The sink keeps every benchmarked result alive; writing it keeps the sink alive.
    writeFileSync(process.env[OUT_ENV]!, JSON.stringify({ ...run, sink: sinkValue() }));
    return;
  }
  const started = Date.now();
  const chosen = new Set(process.argv.slice(2));
  const figures: Figure[] = [];
  const skipped: Results["skipped"] = [];
  let chromium: string | undefined;
  for (const section of SECTIONS) {
    if (chosen.size > 0 && !chosen.has(section)) continue;
    console.error(`… ${TITLES[section]} (${Math.round((Date.now() - started) / 1000)} s)`);
    const run = inChildProcess(section);
    figures.push(...run.figures);
    skipped.push(...run.skipped);
    chromium ??= run.chromium;
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
  console.error(`done in ${Math.round(results.runSeconds)} s`);
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
