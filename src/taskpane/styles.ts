/**
 * The pane's look: Fluent 2 design tokens (neutral, brand and status colours, type ramp,
 * radii, spacing) for light and dark, on plain HTML controls. A <style> element built here
 * rather than a .css import keeps the build free of CSS loaders and the bundle small.
 */

const LIGHT = `
  --bg1:#ffffff; --bg2:#fafafa; --bg3:#f5f5f5; --bg-hover:#f0f0f0; --bg-pressed:#e0e0e0;
  --fg1:#242424; --fg2:#424242; --fg3:#616161; --fg-disabled:#bdbdbd; --bg-disabled:#f0f0f0;
  --stroke1:#d1d1d1; --stroke2:#e0e0e0; --stroke-accessible:#616161;
  --brand:#107c41; --brand-hover:#0e6e3a; --brand-pressed:#0b5a2f; --brand-fg:#0e6e3a; --on-brand:#ffffff;
  --brand-bg2:#e9f5ee; --danger-bg:#fdf3f4; --danger-fg:#b10e1c; --danger-stroke:#eeacb2;
  --warning-bg:#fff9f5; --warning-fg:#8a3707; --warning-stroke:#fdcfb4; --success-bg:#f1faf1; --success-fg:#0e700e;
  --success-stroke:#9fd89f; --focus:#000000; color-scheme: light;`;

const DARK = `
  --bg1:#292929; --bg2:#1f1f1f; --bg3:#141414; --bg-hover:#3d3d3d; --bg-pressed:#1f1f1f;
  --fg1:#ffffff; --fg2:#d6d6d6; --fg3:#adadad; --fg-disabled:#5c5c5c; --bg-disabled:#141414;
  --stroke1:#666666; --stroke2:#525252; --stroke-accessible:#adadad;
  --brand:#107c41; --brand-hover:#0e6e3a; --brand-pressed:#0b5a2f; --brand-fg:#6ccb8f; --on-brand:#ffffff;
  --brand-bg2:#0c3b22; --danger-bg:#3b1f22; --danger-fg:#e37d80; --danger-stroke:#8b2c33;
  --warning-bg:#411200; --warning-fg:#faa06b; --warning-stroke:#8a3707; --success-bg:#052505; --success-fg:#54b054;
  --success-stroke:#0e700e; --focus:#ffffff; color-scheme: dark;`;

