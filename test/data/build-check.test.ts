import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FIELDS } from "../../src/core/fields";
import { checkDataset, RESERVED_METRIC_KEYS } from "../../src/data/check";
import { datasetFileProblems } from "../../src/data/check-file";
import { updatedDataset } from "../browser/refresh-dataset";
import { loadDataset, ROOT } from "./load";

type RefreshData = Parameters<typeof updatedDataset>[0];

const dir = mkdtempSync(join(tmpdir(), "qilu-dataset-"));

function write(name: string, data: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof data === "string" ? data : JSON.stringify(data));
  return file;
}

/** A dataset file the check refuses: one impossible date. */
function badFile(): string {
  const d = loadDataset();
  d.updated = "2026-02-31";
  return write("bad.json", d);
}

/** Evaluates webpack.config.js as the build does, with QILU_DATASET set; exit 3 means it refused. */
function buildConfig(dataset: string) {
  const script =
    'require("./webpack.config.js")({}, { mode: "production" }).then(' +
    "() => process.exit(0), (e) => { console.error(e.message); process.exit(3); })";
  return spawnSync(process.execPath, ["-e", script], {
    cwd: ROOT,
    env: { ...process.env, QILU_DATASET: dataset },
    encoding: "utf8",
  });
}

describe("the data check on a dataset file", () => {
  it("reports the problems of the file and a file that is not JSON", () => {
    expect(datasetFileProblems(badFile())).toEqual([
      'impossible date: updated "2026-02-31" is not a day of the calendar',
    ]);
    expect(datasetFileProblems(write("broken.json", "{"))[0]).toMatch(
      /^file: .*broken\.json cannot be read as JSON/
    );
  });

  it("accepts the dataset the refresh browser test builds on", () => {
    expect(checkDataset(updatedDataset(loadDataset() as unknown as RefreshData))).toEqual([]);
  });
});

describe("a build with QILU_DATASET", () => {
  it("refuses a dataset the check refuses, naming the problem", () => {
    const run = buildConfig(badFile());
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/QILU_DATASET .*bad\.json: 1 problem\(s\)\n {2}impossible date/);
  }, 60_000);

  it("goes ahead on a dataset the check accepts", () => {
    const run = buildConfig(
      write("good.json", updatedDataset(loadDataset() as unknown as RefreshData))
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  }, 60_000);
});

describe("reserved metric keys", () => {
  it("include every field name SD.CLUSTER and fields accept", () => {
    const missing = FIELDS.map((f) => f.id).filter((id) => !RESERVED_METRIC_KEYS.has(id));
    expect(missing).toEqual([]);
  });
});
