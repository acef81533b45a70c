/**
 * @jest-environment jsdom
 */
import { getCatalog } from "../../src/core/dataset";
import { UnknownNameError } from "../../src/core/errors";
import type { PaneContext } from "../../src/taskpane/app";
import { applyFilter, EMPTY_FILTER, type BrowseFilter } from "../../src/taskpane/browse-model";
import { browseView } from "../../src/taskpane/browse-view";
import { queryProblem } from "../../src/taskpane/query-problem";

function mount() {
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
  const type = (text: string) => {
    search.value = text;
    search.dispatchEvent(new Event("input"));
  };
  return { view, search, type, context };
}

const suggestions = (view: HTMLElement) => [
  ...view.querySelectorAll<HTMLButtonElement>("#search-problem [data-suggestion]"),
];

test("an unknown word's suggestions are buttons that put the suggestion in its place", () => {
  const { view, search, type, context } = mount();
  type("烟太");
  const buttons = suggestions(view);
  expect(buttons.map((b) => b.textContent)).toContain("烟台");
  expect(search.getAttribute("aria-invalid")).toBe("true");
  expect(search.getAttribute("aria-describedby")).toBe("search-problem");
  buttons.find((b) => b.textContent === "烟台")!.click();
  expect(search.value).toBe("烟台");
  expect(context.filter.search).toBe("烟台");
  expect(context.result.error).toBeUndefined();
  expect(context.result.clusters.length).toBeGreaterThan(0);
  expect(document.activeElement).toBe(search);
  expect(search.hasAttribute("aria-invalid")).toBe(false);
  expect(suggestions(view)).toHaveLength(0);
  // The alert region stays in the page, empty, so the next problem is announced.
  expect(view.querySelector("#search-problem")!.getAttribute("role")).toBe("alert");
});

test("Latin letters get Latin suggestions, and only the unknown word is replaced", () => {
  const { view, search, type } = mount();
  type("yantia");
  const yantai = suggestions(view).find((b) => b.textContent === "Yantai");
  expect(yantai).toBeDefined();
  expect(yantai!.getAttribute("lang")).toBe("en");
  yantai!.click();
  expect(search.value).toBe("Yantai");
});

test("the word is found by core's span where the error gives one, else by its text", () => {
  const replaced: string[] = [];
  const error = new UnknownNameError("烟太", "city", [{ zh: "烟台", en: "Yantai" }], "query");
  const [, row] = queryProblem(error, "生物医药 烟太", "zh-CN", "改为：", (q) => replaced.push(q));
  row.querySelector("button")!.click();
  expect(replaced).toEqual(["生物医药 烟台"]);
  // With a span, the occurrence it points at is replaced, not the first one.
  Object.assign(error, { span: [3, 5] as const });
  const [, spanned] = queryProblem(error, "烟太 烟太", "zh-CN", "改为：", (q) => replaced.push(q));
  spanned.querySelector("button")!.click();
  expect(replaced[1]).toBe("烟太 烟台");
});
