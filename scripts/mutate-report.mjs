// Mutation scores from Stryker's JSON reports (mutation-testing-report-schema), and
// `node scripts/mutate-report.mjs`: the README's per-area table, between the mutation markers,
// from each area's committed incremental file (the full result of its last run).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { AREAS, CI_AREAS } from "../stryker/areas.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");

export const incrementalFile = (area) => `stryker/incremental/${area}.json`;

/** Counts by status and Stryker's score: detected (killed, timeout) over valid mutants. */
export function areaScore(report) {
  const count = {};
  let mutants = 0;
  for (const file of Object.values(report.files))
    for (const m of file.mutants) {
      count[m.status] = (count[m.status] ?? 0) + 1;
      mutants += 1;
    }
  const n = (status) => count[status] ?? 0;
  const killed = n("Killed") + n("Timeout");
  const survived = n("Survived");
  const noCoverage = n("NoCoverage");
  const ignored = n("Ignored");
  const errors = n("CompileError") + n("RuntimeError");
  const valid = killed + survived + noCoverage;
  const score = valid ? (100 * killed) / valid : 100;
  // Stryker counts a timeout as detected; the floor counts each as a survivor instead.
  const timedOut = n("Timeout");
  const floor = valid ? (100 * (killed - timedOut)) / valid : 100;
  const line = `${score.toFixed(1)}% (${killed} killed, ${timedOut} of them timed out; ${survived} survived, ${noCoverage} without coverage, of ${mutants} mutants; ${ignored} ignored)`;
  return { mutants, killed, timedOut, survived, noCoverage, ignored, errors, score, floor, line };
}

function readmeTable() {
  const rows = [
    "| area | files | mutants | killed | of them timed out | survived | no coverage | ignored | score | with timeouts as survived | in CI |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
  ];
  for (const area of Object.keys(AREAS)) {
    const file = path.join(ROOT, incrementalFile(area));
    if (!existsSync(file)) {
      rows.push(`| ${area} | not run | | | | | | | | | no |`);
      continue;
    }
    const report = JSON.parse(readFileSync(file, "utf8"));
    const s = areaScore(report);
    // The files the last run measured: all of the area's, unless it was run with --files.
    const files = Object.keys(report.files)
      .map((f) => path.basename(f))
      .sort()
      .join(", ");
    rows.push(
      `| ${area} | ${files} | ${s.mutants} | ${s.killed} | ${s.timedOut} | ${s.survived} | ${s.noCoverage} | ${s.ignored} | ${s.score.toFixed(1)}% | ${s.floor.toFixed(1)}% | ${CI_AREAS.includes(area) ? "yes" : "not yet: no full run of today's code"} |`
    );
  }
  return rows.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readme = path.join(ROOT, "README.md");
  const text = readFileSync(readme, "utf8");
  const start = "<!-- mutation:start -->";
  const end = "<!-- mutation:end -->";
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} markers`);
  const body = `${start}\nGenerated from \`stryker/incremental/*.json\` by \`node scripts/mutate-report.mjs\`; do not edit by hand. Score: killed (and timed out) over killed, survived and uncovered mutants; the next column counts each timeout as a survivor (a timeout is a test run cut off: an endless loop, or a run slower than the area's \`timeoutMS\`).\n\n${readmeTable()}\n${end}`;
  writeFileSync(readme, text.slice(0, from) + body + text.slice(to + end.length));
  console.log(readmeTable());
}
