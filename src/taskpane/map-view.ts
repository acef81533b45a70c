/**
 * The city map: Shandong's 16 cities drawn from the build-time paths (scripts/build-city-map.ts),
 * shaded by the distinct clusters matching the pane's filter (all but the city filter, which the
 * map itself sets), each count written on its city, and a legend of the shading classes. Every
 * city is a button with its name and count; clicking one filters the pane by it, again clears it.
 */
import { classOf, cityCounts, countClasses } from "../core/city-counts";
import type { PaneContext } from "./app";
import { applyFilter } from "./browse-model";
import { el } from "./dom";
import shapes from "./generated/city-map.json";
import { visualStrings } from "./visual-strings";

const SVG = "http://www.w3.org/2000/svg";

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  text?: string
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

export function mapView(context: PaneContext): HTMLElement {
  const { catalog, language } = context;
  const v = visualStrings(language);
  const cityName = (id: string) => {
    const city = catalog.cities.get(id);
    return city ? (language === "en" ? city.en : city.short) : id;
  };
  const drawing = svg("svg", {
    viewBox: `0 0 ${shapes.width} ${shapes.height}`,
    role: "group",
    "aria-label": v.mapLabel,
    id: "city-map",
    class: "city-map",
  });
  const regions = svg("g");
  const labels = svg("g", { "aria-hidden": "true", class: "map-labels" });
  // The focused city is drawn again on top, so its ring is not hidden under its neighbours.
  const ring = svg("path", { class: "map-focus", "aria-hidden": "true" });
  ring.style.display = "none";
  drawing.append(regions, labels, ring);

  const paths = new Map<string, SVGPathElement>();
  const counts = new Map<string, SVGTextElement>();
  for (const shape of shapes.cities) {
    const path = svg("path", {
      d: shape.d,
      tabindex: 0,
      role: "button",
      "data-city": shape.id,
    });
    const toggle = () =>
      context.setFilter({ city: context.filter.city === shape.id ? "" : shape.id });
    path.addEventListener("click", toggle);
    path.addEventListener("keydown", (event) => {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      toggle();
    });
    path.addEventListener("focus", () => {
      ring.setAttribute("d", shape.d);
      ring.style.display = "";
    });
    path.addEventListener("blur", () => (ring.style.display = "none"));
    const [x, y] = shape.label;
    const text = svg("text", { x, y, "text-anchor": "middle" });
    regions.append(path);
    labels.append(text);
    paths.set(shape.id, path);
    counts.set(shape.id, text);
  }

  const legend = el("ul", { className: "map-legend", id: "map-legend" });
  const status = el("div", { className: "row", id: "map-selection" });

  function refresh(): void {
    // Shaded by everything the pane filters on except the city, so the other cities stay in view.
    const { clusters } = applyFilter(catalog, { ...context.filter, city: "" });
    const perCity = cityCounts(catalog, clusters);
    const classes = countClasses(perCity.map((c) => c.count));
    for (const { id, count } of perCity) {
      const path = paths.get(id)!;
      const shade = classOf(classes, count);
      path.setAttribute("class", `shade-${shade}${id === context.filter.city ? " selected" : ""}`);
      path.setAttribute("aria-label", v.cityCount(cityName(id), count));
      path.setAttribute("aria-pressed", String(id === context.filter.city));
      const text = counts.get(id)!;
      text.setAttribute("class", `shade-${shade}`);
      text.replaceChildren(
        svg("tspan", { x: text.getAttribute("x")!, dy: "-0.2em", class: "map-name" }, cityName(id)),
        svg("tspan", { x: text.getAttribute("x")!, dy: "1.1em" }, String(count))
      );
    }
    legend.replaceChildren(
      ...classes.map((c, i) =>
        el(
          "li",
          {},
          el("span", { className: `swatch shade-${i}`, attrs: { "aria-hidden": "true" } }),
          v.legendClass(c.min, c.max)
        )
      )
    );
    const city = context.filter.city;
    status.replaceChildren(
      ...(city
        ? [
            el("span", {}, v.selected(cityName(city))),
            el(
              "button",
              {
                className: "btn subtle small",
                id: "map-clear-city",
                attrs: { type: "button" },
                on: { click: () => context.setFilter({ city: "" }) },
              },
              v.clearCity
            ),
          ]
        : [])
    );
  }
  context.onResult(refresh);
  refresh();

  return el(
    "section",
    { className: "card", id: "map-card" },
    el("h2", {}, v.mapSection),
    el("p", { className: "hint" }, v.mapHelp),
    drawing,
    el("div", { className: "legend-row" }, el("span", { className: "legend" }, v.legend), legend),
    status,
    el("p", { className: "hint" }, v.mapSource)
  );
}
