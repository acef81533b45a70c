import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  COVERAGE_END,
  COVERAGE_START,
  coverageMarkdown,
  coverageRows,
  withCoverage,
} from "../../src/data/coverage";
import { loadDataset, ROOT } from "./load";

describe("dataset coverage table", () => {
  it("in README.md is current (regenerate with npx tsx scripts/coverage-table.ts)", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(withCoverage(readme, coverageMarkdown(loadDataset()))).toBe(readme);
  });

  it("goes stale when the data changes", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const d = loadDataset();
    d.clusters.pop();
    expect(withCoverage(readme, coverageMarkdown(d))).not.toBe(readme);
  });

  it("replaces only the text between the markers", () => {
    const readme = `# Title\n\nbefore\n${COVERAGE_START}\nold table\n${COVERAGE_END}\nafter\n`;
    expect(withCoverage(readme, "new table")).toBe(
      `# Title\n\nbefore\n${COVERAGE_START}\nnew table\n${COVERAGE_END}\nafter\n`
    );
    expect(() => withCoverage("# no markers\n", "table")).toThrow(/markers/);
  });

  it("shows the gap between a stated total and the members the sources name", () => {
    const rows = coverageRows(loadDataset());
    const row = (program: string, batch: number) =>
      rows.find((r) => r.program === program && r.batch === batch)!;
    expect(row("provincial-strategic-emerging", 1)).toMatchObject({
      namedInArticles: 3,
      namedInSources: 12,
      inDataset: 12,
      unnamed: 0,
    });
    expect(row("provincial-strategic-emerging", 3)).toMatchObject({ inDataset: 0, unnamed: 10 });
    expect(row("national-sme-characteristic", 1)).toMatchObject({
      namedInSources: 1,
      inDataset: 2,
      unnamed: 5,
    });
    expect(row("national-advanced-manufacturing", 1).unnamed).toBeNull();
    expect(row("national-strategic-emerging", 1).stated).toBe(
      "66 nationwide (as of 2019-10); 7 in Shandong (as of 2019-10)"
    );
  });
});
