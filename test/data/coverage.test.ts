import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  COVERAGE_END,
  COVERAGE_START,
  coverageMarkdown,
  coverageRows,
  namedShare,
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
      inDataset: 3,
      unnamed: 4,
    });
    expect(row("national-advanced-manufacturing", 1)).toMatchObject({ inDataset: 3, unnamed: 0 });
    expect(row("national-sme-characteristic", 2).unnamed).toBeNull();
    expect(row("national-strategic-emerging", 1).stated).toBe(
      "66 nationwide (as of 2019-10); 7 in Shandong (as of 2019-10)"
    );
  });

  it("counts members of unknown batch apart, one row per programme, against no total", () => {
    const d = loadDataset();
    const unknown = coverageRows(d).filter((r) => r.batch === null);
    expect(unknown.map((r) => [r.program, r.inDataset, r.unnamed])).toEqual([
      ["national-sme-characteristic", 2, null],
      ["provincial-sme-characteristic", 14, null],
    ]);
    // Moving a member out of its batch takes it off the batch's row and onto the unknown row.
    delete d.clusters.find((c) => c.id === "psme1-qingdao-rail-transit")!.batch;
    const rows = coverageRows(d);
    expect(
      rows.find((r) => r.program === "provincial-sme-characteristic" && r.batch === 1)
    ).toMatchObject({ inDataset: 1, unnamed: 9 });
    expect(
      rows.find((r) => r.program === "provincial-sme-characteristic" && r.batch === null)?.inDataset
    ).toBe(15);
  });

  it("gives the named share of the stated Shandong totals, each batch counted up to its total", () => {
    const d = loadDataset();
    const before = namedShare(d);
    expect(before.share).toBeCloseTo(before.named / before.stated);
    // An extra member beyond a batch's total adds nothing; a record of unknown batch neither.
    const extra = { ...d.clusters[0], id: "ns1-extra", key: "extra" };
    d.clusters.push(extra, { ...extra, id: "ns1-extra-unknown", key: "extra2", batch: undefined });
    expect(namedShare(d)).toEqual(before);
    d.programs.find((p) => p.id === "provincial-strategic-emerging")!.batches[2].totals[0].value =
      20;
    expect(namedShare(d)).toMatchObject({ stated: before.stated + 10, named: before.named });
  });
});
