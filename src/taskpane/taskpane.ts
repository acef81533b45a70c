/**
 * Task pane entry. In Excel it starts once Office is ready, with the workbook actions; in a plain
 * browser (no Office host, or office.js unreachable) it starts in preview mode, browsing the same
 * data and exporting CSV instead of leaving a blank pane.
 */
import { fillNameIndexes } from "../core/catalog";
import { getCatalog } from "../core/dataset";
import { startPane, rememberedLanguage } from "./app";
import { detectHost, type HostInfo } from "./host";
import { chooseLanguage } from "./prefs";
import { applyTheme, installStyles } from "./styles";
import { excelWorkbook } from "./workbook";

function start(host: HostInfo): void {
  const root = document.getElementById("app");
  if (!root) return;
  installStyles();
  applyTheme(host.dark);
  const language = chooseLanguage(
    rememberedLanguage(),
    host.displayLanguage,
    navigator.languages ?? [navigator.language]
  );
  // Without the requirement sets even reading the registry would fail, so no workbook actions are made.
  const workbook = host.mode === "excel" && host.missing.length === 0 ? excelWorkbook() : undefined;
  const catalog = getCatalog();
  startPane(root, catalog, host, language, workbook);
  // The name indexes are filled on first use; filling them once the pane is drawn means the
  // first search does not wait for them (Safari, in Excel on Mac, has no requestIdleCallback).
  const fill = () => fillNameIndexes(catalog);
  if ("requestIdleCallback" in window) window.requestIdleCallback(fill);
  else setTimeout(fill, 0);
}

detectHost().then(start, () => start({ mode: "preview", missing: [] }));
