import { readFileSync } from "node:fs";
import { checkDataset } from "./check";

/**
 * The problems of a dataset file, as `checkDataset` reports them, or why it cannot be read.
 * Shared by scripts/check-data.ts and the build, so a build on another dataset (QILU_DATASET)
 * refuses the same data the bundled one would be refused for.
 */
export function datasetFileProblems(file: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    return [`file: ${file} cannot be read as JSON (${e instanceof Error ? e.message : String(e)})`];
  }
  return checkDataset(data);
}
