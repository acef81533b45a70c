// Office add-in lint rules (eslint-plugin-office-addins, with Prettier) over everything we write.
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import tsParser from "@typescript-eslint/parser";

export default [
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "coverage/**",
      "test/artifacts/**",
      "src/core/generated/**",
    ],
  },
  ...officeAddins.configs.recommended,
  {
    languageOptions: {
      // The plugin's recommended config names its parser in a way that resolves to undefined
      // under ESM, so ESLint would fall back to espree; office-addin-lint's own config sets it too.
      parser: tsParser,
      ecmaVersion: 2022,
      globals: {
        ...globals.browser,
        ...globals.node,
        ...globals.jest,
        Office: "readonly",
        Excel: "readonly",
        CustomFunctions: "readonly",
      },
    },
    rules: {
      // A sync in a loop is a round trip per item: the add-in's cost model forbids it outright.
      "office-addins/no-context-sync-in-loop": "error",
      // Rest destructuring is how a key is left out of a copy; "_" marks a parameter kept for its position.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { ignoreRestSiblings: true, argsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // The fake host's own tests break the load/sync rules on purpose, to prove the fake fails
    // where Excel does (PropertyNotLoaded, ValueNotLoaded, a sync per iteration counted).
    files: ["test/support/fake-excel-tests/**"],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/no-context-sync-in-loop": "off",
      "office-addins/call-sync-after-load": "off",
      "no-self-assign": "off",
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
  },
  {
    files: ["**/*.ts"],
    // TypeScript itself reports undefined names, with the real types.
    rules: { "no-undef": "off" },
  },
];
