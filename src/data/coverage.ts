import type { Dataset, StatedCount } from "./types";

export const COVERAGE_START = "<!-- coverage:start -->";
export const COVERAGE_END = "<!-- coverage:end -->";

export interface CoverageRow {
  program: string;
  batch: number;
  label: string;
  status: string;
  /** Stated totals, e.g. "66 nationwide, 7 in Shandong (as of 2019-10)". */
  stated: string;
  /** Records whose name (or a name form) appears in one of the five articles. */
  namedInArticles: number;
  /** Records with at least one name form from any source. */
  namedInSources: number;
  inDataset: number;
  /** Stated Shandong total minus records in the dataset, where a Shandong total is stated. */
  unnamed: number | null;
}

const QUALIFIER_TEXT: Record<StatedCount["qualifier"], string> = {
  exact: "",
  over: "over ",
  about: "about ",
  "at-least": "at least ",
};

function statedText(totals: StatedCount[]): string {
  if (totals.length === 0) return "not stated";
  return totals
    .map(
      (t) =>
        `${QUALIFIER_TEXT[t.qualifier]}${t.value} ${t.scope === "shandong" ? "in Shandong" : "nationwide"} (as of ${t.asOf})`
    )
    .join("; ");
}

export function coverageRows(d: Dataset): CoverageRow[] {
  const articles = new Set(d.sources.filter((s) => s.kind === "article").map((s) => s.id));
  return d.programs.flatMap((p) =>
    p.batches.map((b) => {
      const members = d.clusters.filter((c) => c.program === p.id && c.batch === b.number);
      const shandong = b.totals.filter((t) => t.scope === "shandong");
      const latest = shandong.length > 0 ? shandong[shandong.length - 1].value : null;
      return {
        program: p.id,
        batch: b.number,
        label: b.label.en,
        status: b.status,
        stated: statedText(b.totals),
        namedInArticles: members.filter((c) => c.nameForms.some((n) => articles.has(n.source)))
          .length,
        namedInSources: members.filter((c) => c.nameForms.length > 0).length,
        inDataset: members.length,
        unnamed: latest === null ? null : Math.max(latest - members.length, 0),
      };
    })
  );
}

/** The Markdown table that goes between the README's coverage markers. */
export function coverageMarkdown(d: Dataset): string {
  const lines = [
    `Generated from \`src/data/clusters.json\` (version ${d.version}, updated ${d.updated}) by \`npx tsx scripts/coverage-table.ts\`; do not edit by hand.`,
    "",
    "| programme | batch | status | stated total | named in the five articles | named in any source | in dataset | not yet named |",
    "| --- | --- | --- | --- | ---: | ---: | ---: | ---: |",
    ...coverageRows(d).map(
      (r) =>
        `| ${r.program} | ${r.batch}: ${r.label} | ${r.status} | ${r.stated} | ${r.namedInArticles} | ${r.namedInSources} | ${r.inDataset} | ${r.unnamed ?? "n/a (no Shandong total)"} |`
    ),
    "",
    `"named in any source" counts records with a Chinese name from a source; "in dataset" also counts records known only by an English name. "not yet named" is the latest stated Shandong total minus the records in the dataset: members the sources do not name, never filled by guess.`,
  ];
  return lines.join("\n");
}

/** `readme` with the text between the coverage markers replaced; throws when the markers are missing. */
export function withCoverage(readme: string, table: string): string {
  const start = readme.indexOf(COVERAGE_START);
  const end = readme.indexOf(COVERAGE_END);
  if (start < 0 || end < start)
    throw new Error(`README has no ${COVERAGE_START} … ${COVERAGE_END} markers`);
  return `${readme.slice(0, start + COVERAGE_START.length)}\n${table}\n${readme.slice(end)}`;
}
