/**
 * The timeline of recognitions: one row per year (then "year unknown", always listed), a bar
 * stacked by programme, and the total; a table underneath the bars, so screen readers read the
 * same counts as rows with headers. Follows the pane's filter.
 */
import { pick } from "../core/i18n";
import { timeline } from "../core/timeline";
import type { PaneContext } from "./app";
import { el } from "./dom";
import { visualStrings } from "./visual-strings";

export function timelineView(context: PaneContext): HTMLElement {
  const { catalog, language } = context;
  const v = visualStrings(language);
  const programName = (id: string) => {
    const program = catalog.programs.get(id);
    return program ? pick(program.name, language) : id;
  };
  // Colours by the programme's place in the dataset, so a programme keeps its colour as filters change.
  const colour = (id: string) =>
    `series-${catalog.dataset.programs.findIndex((p) => p.id === id) % 7}`;

  const body = el("tbody");
  const key = el("ul", { className: "series-key", id: "timeline-key" });
  const notes = el("div", { className: "stack tight", id: "timeline-notes" });

  function refresh(): void {
    const data = timeline(catalog, context.result.clusters);
    const top = Math.max(1, ...data.years.map((y) => y.total));
    body.replaceChildren(
      ...data.years.map((year) => {
        const label = year.year || v.unknownYear;
        const parts = data.programs.filter((id) => year.counts[id]);
        return el(
          "tr",
          { attrs: { "data-year": year.year || "unknown" } },
          el("th", { attrs: { scope: "row" } }, label),
          el(
            "td",
            { className: "bar-cell" },
            el(
              "span",
              { className: "timeline-bar", attrs: { "aria-hidden": "true" } },
              ...parts.map((id) => {
                const segment = el("span", {
                  className: `segment ${colour(id)}`,
                  attrs: { title: `${programName(id)}: ${year.counts[id]}` },
                });
                segment.style.width = `${(100 * year.counts[id]) / top}%`;
                return segment;
              })
            ),
            el(
              "span",
              { className: "visually-hidden" },
              parts
                .map(
                  (id) => `${programName(id)}${language === "en" ? ": " : "："}${year.counts[id]}`
                )
                .join(language === "en" ? "; " : "；")
            )
          ),
          el("td", { className: "num" }, year.total)
        );
      })
    );
    key.replaceChildren(
      ...data.programs.map((id) =>
        el(
          "li",
          {},
          el("span", { className: `swatch ${colour(id)}`, attrs: { "aria-hidden": "true" } }),
          programName(id)
        )
      )
    );
    const unknown = data.years[data.years.length - 1].total;
    const byNotice = data.years.reduce((sum, y) => sum + y.byNotice, 0);
    notes.replaceChildren(
      el("p", { className: "hint" }, v.unknownNote(unknown)),
      ...(byNotice > 0 ? [el("p", { className: "hint" }, v.byNotice(byNotice))] : [])
    );
  }
  context.onResult(refresh);
  refresh();

  return el(
    "section",
    { className: "card", id: "timeline-card" },
    el("h2", {}, v.timelineSection),
    el("p", { className: "hint" }, v.timelineHelp),
    el(
      "table",
      { className: "timeline", id: "timeline" },
      el("caption", { className: "visually-hidden" }, v.timelineCaption),
      el(
        "thead",
        { className: "visually-hidden" },
        el(
          "tr",
          {},
          el("th", { attrs: { scope: "col" } }, v.yearHeader),
          el("th", { attrs: { scope: "col" } }, v.timelineSection),
          el("th", { attrs: { scope: "col" } }, v.totalHeader)
        )
      ),
      body
    ),
    key,
    notes
  );
}
