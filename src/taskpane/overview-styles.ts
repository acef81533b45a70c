/**
 * The Overview tab's look (map shades, series colours, the map and timeline layout), installed
 * with its chunk so the pane's first load does not carry it. Colours follow the pane's themes;
 * each count on a shade reads at 4.5:1 or better.
 */

const LIGHT = `
  --shade0:#f5f5f5; --shade1:#d3ecdc; --shade2:#9ed4b0; --shade3:#107c41; --shade4:#0b5a2f;
  --shade-ink0:#424242; --shade-ink1:#0b3d20; --shade-ink2:#0b3d20; --shade-ink3:#ffffff; --shade-ink4:#ffffff;
  --map-border:#ffffff;
  --series0:#0f6cbd; --series1:#107c41; --series2:#c239b3; --series3:#da3b01; --series4:#8764b8; --series5:#038387; --series6:#986f0b`;

const DARK = `
  --shade0:#333333; --shade1:#1a4a2e; --shade2:#237a48; --shade3:#6ccb8f; --shade4:#b5e6c6;
  --shade-ink0:#d6d6d6; --shade-ink1:#ffffff; --shade-ink2:#ffffff; --shade-ink3:#0b3d20; --shade-ink4:#0b3d20;
  --map-border:#1f1f1f;
  --series0:#479ef5; --series1:#54b054; --series2:#d56ccc; --series3:#f1926b; --series4:#a990d6; --series5:#4bb4b8; --series6:#d9ae43`;

const CSS = `
:root{${LIGHT}}
:root[data-theme="dark"]{${DARK}}
svg.city-map{width:100%;height:auto;display:block}
svg.city-map path{stroke:var(--map-border);stroke-width:0.6;cursor:pointer}
svg.city-map path:hover{stroke:var(--fg1);stroke-width:1}
svg.city-map path:focus{outline:none}
svg.city-map path.selected{stroke:var(--fg1);stroke-width:1.6}
svg.city-map .map-focus{fill:none;stroke:var(--focus);stroke-width:2.4;pointer-events:none}
.map-labels text{font-size:10px;font-weight:600;pointer-events:none}
.map-labels .map-name{font-size:7.5px;font-weight:400}
${[0, 1, 2, 3, 4].map((i) => `path.shade-${i}{fill:var(--shade${i})}.swatch.shade-${i}{background:var(--shade${i})}text.shade-${i}{fill:var(--shade-ink${i})}`).join("")}
${[0, 1, 2, 3, 4, 5, 6].map((i) => `.series-${i}{background:var(--series${i})}`).join("")}
.legend-row{display:flex;flex-wrap:wrap;align-items:center;gap:4px 12px}
ul.map-legend,ul.series-key{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px 12px;font-size:12px;line-height:16px}
ul.series-key{flex-direction:column}
.map-legend li,.series-key li{display:flex;align-items:center;gap:4px}
.swatch{display:inline-block;width:14px;height:14px;border-radius:2px;border:1px solid var(--stroke1);flex:none}
table.timeline{width:100%;border-collapse:collapse;font-size:12px;line-height:16px}
table.timeline th{text-align:left;font-weight:600;padding:3px 8px 3px 0;white-space:nowrap;color:var(--fg2)}
table.timeline td{padding:3px 0}
table.timeline td.num{text-align:right;width:36px;padding-left:6px;font-variant-numeric:tabular-nums;font-weight:600}
.bar-cell{width:100%}
.timeline-bar{display:flex;height:14px;border-radius:2px;overflow:hidden;background:var(--bg3)}
.segment{display:block;height:100%}
`;

/** Adds the Overview's stylesheet to the document once. */
export function installOverviewStyles(doc: Document = document): void {
  if (doc.getElementById("qilu-overview-styles")) return;
  const style = doc.createElement("style");
  style.id = "qilu-overview-styles";
  style.textContent = CSS;
  doc.head.append(style);
}
