import type { Cluster, Dataset, NameForm, StatedCount } from "./types";

export const COVERAGE_START = "<!-- coverage:start -->";
export const COVERAGE_END = "<!-- coverage:end -->";

export interface CoverageRow {
  program: string;
  /** `null` for the programme's members whose list year no source states (batch unknown). */
  batch: number | null;
  label: string;
  status: string;
  /** Stated totals, e.g. "66 nationwide, 7 in Shandong (as of 2019-10)". */
  stated: string;
  /** Records whose name (or a name form) appears in one of the five articles. */
  namedInArticles: number;
  /** Records with at least one name form a source prints (not only one this project spelt). */
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

/** Name forms this project spelt itself do not make a record named by a source. */
const PRINTED: ReadonlySet<NameForm["basis"]> = new Set([
  "official",
  "news",
  "short",
  "mirror",
  "inferred",
]);

function counted(members: Cluster[], articles: ReadonlySet<string>) {
  return {
    namedInArticles: members.filter((c) => c.nameForms.some((n) => articles.has(n.source))).length,
    namedInSources: members.filter((c) => c.nameForms.some((n) => PRINTED.has(n.basis))).length,
    inDataset: members.length,
  };
}

/**
 * One row per batch, then one per programme for its members of unknown batch: those count
 * apart and never against a batch's total.
 */
export function coverageRows(d: Dataset): CoverageRow[] {
  const articles = new Set(d.sources.filter((s) => s.kind === "article").map((s) => s.id));
  return d.programs.flatMap((p) => {
    const rows: CoverageRow[] = p.batches.map((b) => {
      const members = d.clusters.filter((c) => c.program === p.id && c.batch === b.number);
      const shandong = b.totals.filter((t) => t.scope === "shandong");
      const latest = shandong.length > 0 ? shandong[shandong.length - 1].value : null;
      return {
        program: p.id,
        batch: b.number,
        label: b.label.en,
        status: b.status,
        stated: statedText(b.totals),
        ...counted(members, articles),
        unnamed: latest === null ? null : Math.max(latest - members.length, 0),
      };
    });
    const unknown = d.clusters.filter((c) => c.program === p.id && c.batch === undefined);
    if (unknown.length > 0)
      rows.push({
        program: p.id,
        batch: null,
        label: "Batch unknown (no source states the list year)",
        status: "",
        stated: "not applicable",
        ...counted(unknown, articles),
        unnamed: null,
      });
    return rows;
  });
}

/**
 * How much of what the sources say exists the dataset names: over the batches with a stated
 * Shandong total, the records in them (at most the total each) against the totals.
 */
export function namedShare(d: Dataset): { stated: number; named: number; share: number } {
  let stated = 0;
  let named = 0;
  for (const p of d.programs) {
    for (const b of p.batches) {
      const shandong = b.totals.filter((t) => t.scope === "shandong");
      if (shandong.length === 0) continue;
      const latest = shandong[shandong.length - 1].value;
      const members = d.clusters.filter((c) => c.program === p.id && c.batch === b.number).length;
      stated += latest;
      named += Math.min(members, latest);
    }
  }
  return { stated, named, share: stated === 0 ? 0 : named / stated };
}

/** The Markdown table that goes between the README's coverage markers. */
export function coverageMarkdown(d: Dataset): string {
  const share = namedShare(d);
  const lines = [
    `Generated from \`src/data/clusters.json\` (version ${d.version}, updated ${d.updated}) by \`npx tsx scripts/coverage-table.ts\`; do not edit by hand.`,
    "",
    "| programme | batch | status | stated total | named in the five articles | named in any source | in dataset | not yet named |",
    "| --- | --- | --- | --- | ---: | ---: | ---: | ---: |",
    ...coverageRows(d).map(
      (r) =>
        `| ${r.program} | ${r.batch === null ? r.label : `${r.batch}: ${r.label}`} | ${r.status || "n/a"} | ${r.stated} | ${r.namedInArticles} | ${r.namedInSources} | ${r.inDataset} | ${r.unnamed ?? (r.batch === null ? "n/a (counted apart)" : "n/a (no Shandong total)")} |`
    ),
    "",
    `"named in any source" counts records with a Chinese name a source prints; "in dataset" also counts records known only by an English name or by a name this project spelt from a page's place and industry. "not yet named" is the latest stated Shandong total minus the records in the dataset: members the sources do not name, never filled by guess. Members whose list year no source states are counted apart ("Batch unknown") and never against a batch's total.`,
    "",
    `Named share of stated members: ${share.named} of ${share.stated} (${(share.share * 100).toFixed(1)}%), over the batches with a stated Shandong total.`,
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
