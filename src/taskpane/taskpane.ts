/**
 * Task pane entry. In Excel it starts once Office is ready; in a plain browser (no Office host,
 * or office.js unreachable) it starts in preview mode instead of leaving a blank pane.
 */
type Mode = "excel" | "preview";

function officeReady(): Promise<Mode> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== "function") return Promise.resolve("preview");
  return office.onReady().then((info) => (info.host === office.HostType.Excel ? "excel" : "preview"));
}

function render(mode: Mode): void {
  const app = document.getElementById("app");
  if (!app) return;
  const title = document.createElement("h1");
  title.textContent = "齐鲁产业集群 · Qilu Clusters";
  const status = document.createElement("p");
  status.id = "mode";
  status.dataset.mode = mode;
  status.textContent =
    mode === "excel" ? "已连接 Excel · Connected to Excel" : "Excel 之外的预览 · Preview outside Excel";
  app.replaceChildren(title, status);
}

officeReady().then(render, () => render("preview"));
