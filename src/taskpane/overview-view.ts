/**
 * Overview: the city map and the timeline of the pane's current result, and in Excel the
 * "insert map" action (the city table with Excel's filled map where the host has it).
 */
import type { PaneContext } from "./app";
import { el } from "./dom";
import { mapView } from "./map-view";
import { timelineView } from "./timeline-view";

export function overviewView(context: PaneContext): HTMLElement {
  return el("section", { className: "stack" }, mapView(context), timelineView(context));
}
