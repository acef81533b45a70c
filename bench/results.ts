/**
 * The shape of bench/results.json and the table printed from it (also what the README
 * quotes). Every figure may carry what it is compared with, the ratio, and the target the
 * issue sets; a missed target carries its reason and what would close it.
 */

export interface Target {
  /** What the target says, e.g. "≥ 200× faster". */
  text: string;
  met: boolean;
  /** Why it was missed and what would close it (only when missed). */
  why?: string;
}

export interface Figure {
  section: string;
  name: string;
  value: number;
  unit: string;
  /** What the figure is compared with, e.g. "HyperFormula 6,120 µs". */
  versus?: string;
  /** value relation as "N×", in the direction the target is stated. */
  ratio?: number;
  ratioLabel?: string;
  /** Percentage of a whole (a step's share of the call it belongs to), with what the whole is. */
  share?: { percent: number; of: string };
  target?: Target;
  note?: string;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  os: string;
  date: string;
  /** 1, 5 and 15-minute load averages when the run ended. */
  loadAverage: number[];
  chromium?: string;
  hyperformula: string;
}

export interface Results {
  machine: Machine;
  runSeconds: number;
  figures: Figure[];
  /** Parts that could not be measured, with the reason. */
  skipped: { section: string; what: string; why: string }[];
}

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : abs >= 0.01 ? 3 : 4;
  return value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

function ratioText(figure: Figure): string {
  if (figure.share) return `${formatNumber(figure.share.percent)}% of ${figure.share.of}`;
  if (figure.ratio === undefined) return "";
  return `${formatNumber(figure.ratio)}× ${figure.ratioLabel ?? ""}`.trim();
}

function targetText(figure: Figure): string {
  if (!figure.target) return "";
  return `${figure.target.met ? "met" : "MISSED"}: ${figure.target.text}`;
}

const escape = (text: string) => text.replace(/\|/g, "\\|");

/** The figures as a Markdown table, one row per figure, then the misses and skipped parts. */
export function markdown(results: Results): string {
  const lines = [
    "| Section | Figure | Value | Versus | Ratio | Target |",
    "| --- | --- | ---: | --- | --- | --- |",
  ];
  for (const f of results.figures) {
    const cells = [
      f.section,
      f.name,
      `${formatNumber(f.value)} ${f.unit}`,
      f.versus ?? "",
      ratioText(f),
      targetText(f),
    ];
    lines.push(`| ${cells.map(escape).join(" | ")} |`);
  }
  // Figures missed for one reason share one line: the reason is long, the names are not.
  const misses = new Map<string, string[]>();
  for (const f of results.figures.filter((f) => f.target && !f.target.met)) {
    const why = f.target!.why ?? "";
    misses.set(why, [...(misses.get(why) ?? []), `${f.section} · ${f.name}`]);
  }
  if (misses.size > 0) {
    lines.push("", "Missed targets:", "");
    for (const [why, names] of misses) lines.push(`- ${names.join("; ")}: ${why}`);
  }
  const notes = results.figures.filter((f) => f.note);
  if (notes.length > 0) {
    lines.push("", "Notes:", "");
    for (const f of notes) lines.push(`- ${f.section} · ${f.name}: ${f.note}`);
  }
  if (results.skipped.length > 0) {
    lines.push("", "Not measured:", "");
    for (const s of results.skipped) lines.push(`- ${s.section} · ${s.what}: ${s.why}`);
  }
  const m = results.machine;
  lines.push(
    "",
    `Machine: ${m.cpu}, ${m.cores} cores (load average ${m.loadAverage.join(", ")}), ${m.memoryGB} GB, Node ${m.node}, ${m.os}` +
      `${m.chromium ? `, Chromium ${m.chromium}` : ""}, HyperFormula ${m.hyperformula}; ${m.date}; run took ${Math.round(results.runSeconds)} s.`
  );
  return lines.join("\n");
}

/** A compact table for the terminal, aligned in columns. */
export function terminalTable(results: Results): string {
  const rows = results.figures.map((f) => [
    f.section,
    f.name,
    `${formatNumber(f.value)} ${f.unit}`,
    f.versus ?? "",
    ratioText(f),
    targetText(f),
  ]);
  const header = ["Section", "Figure", "Value", "Versus", "Ratio", "Target"];
  const width = (s: string) => [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (cells: string[]) =>
    cells.map((c, i) => c + " ".repeat(widths[i] - width(c))).join("  ");
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
