// StrykerJS settings shared by every area (stryker/areas.mjs); `npm run mutate` (scripts/mutate.mjs)
// adds the area's files and tests. Run through that script, not `npx stryker run`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "jest",
  plugins: ["@stryker-mutator/jest-runner"],
  jest: { projectType: "custom", configFile: "jest.config.js", enableFindRelatedTests: true },
  // Each mutant runs only the tests that reached it in the dry run, and jest loads only the test
  // files that import the mutated file (most of a mutant run is loading test files).
  coverageAnalysis: "perTest",
  // Results of mutants whose code and covering tests did not change are taken from the area's
  // incremental file (committed: see the README's mutation section).
  incremental: true,
  // One test process: the machine has 2 cores and other work shares it. `--concurrency 2` on
  // a machine of one's own.
  concurrency: 1,
  thresholds: { high: 95, low: 90, break: 90 },
  // Added to 1.5× a mutant's covering tests' normal time: ample for any test here, and an endless loop
  // costs 3 s, not 10.
  timeoutMS: 3000,
  // The dry run runs an area's whole suite instrumented with per-test coverage: about 2 minutes
  // for core here, but past Stryker's 5-minute default on a busy machine (it failed so once).
  dryRunTimeoutMinutes: 20,
  reporters: ["clear-text", "progress", "json", "html"],
  // What the sandbox need not copy: build output, artifacts of earlier test runs, other reports.
  ignorePatterns: ["dist", "coverage", "test/artifacts", "bench/results.json", "reports", "docs"],
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
};
