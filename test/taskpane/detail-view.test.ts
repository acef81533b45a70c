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

function render(language: Language, cluster = offshore): HTMLElement {
  const context: PaneContext = {
    catalog,
    host: { mode: "preview", missing: [] },
    language,
    filter: EMPTY_FILTER,
    result: applyFilter(catalog, EMPTY_FILTER),
    setFilter: () => {},
    onResult: () => {},
  };
  return detailView(context, cluster, () => {});
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

describe("detailView's sources", () => {
  const report = catalog.sources.get("sup-sdnews-ps1")!;

  /** Each source item's lines: the label (a link where there is an address), then its meta lines. */
  function sourceItems(view: HTMLElement, heading: string): string[][] {
    const section = [...view.querySelectorAll("section")].find(
      (s) => s.querySelector("h3")?.textContent === heading
    )!;
    return [...section.querySelectorAll("li")].map((li) =>
      [...li.children].map((child) => child.textContent ?? "")
    );
  }

  it("labels each source in Chinese for zh-CN, the article by its published title", () => {
    const [sdnews, article] = sourceItems(render("zh-CN"), "来源");
    expect(sdnews[0]).toBe(report.label.zh);
    expect(article[0]).toBe(src000.title);
    // The label is the title itself, so it is not repeated.
    expect(article.join("\n")).not.toContain("原标题");
    expect(sdnews[1]).toBe("sup-sdnews-ps1 · f.sdnews.com.cn · 2021-02-20 · 补充资料");
    expect(render("zh-CN").textContent).not.toContain(report.label.en);
  });

  it("labels each source in English for en and keeps the article's published title", () => {
    const [sdnews, article] = sourceItems(render("en"), "Sources");
    expect(sdnews[0]).toBe(report.label.en);
    expect(sdnews.join("\n")).not.toContain("Title as published");
    expect(article[0]).toBe(src000.label.en);
    expect(article[1]).toBe(`Title as published: ${src000.title}`);
    expect(article[2]).toBe("src-000 · 选择山东 · 2022-03-31 · Source article");
  });

  it("leaves out a publisher the record does not know", () => {
    const ns1 = catalog.clusters.get("ns1-jinan-it-services")!;
    expect(ns1.sources).toContain("src-002");
    const item = sourceItems(render("en", ns1), "Sources").find((lines) =>
      lines.some((l) => /^src-002 /.test(l))
    )!;
    expect(item).toContain("src-002 · 2025-07-12 · Source article");
  });
});
