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
  },
  functions: {
    mutate: [
      "src/functions/**/*.ts",
      // The zh-CN translation table is data checked whole by test/functions/metadata.test.ts;
      // its strings are text, not behaviour.
      "!src/functions/translations.zh-cn.ts",
    ],
    tests: ["test/functions/**/*.test.ts"],
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
