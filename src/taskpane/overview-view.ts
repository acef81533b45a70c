/**
 * Overview: the city map and the timeline of the pane's current result, and in Excel the
 * "insert map" action: the city table (as Insert's chart by city, so a refresh rewrites it)
 * on a new sheet, its chart made Excel's filled map where the host has one; and "insert
 * timeline": the years × programmes table (view "timeline", refreshed the same way) with a
 * stacked column chart.
 */
import { toFilledMap } from "../excel/map-chart";
import { toStackedColumns } from "../excel/timeline-chart";
import type { PaneContext } from "./app";
import { applyFilter } from "./browse-model";
import { el } from "./dom";
import { chartContent, citedSources, noteText, summaryView, tableRequest } from "./insert-model";
import { mapView } from "./map-view";
import { installOverviewStyles } from "./overview-styles";
import { strings } from "./strings";
import { timelineTable } from "./timeline-table";
import { timelineView } from "./timeline-view";
import { visualStrings } from "./visual-strings";

function insertMapAction(context: PaneContext): HTMLElement {
  const { catalog, language, workbook } = context;
  const v = visualStrings(language);
  const s = strings(language);
  const status = el("div", {
    className: "message",
    id: "map-insert-status",
    attrs: { role: "status", "aria-live": "polite" },
  });
  const show = (kind: string, text: string) => {
    status.className = `message ${kind}`;
    status.textContent = text;
  };
  const button = el(
    "button",
    {
      className: "btn",
      id: "insert-map",
      attrs: { type: "button" },
      on: {
        click: async () => {
          if (!workbook) return;
          // What the map shows: every filter but the city, which the map itself picks.
          const filter = { ...context.filter, city: "" };
          const { clusters } = applyFilter(catalog, filter);
          if (clusters.length === 0) return show("warning", s.nothingToInsert);
          const summary = chartContent(catalog, clusters, "city", language);
          button.disabled = true;
          show("info", s.working);
          try {
            const result = await workbook.insertTable({
              content: summary.table,
              request: tableRequest(summaryView("city"), filter, []),
              lang: language,
              version: catalog.dataset.version,
              note: noteText(catalog, citedSources(clusters), language),
              placement: { kind: "new-sheet", sheetName: v.mapSheet },
              chart: { title: summary.title },
            });
            const outcome = await toFilledMap(result.entry.sheetName, result.entry.chartName!);
            show("success", v.mapInserted(result.address, outcome === "filled-map"));
          } catch (error) {
            show("error", s.failed(error instanceof Error ? error.message : String(error)));
          } finally {
            button.disabled = false;
          }
        },
      },
    },
    v.insertMap
  );
  return el(
    "section",
    { className: "card" },
    el("p", { className: "hint" }, v.insertMapHelp),
    button,
    status
  );
}

function insertTimelineAction(context: PaneContext): HTMLElement {
  const { catalog, language, workbook } = context;
  const v = visualStrings(language);
  const s = strings(language);
  const status = el("div", {
    className: "message",
    id: "timeline-insert-status",
    attrs: { role: "status", "aria-live": "polite" },
  });
  const show = (kind: string, text: string) => {
    status.className = `message ${kind}`;
    status.textContent = text;
  };
  const button = el(
    "button",
    {
      className: "btn",
      id: "insert-timeline",
      attrs: { type: "button" },
      on: {
        click: async () => {
          if (!workbook) return;
          const filter = context.filter;
          const { clusters } = applyFilter(catalog, filter);
          if (clusters.length === 0) return show("warning", s.nothingToInsert);
          const request = tableRequest("timeline", filter, []);
          button.disabled = true;
          show("info", s.working);
          try {
            const result = await workbook.insertTable({
              content: timelineTable(catalog, clusters, request, language),
              request,
              lang: language,
              version: catalog.dataset.version,
              note: noteText(catalog, citedSources(clusters), language),
              placement: { kind: "new-sheet", sheetName: v.timelineSheet },
              chart: { title: v.timelineChartTitle },
            });
            const outcome = await toStackedColumns(result.entry.sheetName, result.entry.chartName!);
            show("success", v.timelineInserted(result.address, outcome === "stacked"));
          } catch (error) {
            show("error", s.failed(error instanceof Error ? error.message : String(error)));
          } finally {
            button.disabled = false;
          }
        },
      },
    },
    v.insertTimeline
  );
  return el(
    "section",
    { className: "card" },
    el("p", { className: "hint" }, v.insertTimelineHelp),
    button,
    status
  );
}

export function overviewView(context: PaneContext): HTMLElement {
  installOverviewStyles();
  return el(
    "section",
    { className: "stack" },
    mapView(context),
    ...(context.workbook ? [insertMapAction(context)] : []),
    timelineView(context),
    ...(context.workbook ? [insertTimelineAction(context)] : [])
  );
}
