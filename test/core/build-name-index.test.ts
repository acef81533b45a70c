import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const FIXTURE = path.join(__dirname, "fixtures/mini-dataset.json");

function build(output: string): string {
  execFileSync(
    process.execPath,
    ["--import", "tsx", "scripts/build-name-index.ts", FIXTURE, output],
    { cwd: ROOT, stdio: "ignore" }
  );
  return readFileSync(output, "utf8");
}

describe("scripts/build-name-index.ts", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "name-index-"));
  const first = build(path.join(dir, "a.json"));
  it("is deterministic", () => {
    expect(build(path.join(dir, "b.json"))).toBe(first);
  });
  it("maps the dataset's traditional characters and only character-for-character equivalents", () => {
    const index = JSON.parse(first) as {
      datasetVersion: string;
      traditional: Record<string, string>;
      pinyin: Record<string, { full: string[]; initials: string }>;
    };
    expect(index.datasetVersion).toBe("fixture-1");
    expect(index.traditional).toMatchObject({ 煙: "烟", 臺: "台", 陽: "阳", 製: "制", 濟: "济" });
    // Taiwan phrasing (信息 → 資訊) is a different word, not a spelling of the same one.
    expect(index.traditional["資"]).toBeUndefined();
    expect(index.pinyin["海阳"]).toEqual({ full: ["haiyang"], initials: "hy" });
    expect(index.pinyin["济南高新区"]).toBeDefined();
    expect(index.pinyin["济南高新"]).toBeUndefined();
  });
});
