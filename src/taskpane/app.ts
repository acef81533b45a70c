/**
 * The pane's shell: header with the mode and the language switch, the requirement message,
 * and the tabs (Browse, Insert, Coverage, and in Excel the Workbook tab: what the add-in
 * inserted, its status and refresh). It owns the state the views share (language, filter,
 * result) and rebuilds the views when the language changes.
 */
import type { Catalog } from "../core/catalog";
import { setLanguage, type Language } from "../core/i18n";
import { applyFilter, EMPTY_FILTER, type BrowseFilter, type BrowseResult } from "./browse-model";
import { browseView } from "./browse-view";
import { el } from "./dom";
import type { HostInfo } from "./host";
import { insertView } from "./insert-view";
import { loadPrefs, savePrefs } from "./prefs";
import { strings } from "./strings";
import { refreshMissing, registerCommands } from "./commands";
import { comparisonLayout, producedTable } from "./insert-model";
import type { WorkbookActions } from "./workbook";
import { workbookView, type WorkbookView } from "./workbook-view";

type Tab = "browse" | "overview" | "insert" | "coverage" | "workbook";

export interface PaneContext {
  catalog: Catalog;
  host: HostInfo;
  /** Present in Excel; absent in preview. */
  workbook?: WorkbookActions;
  language: Language;
  filter: BrowseFilter;
  result: BrowseResult;
  setFilter(change: Partial<BrowseFilter>): void;
  /** Called by the app when the result changes; views register what to refresh. */
  onResult(listener: () => void): void;
}

