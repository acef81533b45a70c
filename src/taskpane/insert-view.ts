/**
 * Insert: the current result as an Excel table, a chart on a summary table, or a comparison
 * sheet of live formulas; outside Excel, the same result as a CSV download. Choices (fields,
 * header language, chart grouping) are remembered. A write that would cover a non-empty cell
 * is refused by src/excel; the pane then offers the new sheet instead.
 */
import { toCsv } from "../core/csv";
import { DEFAULT_FIELDS, FIELDS } from "../core/fields";
import type { Language } from "../core/i18n";
import { recordsTable } from "../core/queries";
import type { SummaryBy } from "../core/summary";
import type { Table } from "../core/table";
import { OccupiedTargetError, TooLargeError } from "../excel/errors";
import type { Placement } from "../excel/insert-table";
import type { PaneContext } from "./app";
import { CSV_TYPE, download, fieldChoice, XLSX_TYPE } from "./choices";
import { el, labelledSelect } from "./dom";
import {
  chartContent,
  citedSources,
  comparisonLayout,
  noteText,
  summaryView,
  tableRequest,
} from "./insert-model";
import { loadPrefs, savePrefs } from "./prefs";
import { strings } from "./strings";

type Kind = "table" | "chart";

export function insertView(context: PaneContext): HTMLElement {
  const { catalog, language, host, workbook } = context;
  const s = strings(language);
  const prefs = loadPrefs();
  const known = new Set(FIELDS.map((f) => f.id));
  let fields = (prefs.fields ?? DEFAULT_FIELDS).filter((id) => known.has(id));
  let headerLanguage: Language = prefs.headerLanguage ?? language;
  let chartBy: SummaryBy = prefs.chartBy ?? "city";
  let placement: Placement["kind"] = "selection";
  const inExcel = host.mode === "excel";
  // In an Excel without the requirement sets there are no workbook actions: buttons show, disabled.
  const canWrite = Boolean(workbook);

  const scope = el("p", { className: "count", id: "insert-scope" });
  const status = el("div", {
    className: "message",
    id: "insert-status",
    attrs: { role: "status", "aria-live": "polite" },
  });
  const buttons: HTMLButtonElement[] = [];

  function show(
    kind: "success" | "warning" | "error" | "info" | "",
    text: string,
    action?: HTMLElement
  ): void {
    status.className = kind ? `message ${kind}` : "message";
    status.replaceChildren(...(text ? [el("span", {}, text)] : []), ...(action ? [action] : []));
  }

  function busy(on: boolean): void {
    for (const button of buttons) button.disabled = on || !canWrite;
  }

  const sheetName = (kind: Kind) =>
    kind === "table" ? strings(headerLanguage).sheetClusters : strings(headerLanguage).sheetChart;

  async function insert(kind: Kind, where: Placement): Promise<void> {
    if (!workbook) return;
    const clusters = context.result.clusters;
    if (clusters.length === 0) return show("warning", s.nothingToInsert);
    if (kind === "table" && fields.length === 0) return show("warning", s.noFields);
    let content: Table;
    let chart: { title: string } | undefined;
    if (kind === "table") {
      content = recordsTable(catalog, clusters, fields, headerLanguage);
    } else {
      const summary = chartContent(catalog, clusters, chartBy, headerLanguage);
      content = summary.table;
      chart = { title: summary.title };
    }
    busy(true);
    show("info", s.working);
    try {
      const result = await workbook.insertTable({
        content,
        request: tableRequest(
          kind === "table" ? "clusters" : summaryView(chartBy),
          context.filter,
          kind === "table" ? fields : []
        ),
        lang: headerLanguage,
        version: catalog.dataset.version,
        note: noteText(catalog, citedSources(clusters), headerLanguage),
        placement: where,
        ...(chart ? { chart } : {}),
      });
      show("success", s.inserted(result.address));
    } catch (error) {
      const retry = el(
        "button",
        {
          className: "btn",
          id: "new-sheet-instead",
          attrs: { type: "button" },
          on: { click: () => void insert(kind, { kind: "new-sheet", sheetName: sheetName(kind) }) },
        },
        s.newSheetInstead
      );
      if (error instanceof OccupiedTargetError) show("warning", s.occupied(error.target), retry);
      else if (error instanceof TooLargeError) show("warning", s.tooLarge, retry);
      else show("error", s.failed(error instanceof Error ? error.message : String(error)));
    } finally {
      busy(false);
    }
    status.querySelector<HTMLElement>("#new-sheet-instead")?.focus();
  }

  async function comparison(): Promise<void> {
    if (!workbook) return;
    busy(true);
    show("info", s.working);
    try {
      const result = await workbook.insertComparison({
        layout: comparisonLayout(catalog, context.filter, headerLanguage),
        lang: headerLanguage,
        version: catalog.dataset.version,
      });
      show("success", s.insertedSheet(result.sheetName));
    } catch (error) {
      show("error", s.failed(error instanceof Error ? error.message : String(error)));
    } finally {
      busy(false);
    }
  }

  const fileName = (extension: string) =>
    `${strings(headerLanguage).csvFile}-${catalog.dataset.version}.${extension}`;

  function exportCsv(): void {
    const table = recordsTable(catalog, context.result.clusters, fields, headerLanguage);
    download(toCsv(table), fileName("csv"), CSV_TYPE);
    show("success", s.exported(fileName("csv"), table.rows.length));
  }

  async function exportXlsx(): Promise<void> {
    const clusters = context.result.clusters;
    if (fields.length === 0) return show("warning", s.noFields);
    const h = strings(headerLanguage);
    const cited = [
      ...new Set(clusters.flatMap((c) => [...c.sources, ...c.metrics.map((m) => m.source)])),
    ];
    show("info", s.exportWorking);
    try {
      // The writer is its own chunk, fetched on the first export only.
      // Like the sources table, which only the export and the Coverage tab need.
      const [{ buildXlsx }, { sourcesTable }] = await Promise.all([
        import(/* webpackChunkName: "xlsx" */ "./xlsx-export"),
        import(/* webpackChunkName: "listings" */ "../core/listings"),
      ]);
      const bytes = await buildXlsx({
        result: recordsTable(catalog, clusters, fields, headerLanguage),
        note: noteText(catalog, citedSources(clusters), headerLanguage),
        sources: sourcesTable(catalog, cited, headerLanguage),
        sheetNames: { result: h.sheetClusters, sources: h.sheetSources },
      });
      download(bytes as Uint8Array<ArrayBuffer>, fileName("xlsx"), XLSX_TYPE);
      show("success", s.exported(fileName("xlsx"), clusters.length));
    } catch (error) {
      show("error", s.exportFailed(error instanceof Error ? error.message : String(error)));
    }
  }

  function action(id: string, label: string, run: () => void, primary = false): HTMLButtonElement {
    const button = el(
      "button",
      {
        className: primary ? "btn primary" : "btn",
        id,
        attrs: { type: "button" },
        on: { click: run },
      },
      label
    );
    if (!canWrite) {
      button.setAttribute("aria-describedby", "requirements");
      button.title = s.disabledReason;
    }
    buttons.push(button);
    return button;
  }

  const languages: [string, string][] = [
    ["zh-CN", "中文"],
    ["en", "English"],
  ];
  const headerChoice = labelledSelect(
    "header-language",
    s.headerLanguage,
    languages,
    headerLanguage,
    (value) => {
      headerLanguage = value === "en" ? "en" : "zh-CN";
      savePrefs({ headerLanguage });
    }
  );
  const fieldPicker = fieldChoice(language, fields, (chosen) => {
    fields = chosen;
    savePrefs({ fields });
  });

  const radio = (value: Placement["kind"], label: string) => {
    const input = el("input", {
      id: `place-${value}`,
      attrs: { type: "radio", name: "placement", value },
      on: { change: () => (placement = value) },
    });
    input.checked = placement === value;
    return el("label", {}, input, label);
  };
  const placementChoice = el(
    "fieldset",
    { className: "field" },
    el("legend", { className: "legend" }, s.placement),
    el(
      "div",
      { className: "radios" },
      radio("selection", s.placeSelection),
      radio("new-sheet", s.placeNewSheet)
    )
  );
  const where = (kind: Kind): Placement =>
    placement === "selection"
      ? { kind: "selection" }
      : { kind: "new-sheet", sheetName: sheetName(kind) };

  const refresh = () => (scope.textContent = s.insertScope(context.result.clusters.length));
  context.onResult(refresh);
  refresh();

  const tableCard = el(
    "section",
    { className: "card" },
    el("h2", {}, inExcel ? s.tableSection : s.exportSection),
    fieldPicker,
    inExcel
      ? action("insert-table", s.insertTable, () => void insert("table", where("table")), true)
      : el(
          "div",
          { className: "stack" },
          el("p", { className: "hint" }, s.exportXlsxHelp),
          el(
            "button",
            {
              className: "btn primary",
              id: "export-xlsx",
              attrs: { type: "button" },
              on: { click: () => void exportXlsx() },
            },
            s.exportXlsx
          ),
          el("p", { className: "hint" }, s.exportHelp),
          el(
            "button",
            {
              className: "btn",
              id: "export-csv",
              attrs: { type: "button" },
              on: { click: exportCsv },
            },
            s.exportCsv
          )
        )
  );
  if (!inExcel) {
    return el(
      "section",
      { className: "stack" },
      scope,
      el("p", { className: "message info" }, s.previewInsertNote),
      status,
      el("div", { className: "card" }, headerChoice),
      tableCard
    );
  }
  const chartCard = el(
    "section",
    { className: "card" },
    el("h2", {}, s.chartSection),
    labelledSelect(
      "chart-by",
      s.chartBy,
      [
        ["city", s.byCity],
        ["kind", s.byKind],
        ["industry", s.byIndustry],
      ],
      chartBy,
      (value) => {
        chartBy = value === "kind" || value === "industry" ? value : "city";
        savePrefs({ chartBy });
      }
    ),
    action("insert-chart", s.insertChart, () => void insert("chart", where("chart")))
  );
  const comparisonCard = el(
    "section",
    { className: "card" },
    el("h2", {}, s.comparisonSection),
    el("p", { className: "hint" }, s.comparisonHelp),
    action("insert-comparison", s.insertComparison, () => void comparison())
  );
  busy(false);
  return el(
    "section",
    { className: "stack" },
    scope,
    status,
    el("div", { className: "card" }, headerChoice, placementChoice),
    tableCard,
    chartCard,
    comparisonCard
  );
}
