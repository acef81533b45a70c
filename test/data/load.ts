import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Dataset } from "../../src/data/types";

export const ROOT = join(__dirname, "..", "..");

/** A fresh copy of the real dataset, safe to mutate. */
export function loadDataset(): Dataset {
  return JSON.parse(readFileSync(join(ROOT, "src", "data", "clusters.json"), "utf8")) as Dataset;
}