export function startPane(
  root: HTMLElement,
  catalog: Catalog,
  host: HostInfo,
  language: Language,
  workbook?: WorkbookActions
): void {
  let tab: Tab = "browse";
  let filter = EMPTY_FILTER;
  let result = applyFilter(catalog, filter);
  let listeners: (() => void)[] = [];
  let tracked: WorkbookView | undefined;
  setLanguage(language);
  const tabs: Tab[] = workbook
    ? ["browse", "overview", "insert", "coverage", "workbook"]
    : ["browse", "overview", "insert", "coverage"];
  /** Requirement sets a command needed and this host lacks, once the user has run it. */
  let commandMissing: readonly string[] = [];
  // The ribbon's Refresh all runs the current view's refresh, so its outcome shows in the pane;
  // where Excel lacks what it needs, the pane says so.
  if (host.mode === "excel")
    registerCommands({
      refreshAll: workbook ? () => tracked?.refreshAll() ?? Promise.resolve() : undefined,
      explain: (missing) => {
        commandMissing = missing;
        render();
      },
    });

  /** The workbook view, and insert actions that bring its list up to date after each write. */
  function trackWrites(actions: WorkbookActions, language: Language) {
    const version = catalog.dataset.version;
    const view = workbookView({
      language,
      datasetVersion: version,
      registry: actions.registry,
      refresh: (only) => {
        // Never start a refresh that would fail halfway on a host without table.resize (1.13).
        const missing = refreshMissing();
        if (missing.length > 0)
          return Promise.reject(new Error(strings(language).refreshNeeds(missing.join(", "))));
        return actions.refresh({
          produce: (request, lang) => producedTable(catalog, request, lang),
          datasetVersion: version,
          comparisonNote: (lang) => comparisonLayout(catalog, { level: "", kind: "" }, lang).note,
          only,
        });
      },
    });
    const after = <R>(result: R): R => {
      void view.update();
      return result;
    };
    const tracking: WorkbookActions = {
      ...actions,
      insertTable: (options) => actions.insertTable(options).then(after),
      insertComparison: (options) => actions.insertComparison(options).then(after),
    };
    return { view, tracking };
  }

  function render(focusSelector?: string): void {
    listeners = [];
    const s = strings(language);
    document.documentElement.lang = language;
    // The English title is the product name once; the Chinese one carries the English beside it.
    document.title = language === "en" ? s.appTitle : `${s.appTitle} · Qilu Clusters`;
    const writes = workbook ? trackWrites(workbook, language) : undefined;
    tracked = writes?.view;
    const context: PaneContext = {
      catalog,
      host,
      workbook: writes?.tracking,
      language,
      get filter() {
        return filter;
      },
      get result() {
        return result;
      },
      setFilter(change) {
        filter = { ...filter, ...change };
        result = applyFilter(catalog, filter);
        for (const listener of listeners) listener();
      },
      onResult(listener) {
        listeners.push(listener);
      },
    };

    const switchLanguage = el(
      "button",
      {
        className: "btn small",
        id: "language-switch",
        attrs: {
          type: "button",
          lang: language === "en" ? "zh-CN" : "en",
          "aria-label": s.languageSwitchLabel,
        },
        on: {
          click: () => {
            language = language === "en" ? "zh-CN" : "en";
            setLanguage(language);
            savePrefs({ language });
            render("#language-switch");
          },
        },
      },
      s.languageSwitch
    );
    const header = el(
      "header",
      { className: "bar" },
      el(
        "h1",
        {},
        s.appTitle,
        el(
          "span",
          { className: "mode", id: "mode", attrs: { "data-mode": host.mode } },
          host.mode === "excel" ? s.modeExcel : s.modePreview
        )
      ),
      switchLanguage
    );
    const banner =
      host.mode === "excel" && (host.missing.length > 0 || commandMissing.length > 0)
        ? el(
            "p",
            { className: "message warning", id: "requirements", attrs: { role: "alert" } },
            host.missing.length > 0
              ? s.missingRequirements(host.missing.join(", "))
              : s.refreshNeeds(commandMissing.join(", "))
          )
        : null;

    const panels: Partial<Record<Tab, HTMLElement>> = {
      browse: browseView(context),
      overview: el("div", { attrs: { "aria-busy": "true" } }),
      insert: insertView(context),
      coverage: el("div", { attrs: { "aria-busy": "true" } }),
      ...(writes ? { workbook: el("div", {}, writes.view.element) } : {}),
    };
    const labels: Record<Tab, string> = {
      browse: s.tabBrowse,
      overview: s.tabOverview,
      insert: host.mode === "excel" ? s.tabInsert : s.tabExport,
      coverage: s.tabCoverage,
      workbook: s.tabWorkbook,
    };
    const tabButtons = tabs.map((name) =>
      el(
        "button",
        {
          id: `tab-${name}`,
          attrs: { role: "tab", type: "button", "aria-controls": `panel-${name}` },
          on: { click: () => select(name, false), keydown: (event) => moveTab(event, name) },
        },
        labels[name]
      )
    );
    function select(name: Tab, focus: boolean): void {
      tab = name;
      tabs.forEach((t, i) => {
        const selected = t === name;
        tabButtons[i].setAttribute("aria-selected", String(selected));
        tabButtons[i].tabIndex = selected ? 0 : -1;
        panels[t]!.hidden = !selected;
      });
      if (name === "overview")
        lazyPanel(panels.overview!, () =>
          import(/* webpackChunkName: "overview" */ "./overview-view").then((m) =>
            m.overviewView(context)
          )
        );
      if (name === "coverage")
        lazyPanel(panels.coverage!, () =>
          import(/* webpackChunkName: "coverage" */ "./coverage-view").then((m) =>
            m.coverageView(context)
          )
        );
      if (focus) tabButtons[tabs.indexOf(name)].focus();
    }
    // Arrow keys move between tabs (the ARIA tabs pattern); Tab moves into the panel.
    function moveTab(event: KeyboardEvent, name: Tab): void {
      const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
      const jump =
        event.key === "Home" ? tabs[0] : event.key === "End" ? tabs[tabs.length - 1] : undefined;
      if (!step && !jump) return;
      event.preventDefault();
      select(jump ?? tabs[(tabs.indexOf(name) + step + tabs.length) % tabs.length], true);
    }
    for (const name of tabs) {
      const panel = panels[name]!;
      panel.id = `panel-${name}`;
      panel.setAttribute("role", "tabpanel");
      panel.setAttribute("aria-labelledby", `tab-${name}`);
    }
    const tablist = el("div", { attrs: { role: "tablist", "aria-label": s.tabs } }, ...tabButtons);
    root.replaceChildren(
      header,
      ...(banner ? [banner] : []),
      tablist,
      ...tabs.map((name) => panels[name]!)
    );
    select(tab, false);
    if (focusSelector) root.querySelector<HTMLElement>(focusSelector)?.focus();
  }

  render();
}

/**
 * Tabs whose content loads when the tab is first opened (the Overview with its city paths, the
 * Coverage tables), each its own chunk, so the pane's first load does not carry them.
 */
function lazyPanel(panel: HTMLElement, load: () => Promise<HTMLElement>): void {
  if (panel.dataset.loaded) return;
  panel.dataset.loaded = "1";
  void load().then((content) => {
    panel.replaceChildren(content);
    panel.removeAttribute("aria-busy");
  });
}

/** The language to start in, and a way to pin it from the remembered choice. */
export function rememberedLanguage(): Language | undefined {
  return loadPrefs().language;
}
