/**
 * Browser entry for the refresh test: the workbook view and the ribbon command, wired the way
 * the pane is to wire them (the registry kept in memory and threaded through each refresh),
 * with a producer built from the pane's own builders over the bundled dataset. Bundled after
 * the fake host; `window.__qiluRefresh.mount()` puts the view in the page.
 */
import { getCatalog } from "../../src/core/dataset";
import { clustersMatching } from "../../src/core/resolve";
import { loadRegistry, type LoadedRegistry } from "../../src/excel/registry";
import { refreshTables } from "../../src/excel/refresh";
import type { ProducedTable } from "../../src/excel/refresh-types";
import type { Language, TableQuery } from "../../src/excel/registry-format";
import { registerCommands } from "../../src/taskpane/commands";
import { citedSources, clustersContent, noteText } from "../../src/taskpane/insert-model";
import { workbookView } from "../../src/taskpane/workbook-view";

function produce(request: TableQuery, lang: Language): ProducedTable {
  const catalog = getCatalog();
  const clusters = clustersMatching(catalog, {
    query: request.query ? [request.query] : [],
    level: request.level ? [request.level] : [],
    kind: request.kind ? [request.kind] : [],
  } as Parameters<typeof clustersMatching>[1]);
  return {
    ...clustersContent(catalog, clusters, request.fields, lang),
    note: noteText(catalog, citedSources(clusters), lang),
  };
}

function mount(): void {
  const catalog = getCatalog();
  let registry: Promise<LoadedRegistry> = loadRegistry();
  const view = workbookView({
    language: "zh-CN",
    datasetVersion: catalog.dataset.version,
    registry: () => registry,
    refresh: async (only) => {
      const report = await refreshTables({
        registry: await registry,
        produce,
        datasetVersion: catalog.dataset.version,
        only,
      });
      registry = Promise.resolve(report.registry);
      return report;
    },
  });
  registerCommands(view.refreshAll);
  document.body.append(view.element);
}

Object.assign(window, { __qiluRefresh: { mount } });
