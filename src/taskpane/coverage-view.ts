/**
 * Coverage: for every programme and batch, the total the sources state beside the clusters the
 * dataset names, so a reader sees at once what public sources leave unnamed. Rows come from
 * core's SD.BATCHES table, read by the columns named in BATCH_COLUMNS.
 */
import { batchesTable } from "../core/listings";
import type { Cell } from "../core/table";
import type { PaneContext } from "./app";
import { el } from "./dom";
import { strings } from "./strings";

/** Where SD.BATCHES puts what this view shows (test/taskpane pins them to the header). */
export const BATCH_COLUMNS = {
  programme: 0,
  batch: 4,
  shandong: 8,
  shandongQualifier: 9,
  nationwide: 10,
  nationwideQualifier: 11,
  named: 12,
} as const;

/** "7", "170余" / "over 170": the number as stated, or "" when none is. */
function stated(value: Cell, qualifier: Cell, english: boolean): string {
  if (value === "") return "";
  if (!qualifier) return String(value);
  return english
    ? `${qualifier} ${value}`
    : qualifier === "余"
      ? `${value}余`
      : qualifier === "约"
        ? `约${value}`
        : `${value}${qualifier}`;
}

export function coverageView(context: PaneContext): HTMLElement {
  const { catalog, language } = context;
  const s = strings(language);
  const english = language === "en";
  const table = batchesTable(catalog, language);
  const byProgramme = new Map<string, Cell[][]>();
  for (const row of table.rows) {
    const key = String(row[BATCH_COLUMNS.programme]);
    byProgramme.set(key, [...(byProgramme.get(key) ?? []), row]);
  }

  const cards = [...byProgramme].map(([programme, rows], index) => {
    const body = rows.map((row) => {
      const shandong = row[BATCH_COLUMNS.shandong];
      const named = Number(row[BATCH_COLUMNS.named]);
      const gap = typeof shandong === "number" ? Math.max(shandong - named, 0) : undefined;
      const status =
        gap === undefined
          ? el("span", { className: "meta" }, s.coverageNoTotal)
          : gap > 0
            ? el("span", { className: "gap" }, s.coverageUnnamed(gap))
            : el("span", { className: "full" }, s.coverageComplete);
      const nationwide = stated(
        row[BATCH_COLUMNS.nationwide],
        row[BATCH_COLUMNS.nationwideQualifier],
        english
      );
      return el(
        "tr",
        {},
        el(
          "th",
          { attrs: { scope: "row" } },
          String(row[BATCH_COLUMNS.batch]),
          nationwide
            ? el(
                "div",
                { className: "meta" },
                `${s.coverageStatedNationwide}${s.colon}`,
                el("span", { className: "nowrap" }, nationwide)
              )
            : null
        ),
        el(
          "td",
          { className: "num" },
          stated(shandong, row[BATCH_COLUMNS.shandongQualifier], english) || "—"
        ),
        el("td", { className: "num" }, String(named)),
        el("td", { className: "status" }, status)
      );
    });
    const head = el(
      "tr",
      {},
      el("th", { attrs: { scope: "col" } }, s.batch),
      el("th", { attrs: { scope: "col" } }, s.coverageStated),
      el("th", { attrs: { scope: "col" } }, s.coverageNamed),
      el("th", { attrs: { scope: "col" } }, s.coverageGap)
    );
    const id = `coverage-${index}`;
    // A region that takes focus: keyboard users reach each table and can scroll it if it is wide.
    return el(
      "section",
      { className: "card" },
      el("h2", { id }, programme),
      el(
        "div",
        {
          className: "table-region",
          attrs: { role: "region", tabindex: "0", "aria-labelledby": id },
        },
        el(
          "table",
          { className: "coverage" },
          el("caption", { className: "visually-hidden" }, programme),
          el("thead", {}, head),
          el("tbody", {}, ...body)
        )
      )
    );
  });
  const dataset = catalog.dataset;
  return el(
    "section",
    { className: "stack" },
    el("p", { className: "hint" }, s.coverageIntro),
    ...cards,
    el("p", { className: "hint" }, s.datasetVersion(dataset.version, dataset.updated))
  );
}
