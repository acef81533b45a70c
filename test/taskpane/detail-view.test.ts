/**
 * @jest-environment jsdom
 */
import { getCatalog } from "../../src/core/dataset";
import type { Language } from "../../src/core/i18n";
import type { PaneContext } from "../../src/taskpane/app";
import { EMPTY_FILTER, applyFilter } from "../../src/taskpane/browse-model";
import { detailView } from "../../src/taskpane/detail-view";

const catalog = getCatalog();
const offshore = catalog.clusters.get("ps1-yantai-offshore-engineering")!;
const src000 = catalog.sources.get("src-000")!;

function render(language: Language): HTMLElement {
  const context: PaneContext = {
    catalog,
    host: { mode: "preview", missing: [] },
    language,
    filter: EMPTY_FILTER,
    result: applyFilter(catalog, EMPTY_FILTER),
    setFilter: () => {},
    onResult: () => {},
  };
  return detailView(context, offshore, () => {});
}

/** The note section's text: the paragraph after the heading 备注 / Note. */
function noteSection(view: HTMLElement, heading: string): string | undefined {
  const section = [...view.querySelectorAll("section")].find(
    (s) => s.querySelector("h3")?.textContent === heading
  );
  return section?.querySelector("p")?.textContent ?? undefined;
}

describe("detailView's notes", () => {
  it("shows the cluster's and its sources' notes in Chinese for zh-CN", () => {
    const view = render("zh-CN");
    expect(noteSection(view, "备注")).toBe(offshore.note!.zh);
    expect(offshore.note!.zh).toMatch(/^来源000称其为/);
    expect(view.textContent).toContain(src000.note!.zh);
    expect(view.textContent).not.toContain(offshore.note!.en);
    expect(view.textContent).not.toContain(src000.note!.en);
  });

  it("shows them in English for en", () => {
    const view = render("en");
    expect(noteSection(view, "Note")).toBe(offshore.note!.en);
    expect(view.textContent).toContain(src000.note!.en);
    expect(view.textContent).not.toContain(offshore.note!.zh);
    expect(view.textContent).not.toContain(src000.note!.zh);
  });
});
