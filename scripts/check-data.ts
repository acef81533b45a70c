/**
 * Checks src/data/clusters.json, or the dataset QILU_DATASET names (the one a build would
 * bundle instead); prints every problem and exits 1 if there is any. The build runs it.
 */
import { join, resolve } from "node:path";
import { datasetFileProblems } from "../src/data/check-file";

const file = process.env.QILU_DATASET
  ? resolve(process.env.QILU_DATASET)
  : join(__dirname, "..", "src", "data", "clusters.json");
const problems = datasetFileProblems(file);
if (problems.length > 0) {
  console.error(`${file}: ${problems.length} problem(s)`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log(`${file}: OK`);
