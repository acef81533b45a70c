/**
 * Writes the dataset coverage table into README.md between the coverage markers, touching
 * nothing else. With --check it only compares and exits 1 when the README's table is stale.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { COVERAGE_END, COVERAGE_START, coverageMarkdown, withCoverage } from "../src/data/coverage";
import type { Dataset } from "../src/data/types";

const root = join(__dirname, "..");
const readmePath = join(root, "README.md");
const data = JSON.parse(
  readFileSync(join(root, "src", "data", "clusters.json"), "utf8")
) as Dataset;
const table = coverageMarkdown(data);
const checkOnly = process.argv.includes("--check");

const readme = existsSync(readmePath)
  ? readFileSync(readmePath, "utf8")
  : `# Qilu Clusters for Excel\n\n## Dataset coverage\n\n${COVERAGE_START}\n${COVERAGE_END}\n`;
const updated = withCoverage(readme, table);

if (checkOnly) {
  if (updated !== readme) {
    console.error("README.md coverage table is stale: run npx tsx scripts/coverage-table.ts");
    process.exit(1);
  }
  console.log("README.md coverage table is current");
} else if (updated !== readme) {
  writeFileSync(readmePath, updated);
  console.log("README.md coverage table updated");
} else {
  console.log("README.md coverage table already current");
}
