/**
 * The workbook view: the tables, charts and comparison sheets this add-in inserted in the
 * workbook, each with its dataset version (current or not) and time, a "Refresh" button each and
 * "Refresh all"; after a refresh, one line per entry: what changed, or the fault that stopped it.
 * It takes what it needs as parameters, so it can be tested with a fake host or fake actions.
 */
import type { Language } from "../core/i18n";
import type { LoadedRegistry } from "../excel/registry";
import { RegistryFormatError } from "../excel/registry-format";
import type { RefreshReport } from "../excel/refresh";
import { tableStatuses } from "../excel/table-status";
import { el } from "./dom";
import { workbookStrings } from "./workbook-strings";

export interface WorkbookViewDeps {
  language: Language;
  /** The version of the dataset the add-in carries. */
  datasetVersion: string;
  /** The registry as the pane holds it; rejects with RegistryFormatError where it cannot be used. */
  registry(): Promise<LoadedRegistry>;
  /** Refreshes every entry, or the one given, from the current dataset. */
  refresh(only?: string): Promise<RefreshReport>;
}

export interface WorkbookView {
  element: HTMLElement;
  /** What the ribbon's Refresh all runs; never rejects (a failure is shown in the view). */
  refreshAll(): Promise<void>;
  /** Reads the registry again and redraws the list (after an insert). */
  update(): Promise<void>;
}

export function workbookView(deps: WorkbookViewDeps): WorkbookView {
  const s = workbookStrings(deps.language);
  const list = el("ul", { className: "stack", id: "tracked-tables" });
  const status = el("div", {
    className: "message",
    id: "refresh-status",
    attrs: { role: "status", "aria-live": "polite" },
  });
  const buttons: HTMLButtonElement[] = [];
  const all = button("refresh-all", s.refreshAll, () => void refreshAll(), true);

  function button(id: string, label: string, run: () => void, primary = false) {
    const b = el(
      "button",
      {
        className: primary ? "btn primary" : "btn small",
        id,
        attrs: { type: "button" },
        on: { click: run },
      },
      label
    );
    buttons.push(b);
    return b;
  }

  function show(kind: "success" | "warning" | "error" | "info" | "", lines: string[]): void {
    status.className = kind ? `message ${kind}` : "message";
    status.replaceChildren(...lines.filter(Boolean).map((line) => el("p", {}, line)));
  }

  function registryProblem(error: unknown): string {
    if (error instanceof RegistryFormatError)
      return error.reason === "newer" ? s.newerRegistry : s.unreadableRegistry;
    return s.failed(error instanceof Error ? error.message : String(error));
  }

  async function update(): Promise<void> {
    let loaded: LoadedRegistry;
    try {
      loaded = await deps.registry();
    } catch (error) {
      list.replaceChildren();
      all.disabled = true;
      show("error", [registryProblem(error)]);
      return;
    }
    const statuses = tableStatuses(loaded, deps.datasetVersion);
    buttons.splice(1);
    all.disabled = statuses.length === 0;
    list.replaceChildren(
      ...(statuses.length === 0
        ? [el("li", { className: "hint" }, s.nothingTracked)]
        : statuses.map((t) =>
            el(
              "li",
              {
                className: "card",
                attrs: { "data-entry": t.entryId, "data-current": String(t.current) },
              },
              el("strong", {}, `${s.kind(t.type)} · ${t.name}`),
              el("span", { className: "hint" }, ` ${t.sheetName}`),
              el(
                "p",
                { className: t.current ? "meta" : "meta outdated" },
                t.current ? s.current(t.version) : s.outdated(t.version, deps.datasetVersion),
                " · ",
                s.refreshedAt(t.refreshedAt)
              ),
              button(`refresh-${t.entryId}`, s.refreshThis, () => void run(t.entryId))
            )
          ))
    );
  }

  async function run(only?: string): Promise<void> {
    for (const b of buttons) b.disabled = true;
    show("info", [s.working]);
    try {
      const report = await deps.refresh(only);
      const faults = report.outcomes.filter((o) => o.status === "fault").length;
      show(faults > 0 ? "warning" : "success", [
        ...report.outcomes.map(s.outcome),
        s.formulas(report.formulasRewritten),
      ]);
    } catch (error) {
      show("error", [registryProblem(error)]);
    }
    await update();
  }

  function refreshAll(): Promise<void> {
    return run();
  }

  const element = el(
    "section",
    { className: "card", id: "workbook-view" },
    el("h2", {}, s.section),
    el("p", { className: "hint" }, s.intro),
    all,
    status,
    list
  );
  void update();
  return { element, refreshAll, update };
}
