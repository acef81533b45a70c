// Checks the dataset and generates what the bundle imports from it (the county table, then the
// name index, which reads the county names too).
// Run by `npm run build`, `npm start` and the tests, so a fresh clone needs no extra step.
import { execFileSync } from "node:child_process";

const tsx = ["--import", "tsx"];
for (const script of [
  "scripts/check-data.ts",
  "scripts/build-counties.ts",
  "scripts/build-name-index.ts",
  "scripts/build-city-map.ts",
]) {
  execFileSync(process.execPath, [...tsx, script], { stdio: "inherit" });
}
