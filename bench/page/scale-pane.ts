/**
 * The browser side of section 5, bundled by bench/startup.ts into a plain page (no CSP, no
 * Office): the pane's own startPane mounted on a synthetic catalog of any size, keystrokes typed
 * into its search box, and the cold cost of parsing the bundled dataset and building its catalog.
 */
import { buildCatalog, fillNameIndexes, type Catalog } from "../../src/core/catalog";
import type { Dataset } from "../../src/data/types";
import { startPane } from "../../src/taskpane/app";
import { applyFilter, EMPTY_FILTER } from "../../src/taskpane/browse-model";
import { applyTheme, installStyles } from "../../src/taskpane/styles";
import { syntheticDataset } from "../synthetic";
import { buildWhole } from "../whole-build";

export interface Keystroke {
  /** The input event's handler: the query and the rebuilt result list. */
  handlerMs: number;
  /** The handler plus the style and layout it forces. */
  layoutMs: number;
  /** Until the frame after it ran (includes waiting for that frame). */
  frameMs: number;
  count: string;
}

let catalog: Catalog | undefined;

async function realDataText(): Promise<string> {
  return (await fetch("clusters.json")).text();
}

const api = {
  /**
   * First (cold) JSON.parse of clusters.json and buildCatalog over it, as at start-up, then the
   * name indexes the first query that names something fills.
   */
  async coldParseAndBuild(): Promise<{ parseMs: number; buildMs: number; namesMs: number }> {
    const text = await realDataText();
    const t0 = performance.now();
    const data = JSON.parse(text) as Dataset;
    const t1 = performance.now();
    const built = buildCatalog(data);
    const t2 = performance.now();
    fillNameIndexes(built);
    return { parseMs: t1 - t0, buildMs: t2 - t1, namesMs: performance.now() - t2 };
  },

  /** Mounts the pane on `size` synthetic records, built from the real dataset's places. */
  async mountAtScale(
    size: number
  ): Promise<{ generateMs: number; buildMs: number; mountMs: number }> {
    const real = JSON.parse(await realDataText()) as Dataset;
    const t0 = performance.now();
    const dataset = syntheticDataset(real, size);
    const t1 = performance.now();
    catalog = buildWhole(dataset);
    const t2 = performance.now();
    const root = document.getElementById("app")!;
    installStyles();
    applyTheme(false);
    startPane(root, catalog, { mode: "preview", missing: [] }, "zh-CN");
    void document.body.offsetHeight;
    return { generateMs: t1 - t0, buildMs: t2 - t1, mountMs: performance.now() - t2 };
  },

  /** The core query the keystroke runs (the pane's applyFilter), alone, in ms. */
  query(text: string): number {
    const t0 = performance.now();
    applyFilter(catalog!, { ...EMPTY_FILTER, search: text });
    return performance.now() - t0;
  },

  /** Types `text` into the search box as an input event does, and times what follows. */
  async keystroke(text: string): Promise<Keystroke> {
    const search = document.getElementById("search") as HTMLInputElement;
    const t0 = performance.now();
    search.value = text;
    search.dispatchEvent(new Event("input", { bubbles: true }));
    const t1 = performance.now();
    void document.body.offsetHeight;
    const t2 = performance.now();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return {
      handlerMs: t1 - t0,
      layoutMs: t2 - t0,
      frameMs: performance.now() - t0,
      count: document.getElementById("result-count")?.textContent ?? "",
    };
  },
};

export type ScalePaneApi = typeof api;
(globalThis as unknown as { qiluBench: ScalePaneApi }).qiluBench = api;