const CSS = `
:root{${LIGHT}}
:root[data-theme="dark"]{${DARK}}
*{box-sizing:border-box}
[hidden]{display:none !important}
.stack{display:flex;flex-direction:column;gap:12px}
html,body{margin:0;background:var(--bg2);color:var(--fg1)}
body{font-family:"Segoe UI Variable Text","Segoe UI",-apple-system,BlinkMacSystemFont,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",system-ui,sans-serif;font-size:14px;line-height:20px;min-width:280px}
#app{display:flex;flex-direction:column;min-height:100vh}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
header.bar{display:flex;align-items:center;gap:8px;padding:12px 12px 8px;background:var(--bg1);border-bottom:1px solid var(--stroke2)}
header.bar h1{font-size:16px;line-height:22px;font-weight:600;margin:0;flex:1;min-width:0}
.mode{display:block;font-size:12px;line-height:16px;font-weight:400;color:var(--fg3)}
button{font:inherit;color:inherit;cursor:pointer}
.btn{display:inline-flex;align-items:center;justify-content:center;gap:6px;min-height:32px;padding:5px 12px;border-radius:4px;border:1px solid var(--stroke1);background:var(--bg1);color:var(--fg1);font-weight:600;text-align:center}
.btn:hover{background:var(--bg-hover)}
.btn:active{background:var(--bg-pressed)}
.btn.primary{background:var(--brand);border-color:transparent;color:var(--on-brand)}
.btn.primary:hover{background:var(--brand-hover)}
.btn.primary:active{background:var(--brand-pressed)}
.btn.subtle{border-color:transparent;background:transparent;font-weight:400;color:var(--brand-fg)}
.btn.subtle:hover{background:var(--bg-hover)}
.btn.small{min-height:24px;padding:2px 8px;font-size:12px}
.btn:disabled,.btn:disabled:hover{background:var(--bg-disabled);color:var(--fg-disabled);border-color:var(--stroke2);cursor:not-allowed}
:focus-visible{outline:2px solid var(--focus);outline-offset:1px}
[role="tablist"]{display:flex;flex-wrap:wrap;gap:0 2px;padding:0 6px;background:var(--bg1);border-bottom:1px solid var(--stroke2)}
[role="tab"]{position:relative;border:0;background:transparent;padding:10px 7px;color:var(--fg2)}
[role="tab"][aria-selected="true"]{color:var(--fg1);font-weight:600}
[role="tab"][aria-selected="true"]::after{content:"";position:absolute;left:7px;right:7px;bottom:0;height:3px;border-radius:2px;background:var(--brand)}
[role="tab"]:hover{color:var(--fg1)}
[role="tabpanel"]{padding:12px;display:flex;flex-direction:column;gap:12px}
.field{display:flex;flex-direction:column;gap:4px;min-width:0}
.field label,.legend{font-size:12px;line-height:16px;font-weight:600;color:var(--fg2)}
input[type="search"],select{font:inherit;color:var(--fg1);background:var(--bg1);border:1px solid var(--stroke1);border-bottom-color:var(--stroke-accessible);border-radius:4px;min-height:32px;padding:4px 8px;width:100%;min-width:0}
input[type="search"]::placeholder{color:var(--fg3);opacity:1}
input[type="search"]:focus,select:focus{border-bottom:2px solid var(--brand-fg);padding-bottom:3px}
input[type="search"]:focus-visible,select:focus-visible{outline:2px solid var(--focus);outline-offset:1px}
.filters{display:grid;grid-template-columns:repeat(auto-fill,minmax(130px,1fr));gap:8px}
details.card>summary{cursor:pointer;font-weight:600;padding:2px 0;color:var(--fg1)}
.card{background:var(--bg1);border:1px solid var(--stroke2);border-radius:8px;padding:12px;display:flex;flex-direction:column;gap:8px}
.card h2{font-size:14px;line-height:20px;margin:0;font-weight:600}
.hint{font-size:12px;line-height:16px;color:var(--fg3);margin:0}
.row{display:flex;align-items:center;gap:8px;flex-wrap:wrap}
.count{font-weight:600;margin:0}
.message{border:1px solid;border-radius:4px;padding:8px 10px;display:flex;flex-direction:column;gap:8px;align-items:flex-start;margin:0}
.message.error{background:var(--danger-bg);color:var(--danger-fg);border-color:var(--danger-stroke)}
.message.warning{background:var(--warning-bg);color:var(--warning-fg);border-color:var(--warning-stroke)}
.message.success{background:var(--success-bg);color:var(--success-fg);border-color:var(--success-stroke)}
.message.info{background:var(--brand-bg2);color:var(--fg1);border-color:var(--stroke2)}
.message:empty{display:none}
ul.results{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:4px}
ul.results button{width:100%;text-align:left;background:var(--bg1);border:1px solid var(--stroke2);border-radius:6px;padding:8px 10px;display:flex;flex-direction:column;gap:2px}
ul.results button:hover{background:var(--bg-hover);border-color:var(--stroke1)}
.name{font-weight:600;overflow-wrap:break-word}
.meta{font-size:12px;line-height:16px;color:var(--fg3);overflow-wrap:break-word}
.nowrap,.id{white-space:nowrap}
.table-region{overflow-x:auto;border-radius:4px}
table.figures{width:100%;border-collapse:collapse;font-size:12px;line-height:16px}
table.figures th,table.figures td{text-align:left;padding:4px 6px 4px 0;border-bottom:1px solid var(--stroke2);vertical-align:top}
table.figures thead th{color:var(--fg3);font-weight:600}
table.figures tbody th{font-weight:400}
table.figures td.value{font-weight:600}
.suggestions{gap:4px 6px}
.detail h2{font-size:16px;line-height:22px;margin:0;overflow-wrap:break-word}
.detail h3{font-size:13px;line-height:18px;margin:4px 0 0;font-weight:600;color:var(--fg2)}
dl.facts{display:grid;grid-template-columns:auto 1fr;gap:4px 12px;margin:0}
dl.facts dt{color:var(--fg3);font-size:12px}
dl.facts dd{margin:0;overflow-wrap:break-word}
ul.plain{margin:0;padding-left:18px}
ul.plain li{overflow-wrap:break-word}
ul.figures{list-style:none;margin:0;padding:0}
.figure{display:flex;flex-direction:column}
.figure .value{font-weight:600;font-size:15px}
.checks{display:grid;grid-template-columns:repeat(auto-fill,minmax(130px,1fr));gap:2px 8px;padding-top:6px}
.checks label,.radios label{display:flex;align-items:center;gap:6px;font-size:13px;min-height:24px;font-weight:400;color:var(--fg1)}
input[type="checkbox"],input[type="radio"]{accent-color:var(--brand);width:16px;height:16px;margin:0}
fieldset{border:0;padding:0;margin:0;min-width:0}
.radios{display:flex;gap:4px 16px;flex-wrap:wrap}
table.coverage{width:100%;border-collapse:collapse;font-size:12px;line-height:16px}
table.coverage th,table.coverage td{text-align:left;padding:4px 4px;border-bottom:1px solid var(--stroke2);vertical-align:top}
table.coverage th{color:var(--fg3);font-weight:600}
table.coverage tbody th{color:var(--fg1);font-weight:400}
table.coverage td.status{min-width:64px}
table.coverage td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.gap{color:var(--warning-fg);font-weight:600}
.full{color:var(--success-fg)}
ul.stack{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:8px}
.outdated{color:var(--warning-fg);font-weight:600}
a{color:var(--brand-fg)}
.stack.tight{gap:2px}
`;

/** Adds the pane's stylesheet to the document once. */
export function installStyles(doc: Document = document): void {
  if (doc.getElementById("qilu-styles")) return;
  const style = doc.createElement("style");
  style.id = "qilu-styles";
  style.textContent = CSS;
  doc.head.append(style);
}

/** Applies a theme: Office's when it gives one, else the browser's (and follows its changes). */
export function applyTheme(officeDark: boolean | undefined, doc: Document = document): void {
  const root = doc.documentElement;
  if (officeDark !== undefined) {
    root.dataset.theme = officeDark ? "dark" : "light";
    return;
  }
  const query = doc.defaultView?.matchMedia?.("(prefers-color-scheme: dark)");
  const follow = () => (root.dataset.theme = query?.matches ? "dark" : "light");
  follow();
  query?.addEventListener?.("change", follow);
}
