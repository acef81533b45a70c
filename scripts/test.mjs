// `npm test`: every test. Type check, then jest (data checks, core, functions, Excel code against
// the fake host, the built manifest and bundle, and the browser tests in headless Chromium).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { ensureBrowser } from "./find-browser.cjs";

const ROOT = path.resolve(import.meta.dirname, "..");
// Installs chromium, the CJK font and LibreOffice Calc where it can, or says what is missing.
const browser = ensureBrowser();
if (!browser) {
  console.error("The browser tests need Chromium, Chrome or Edge, or CHROME_PATH set to one.");
  process.exit(1);
}
const run = (script, args) =>
  execFileSync(process.execPath, [path.join(ROOT, script), ...args], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, CHROME_PATH: browser, QILU_PREPARED: "1" },
  });
const results = path.join(ROOT, "test", "artifacts", "jest-results.json");
rmSync(results, { force: true });
let status = 0;
try {
  // The type check needs the generated name index; jest's globalSetup then need not make it again.
  run("scripts/prepare.mjs", []);
  run("node_modules/typescript/bin/tsc", ["--noEmit", "-p", "."]);
  run("node_modules/jest/bin/jest.js", [
    "--ci",
    "--json",
    `--outputFile=${results}`,
    ...process.argv.slice(2),
  ]);
} catch (err) {
  status = err.status ?? 1;
}
// A plain closing line that any CI reader understands, whatever the runner prints.
if (existsSync(results)) {
  const r = JSON.parse(readFileSync(results, "utf8"));
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(
    `${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ""}`
  );
}
process.exit(status);
