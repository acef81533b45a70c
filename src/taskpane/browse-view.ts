/**
 * Browse: the search box, the filters, the live result count and the preview list; a cluster
 * opens its detail view in place, and "back" returns to the list with focus where it was.
 */
import type { Cluster } from "../data/types";
import { FIELDS } from "../core/fields";
import { pick } from "../core/i18n";
import type { PaneContext } from "./app";
import { filterOptions, hasFilters, type BrowseFilter } from "./browse-model";
import { detailView } from "./detail-view";
import { el, labelledSelect, otherLanguage } from "./dom";
import { queryProblem } from "./query-problem";
import { strings } from "./strings";

/**
 * Rows listed at first, and added by each "show more": enough to browse, few enough that a
 * keystroke that changes every row still lays out within a frame. The count gives the total.
 */
const PREVIEW_STEP = 50;

function fieldText(context: PaneContext, id: string, cluster: Cluster): string {
  const field = FIELDS.find((f) => f.id === id);
  return field
    ? String(field.value(cluster, { catalog: context.catalog, language: context.language }))
    : "";
}

function batchLabel(context: PaneContext, cluster: Cluster): string {
  const program = context.catalog.programs.get(cluster.program);
  const batch = program?.batches.find((b) => b.number === cluster.batch);
  return batch ? pick(batch.label, context.language) : "";
}

/**
 * Makes `parent`'s children exactly `wanted`, in order, moving and removing only what differs,
 * so that rows a keystroke keeps are neither rebuilt nor re-laid out.
 */
function keepChildren(parent: Element, wanted: readonly Element[]): void {
  let current = parent.firstElementChild;
  for (const node of wanted) {
    if (node === current) current = current.nextElementSibling;
    else parent.insertBefore(node, current);
  }
  while (current) {
    const next = current.nextElementSibling;
    current.remove();
    current = next;
  }
}

