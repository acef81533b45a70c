/** Checks src/data/clusters.json; prints every problem and exits 1 if there is any. The build runs it. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkDataset } from "../src/data/check";

const file = join(__dirname, "..", "src", "data", "clusters.json");
const problems = checkDataset(JSON.parse(readFileSync(file, "utf8")));
if (problems.length > 0) {
  console.error(`${file}: ${problems.length} problem(s)`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log(`${file}: OK`);
