/**
 * @jest-environment jsdom
 */
import { getCatalog } from "../../src/core/dataset";
import type { PaneContext } from "../../src/taskpane/app";
import { applyFilter, EMPTY_FILTER, type BrowseFilter } from "../../src/taskpane/browse-model";
import { browseView } from "../../src/taskpane/browse-view";

function mount(): { view: HTMLElement; type: (text: string) => void } {
  const catalog = getCatalog();
  const listeners: (() => void)[] = [];
  const context: PaneContext = {
    catalog,
    host: { mode: "preview", missing: [] },
    language: "zh-CN",
    filter: EMPTY_FILTER,
    result: applyFilter(catalog, EMPTY_FILTER),
    setFilter(change: Partial<BrowseFilter>) {
      context.filter = { ...context.filter, ...change };
      context.result = applyFilter(catalog, context.filter);
      for (const listener of listeners) listener();
    },
    onResult: (listener) => listeners.push(listener),
  };
  const view = browseView(context);
  document.body.replaceChildren(view);
  const search = view.querySelector<HTMLInputElement>("#search")!;
  return {
    view,
    type(text) {
      search.value = text;
      search.dispatchEvent(new Event("input"));
    },
  };
}

const rows = (view: HTMLElement) => [...view.querySelectorAll<HTMLLIElement>("#results > li")];
const listed = (view: HTMLElement) =>
  [...view.querySelectorAll("#results [data-cluster]")].map((b) => b.getAttribute("data-cluster"));

describe("the result list while typing", () => {
  it("keeps the row of a cluster listed again, and lists exactly the new result in order", () => {
    const { view, type } = mount();
    type("烟台");
    const before = new Map(
      rows(view).map((row) => [row.querySelector("button")!.dataset.cluster, row])
    );
    type("烟台、青岛");
    const expected = applyFilter(getCatalog(), { ...EMPTY_FILTER, search: "烟台、青岛" }).clusters;
    expect(listed(view)).toEqual(expected.map((c) => c.id));
    const kept = rows(view).filter(
      (row) => before.get(row.querySelector("button")!.dataset.cluster) === row
    );
    expect(kept.length).toBe(before.size);
  });

  it("empties the list for an unknown name, showing the problem, then lists rows again", () => {
    const { view, type } = mount();
    type("烟太");
    expect(rows(view)).toEqual([]);
    expect(view.querySelector("#search-problem")!.textContent).toContain("烟台");
    type("烟台");
    expect(listed(view).length).toBeGreaterThan(0);
    expect(view.querySelector("#results .hint")).toBeNull();
    type("");
    expect(listed(view).length).toBe(Math.min(50, getCatalog().dataset.clusters.length));
  });

  it("lists 50 rows at first and 50 more per 'show more', back to 50 on a new search", () => {
    const { view, type } = mount();
    const total = getCatalog().dataset.clusters.length;
    expect(total).toBeGreaterThan(100);
    expect(listed(view)).toHaveLength(50);
    const more = () => view.querySelector<HTMLButtonElement>("#show-more");
    expect(more()!.textContent).toBe(`显示更多（还有 ${total - 50} 条）`);
    more()!.click();
    expect(listed(view)).toHaveLength(100);
    expect(document.activeElement).toBe(view.querySelectorAll("#results button[data-cluster]")[50]);
    more()!.click();
    expect(listed(view)).toHaveLength(total);
    expect(more()).toBeNull();
    type("烟台");
    type("");
    expect(listed(view)).toHaveLength(50);
  });

  it("opens the detail of a reused row's cluster", () => {
    const { view, type } = mount();
    type("烟台");
    type("烟台市");
    const button = view.querySelector<HTMLButtonElement>("#results button")!;
    button.click();
    expect(view.querySelector<HTMLElement>("#browse-detail")!.hidden).toBe(false);
    expect(view.querySelector("#browse-detail h2")!.textContent).toBe(
      button.querySelector(".name")!.textContent
    );
  });
});