export function browseView(context: PaneContext): HTMLElement {
  const s = strings(context.language);
  const options = filterOptions(context.catalog, context.language, s.any);
  const search = el("input", {
    id: "search",
    attrs: {
      type: "search",
      placeholder: s.searchPlaceholder,
      autocomplete: "off",
      spellcheck: "false",
    },
    on: { input: () => context.setFilter({ search: search.value }) },
  });
  search.value = context.filter.search;

  const select = (key: Exclude<keyof BrowseFilter, "search">, label: string) =>
    labelledSelect(`filter-${key}`, label, options[key], context.filter[key], (value) =>
      context.setFilter({ [key]: value })
    );
  const clear = el(
    "button",
    {
      className: "btn subtle small",
      id: "clear-filters",
      attrs: { type: "button" },
      on: {
        click: () => {
          for (const box of filters.querySelectorAll("select")) box.value = "";
          context.setFilter({ city: "", level: "", kind: "", batch: "", industry: "" });
        },
      },
    },
    s.clearFilters
  );
  const filters = el(
    "details",
    { className: "card", id: "filters" },
    el("summary", {}, s.filters),
    el(
      "div",
      { className: "filters" },
      select("city", s.filterCity),
      select("level", s.filterLevel),
      select("kind", s.filterKind),
      select("batch", s.filterBatch),
      select("industry", s.filterIndustry)
    ),
    el("div", { className: "row" }, clear)
  );
  filters.open = hasFilters(context.filter);

  const count = el("p", {
    className: "count",
    id: "result-count",
    attrs: { "aria-live": "polite", "aria-atomic": "true" },
  });
  // Always in the page (an alert region added or shown only with its message is not reliably
  // announced); its box shows only while there is a problem.
  const problemBox = el("div", { className: "message error", attrs: { hidden: "" } });
  const problem = el(
    "div",
    { id: "search-problem", className: "visually-hidden", attrs: { role: "alert" } },
    problemBox
  );
  const list = el("ul", {
    className: "results",
    id: "results",
    attrs: { "aria-labelledby": "result-count" },
  });
  const listArea = el("div", { id: "browse-list", className: "stack" }, count, problem, list);
  const detailArea = el("div", { id: "browse-detail", attrs: { hidden: "" } });
  // Escape leaves the detail view as "back" does, focus returning to the cluster's row.
  detailArea.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    const id = detailArea.querySelector<HTMLElement>("[data-cluster]")?.dataset.cluster;
    event.preventDefault();
    showList(id);
  });

  function showList(focusId?: string): void {
    detailArea.hidden = true;
    detailArea.replaceChildren();
    listArea.hidden = false;
    controls.hidden = false;
    if (focusId)
      list.querySelector<HTMLElement>(`[data-cluster="${CSS.escape(focusId)}"]`)?.focus();
  }

  function showDetail(cluster: Cluster): void {
    listArea.hidden = true;
    controls.hidden = true;
    detailArea.hidden = false;
    detailArea.replaceChildren(detailView(context, cluster, () => showList(cluster.id)));
    detailArea.querySelector<HTMLElement>("h2")?.focus();
  }

  function row(cluster: Cluster): HTMLLIElement {
    const meta = [
      fieldText(context, "city", cluster),
      fieldText(context, "level", cluster),
      fieldText(context, "kind", cluster),
      batchLabel(context, cluster),
    ]
      .filter(Boolean)
      .join(" · ");
    return el(
      "li",
      {},
      el(
        "button",
        {
          attrs: { type: "button", "data-cluster": cluster.id },
          on: { click: () => showDetail(cluster) },
        },
        el(
          "span",
          {
            className: "name",
            attrs: { lang: otherLanguage(pick(cluster.name, context.language), context.language) },
          },
          pick(cluster.name, context.language)
        ),
        el("span", { className: "meta" }, meta)
      )
    );
  }

  // The rows listed now, by cluster: a keystroke that lists a cluster again keeps its row (the
  // view is rebuilt when the language changes, so a row's text never goes stale).
  let rows = new Map<Cluster, HTMLLIElement>();
  let noResults: HTMLLIElement | undefined;
  let limit = PREVIEW_STEP;
  const moreButton = el("button", {
    className: "btn subtle",
    id: "show-more",
    attrs: { type: "button" },
    on: {
      click: () => {
        limit += PREVIEW_STEP;
        listRows();
        // Focus goes to the first new row, so keyboard users continue where the list grew.
        list
          .querySelectorAll<HTMLButtonElement>("button[data-cluster]")
          [limit - PREVIEW_STEP]?.focus();
      },
    },
  });
  const more = el("li", { className: "more" }, moreButton);

  function listRows(): void {
    const { clusters, error } = context.result;
    const shown = new Map<Cluster, HTMLLIElement>();
    const items: HTMLLIElement[] = [];
    for (const cluster of clusters.slice(0, limit)) {
      const item = rows.get(cluster) ?? row(cluster);
      shown.set(cluster, item);
      items.push(item);
    }
    rows = shown;
    if (clusters.length === 0 && !error)
      items.push((noResults ??= el("li", { className: "hint" }, s.noResults)));
    if (clusters.length > limit) {
      moreButton.textContent = s.showMore(clusters.length - limit);
      items.push(more);
    }
    keepChildren(list, items);
  }

  /** A new result: back to the first rows. */
  function refresh(): void {
    const { clusters, error } = context.result;
    // Other views (the map) set filters too; the boxes show what is in force.
    for (const key of ["city", "level", "kind", "batch", "industry"] as const) {
      const box = filters.querySelector<HTMLSelectElement>(`#filter-${key}`);
      if (box && box.value !== context.filter[key]) box.value = context.filter[key];
    }
    if (hasFilters(context.filter)) filters.open = true;
    count.textContent = s.resultCount(clusters.length);
    problemBox.replaceChildren(
      ...(error
        ? queryProblem(error, context.filter.search, context.language, s.didYouMean, (query) => {
            search.value = query;
            context.setFilter({ search: query });
            search.focus();
          })
        : [])
    );
    problemBox.hidden = !error;
    // Out of the layout while empty (no gap in the stack), yet still in the page as a live region.
    problem.className = error ? "" : "visually-hidden";
    if (error) {
      search.setAttribute("aria-invalid", "true");
      search.setAttribute("aria-describedby", "search-problem");
    } else {
      search.removeAttribute("aria-invalid");
      search.removeAttribute("aria-describedby");
    }
    limit = PREVIEW_STEP;
    listRows();
  }

  const searchArea = el(
    "div",
    { className: "field" },
    el("label", { attrs: { for: "search" } }, s.searchLabel),
    search
  );
  const controls = el("div", { className: "stack" }, searchArea, filters);
  const panel = el("section", {}, controls, listArea, detailArea);
  context.onResult(refresh);
  refresh();
  return panel;
}
