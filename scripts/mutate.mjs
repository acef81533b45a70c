// `npm run mutate [-- area ...] [--changed] [--force] [--concurrency N]`: mutation testing with
// StrykerJS, one area at a time (stryker/areas.mjs), each with its own tests.
//   no area       every area, one after the other
//   --force       retest every mutant (rebuilds the incremental file)
//   --files a,b   mutate only these files of the area (globs), e.g. while other files are rewritten;
//                 the incremental file keeps the other files' recorded results
//   --static      also test static mutants in the areas that skip them (stryker/areas.mjs)
//   --retest-timeouts  forget the recorded timeouts first, so they run again (e.g. after a
//                 timeoutMS change: a timeout counts as detected, and a run cut off too early is
//                 no kill)
//   --ci          the areas CI enforces (CI_AREAS in stryker/areas.mjs)
// Incremental: a mutant whose code and covering tests are unchanged since the area's committed
// stryker/incremental/<area>.json keeps its recorded result, so a run (CI's too) tests only what
// changed. It fails when an area's score is below the break threshold (90%). Reports go to
// reports/mutation/<area>.{json,html}; `node scripts/mutate-report.mjs` writes the README table.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Stryker } from "@stryker-mutator/core";
import { AREAS, CI_AREAS } from "../stryker/areas.mjs";
import base from "../stryker.config.mjs";
import { areaScore, incrementalFile } from "./mutate-report.mjs";

// Read before Stryker sees the options: it fills in defaults in the objects it is given.
const BREAK = base.thresholds.break;
const ROOT = path.resolve(import.meta.dirname, "..");
process.chdir(ROOT);

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const optionValues = new Set([option("--concurrency"), option("--files")]);
const only = option("--files")?.split(",");
const named = args.filter((a) => !a.startsWith("--") && !optionValues.has(a));
const unknown = named.filter((a) => !(a in AREAS));
if (unknown.length) {
  console.error(
    `Unknown area ${unknown.join(", ")}; the areas are ${Object.keys(AREAS).join(", ")}.`
  );
  process.exit(2);
}
const areas = flag("--ci") ? CI_AREAS : named.length ? named : Object.keys(AREAS);

// Stryker keeps state between runs in one process (a second run fails reading its options), so
// several areas run one process each.
if (areas.length > 1) {
  const passed = args.filter((a) => !(a in AREAS) && a !== "--ci");
  const started = Date.now();
  const low = areas.filter((area) => {
    try {
      execFileSync(process.execPath, [import.meta.filename, area, ...passed], { stdio: "inherit" });
      return false;
    } catch {
      return true;
    }
  });
  const total = ((Date.now() - started) / 60000).toFixed(1);
  console.log(
    `mutation testing of ${areas.join(", ")} took ${total} min; ${low.length ? `FAILED: ${low.join(", ")}` : "every area met the threshold"}`
  );
  process.exit(low.length ? 1 : 0);
}

// The name index the sources import; the tests' global setup then skips it and the bundle build.
execFileSync(process.execPath, ["scripts/prepare.mjs"], { stdio: "inherit" });
process.env.QILU_PREPARED = "1";
process.env.QILU_SKIP_BUILD = "1";

const testNamePattern = (skip) =>
  skip?.length
    ? `^(?!.*(${skip.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")}))`
    : undefined;

const started = Date.now();
let failed = false;
for (const area of areas) {
  const { mutate, tests, skipTests, ignoreStatic = false, timeoutMS } = AREAS[area];
  const options = {
    ...structuredClone(base),
    mutate: only ?? mutate,
    jest: {
      ...structuredClone(base.jest),
      config: {
        testMatch: tests.map((t) => `<rootDir>/${t}`),
        // src too: jest finds a mutated file's tests through the files in its roots, and a test
        // of core through SD.* reaches it via src/functions.
        roots: ["<rootDir>/test", "<rootDir>/src"],
        setupFiles: ["<rootDir>/stryker/jest-setup.cjs"],
        // Only the dry run reads this; mutant runs name their covering tests themselves.
        ...(skipTests ? { testNamePattern: testNamePattern(skipTests) } : {}),
      },
    },
    incrementalFile: incrementalFile(area),
    // Its own sandbox folder, so two areas can run at once.
    tempDirName: `.stryker-tmp/${area}`,
    force: flag("--force"),
    ignoreStatic: ignoreStatic && !flag("--static"),
    concurrency: Number(option("--concurrency") ?? base.concurrency),
    timeoutMS: timeoutMS ?? base.timeoutMS,
    jsonReporter: { fileName: `reports/mutation/${area}.json` },
    htmlReporter: { fileName: `reports/mutation/${area}.html` },
    // The score is judged below, per area, so one low area does not hide the others' results.
    thresholds: { ...base.thresholds, break: null },
  };
  if (flag("--retest-timeouts")) forgetTimeouts(incrementalFile(area));
  const t0 = Date.now();
  console.log(`\n== mutation testing: ${area} ==`);
  await new Stryker(options).runMutationTest();
  const score = areaScore(JSON.parse(readFileSync(`reports/mutation/${area}.json`, "utf8")));
  const minutes = ((Date.now() - t0) / 60000).toFixed(1);
  console.log(`${area}: ${score.line} (${minutes} min)`);
  if (score.score < BREAK) failed = true;
}
const total = ((Date.now() - started) / 60000).toFixed(1);
console.log(
  `mutation testing took ${total} min; threshold ${BREAK}%: ${failed ? "FAILED" : "met"}`
);
process.exit(failed ? 1 : 0);

/** Drops the timed-out mutants from an incremental file: Stryker then tests them as new. */
function forgetTimeouts(file) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, "utf8"));
  let forgotten = 0;
  for (const result of Object.values(report.files)) {
    const kept = result.mutants.filter((m) => m.status !== "Timeout");
    forgotten += result.mutants.length - kept.length;
    result.mutants = kept;
  }
  writeFileSync(file, JSON.stringify(report));
  console.log(`${file}: ${forgotten} recorded timeouts forgotten, to be tested again`);
}
