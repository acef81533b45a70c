// The four mutation-testing areas: the source each one mutates and the tests that judge it.
// Each area runs alone (`npm run mutate -- core`), so its dry run loads only its own tests and a
// 2-core machine is not asked to run the whole suite once per mutant.
export const AREAS = {
  core: {
    mutate: ["src/core/**/*.ts", "!src/core/generated/**"],
    tests: ["test/core/**/*.test.ts"],
    // A brute-force oracle over every name in the dataset (about 2 minutes on its own): as the
    // covering test of every suggest.ts mutant it would cost 2 minutes per mutant. suggest.ts is
    // judged by the rest of suggest.test.ts and the core behaviour tests instead.
    // Static mutants (module-level tables: labels, messages, field definitions) are 37% of this
    // area's mutants but 81% of its run time, since each one reloads every test file and runs
    // every test. `npm run mutate -- core --static` tests them too.
    ignoreStatic: true,
    skipTests: [
      "gives what suggest gives over the same candidates, for typos of every name in the dataset",
    ],
  },
  excel: {
    mutate: ["src/excel/**/*.ts"],
    tests: ["test/excel/**/*.test.ts"],
    // A refresh mutant's run loads every related test file (13 for refresh-write.ts) before its
    // few covering tests run: 4 to 13 s here, which the dry run's test times, from which Stryker
    // sets the timeout, do not count. At the shared 3 s such runs were cut off and counted as
    // timeouts (detected) whether or not a test would fail. An endless loop is still stopped
    // early by Stryker's hit limit, so the wait costs only runs that would end.
    timeoutMS: 30_000,
    // Writes of 100,000 rows × 20 fields and loads of 400,000 formulas (15 s together, far more
    // instrumented): each covers most insert and refresh mutants, so each of those would pay
    // them. The batching they check is judged by the 10,000-row and small-budget tests.
    skipTests: [
      "goes in batches under 4 MB each, 2 + C syncs, on a host that refuses 5 MB",
      "without batches the host refuses the write (RequestPayloadSizeLimitExceeded)",
      "a one-sync 100,000 × 20 write is refused with RequestPayloadSizeLimitExceeded",
      "loading every formula at once is refused; formula re-entry reads in bands and succeeds",
      // 5.4 MB read through a whole refresh; the retry it checks is judged by the ten-row test.
      "the user's long texts in our columns, 5.4 MB in all: the refresh reads them and ends",
      // 4.2 MB written in two batches (1 s, covering most refresh mutants); the batching is judged
      // by refresh-write-edges' small-budget tests.
      "our cells over the 4 MB budget: two write batches, the registry with the last, once",
    ],
  },
  functions: {
    mutate: [
      "src/functions/**/*.ts",
      // The zh-CN translation table is data checked whole by test/functions/metadata.test.ts;
      // its strings are text, not behaviour.
      "!src/functions/translations.zh-cn.ts",
    ],
    // The manifest's requirement sets are host.ts's constants, judged against manifest.xml there.
    tests: ["test/functions/**/*.test.ts", "test/manifest/requirements.test.ts"],
    // Arguments of 1,048,576 rows (8 s together, far more instrumented) reach every argument
    // mutant, so each would pay them; the whole-column rules are also judged by toGrid's
    // small-range tests.
    skipTests: [
      "SD.COUNT(A:A) gives one count per row down to the last filled one",
      "SD.CLUSTERS(A:A) lists the clusters of the filled cells",
      "SD.CLUSTER(A:A, field) and an empty column give one blank, never an error",
      "keeps a range one row short of a whole column as it is",
      "never throws on a million ragged rows",
    ],
  },
  taskpane: {
    // The pane's models: what it asks core and Excel for. The views are DOM and are judged by the
    // browser tests and screenshots, which are too slow to run once per mutant.
    mutate: [
      "src/taskpane/browse-model.ts",
      "src/taskpane/insert-model.ts",
      "src/taskpane/prefs.ts",
      "src/taskpane/figures.ts",
    ],
    tests: [
      "test/taskpane/browse-model.test.ts",
      "test/taskpane/insert-model.test.ts",
      "test/taskpane/prefs.test.ts",
      "test/taskpane/figures.test.ts",
      "test/taskpane/*-behaviour.test.ts",
    ],
  },
};

// The areas CI tests (`npm run mutate -- --ci`): each one's committed incremental file holds a
// full run of today's code, so CI's incremental run tests only what a change touched.
export const CI_AREAS = ["core", "excel", "functions", "taskpane"];
