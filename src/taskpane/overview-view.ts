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

interface InsertSpec {
  id: string;
  statusId: string;
  label: string;
  help: string;
  /** The filter the inserted table answers to. */
  filter: (current: PaneContext["filter"]) => PaneContext["filter"];
  /** Inserts the table and its chart; gives the success message. */
  insert: (
    workbook: NonNullable<PaneContext["workbook"]>,
    filter: PaneContext["filter"],
    clusters: ReturnType<typeof applyFilter>["clusters"]
  ) => Promise<string>;
}

/** A card with one insert button and its status line; both inserts share everything else. */
function insertAction(context: PaneContext, spec: InsertSpec): HTMLElement {
  const { catalog, language, workbook } = context;
  const s = strings(language);
  const status = el("div", {
    className: "message",
    id: spec.statusId,
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
      id: spec.id,
      attrs: { type: "button" },
      on: {
        click: async () => {
          if (!workbook) return;
          const filter = spec.filter(context.filter);
          const { clusters } = applyFilter(catalog, filter);
          if (clusters.length === 0) return show("warning", s.nothingToInsert);
          button.disabled = true;
          show("info", s.working);
          try {
            show("success", await spec.insert(workbook, filter, clusters));
          } catch (error) {
            show("error", s.failed(error instanceof Error ? error.message : String(error)));
          } finally {
            button.disabled = false;
          }
        },
      },
    },
    spec.label
  );
  return el(
    "section",
    { className: "card" },
    el("p", { className: "hint" }, spec.help),
    button,
    status
  );
}

function insertMapAction(context: PaneContext): HTMLElement {
  const { catalog, language } = context;
  const v = visualStrings(language);
  return insertAction(context, {
    id: "insert-map",
    statusId: "map-insert-status",
    label: v.insertMap,
    help: v.insertMapHelp,
    // What the map shows: every filter but the city, which the map itself picks.
    filter: (current) => ({ ...current, city: "" }),
    insert: async (workbook, filter, clusters) => {
      const summary = chartContent(catalog, clusters, "city", language);
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
      return v.mapInserted(result.address, outcome === "filled-map");
    },
  });
}

function insertTimelineAction(context: PaneContext): HTMLElement {
  const { catalog, language } = context;
  const v = visualStrings(language);
  return insertAction(context, {
    id: "insert-timeline",
    statusId: "timeline-insert-status",
    label: v.insertTimeline,
    help: v.insertTimelineHelp,
    filter: (current) => current,
    insert: async (workbook, filter, clusters) => {
      const request = tableRequest("timeline", filter, []);
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
      return v.timelineInserted(result.address, outcome === "stacked");
    },
  });
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
