/**
 * Offline checks of an add-in-only manifest (the online validation service is out of reach
 * here). Returns every problem found; an empty list means the manifest passed.
 */
export interface ManifestCheckOptions {
  /** The URL every add-in file is served under, e.g. "https://localhost:3000/". */
  baseUrl: string;
  /** Whether the build emits this file (path relative to the build directory). */
  fileExists: (relativePath: string) => boolean;
}

const SHARED_RUNTIME_RESID = "Taskpane.Url";

function byLocalName(doc: Document, name: string): Element[] {
  return Array.from(doc.getElementsByTagName("*")).filter((e) => e.localName === name);
}

export function checkManifest(xml: string, options: ManifestCheckOptions): string[] {
  const problems: string[] = [];
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  if (doc.getElementsByTagName("parsererror").length > 0)
    return ["manifest is not well-formed XML"];

  const resources = new Map<string, Element>();
  for (const kind of ["Image", "Url", "String"]) {
    for (const el of byLocalName(doc, kind)) {
      const id = el.getAttribute("id");
      if (id) resources.set(id, el);
    }
  }
  const resourceUrl = (resid: string) => resources.get(resid)?.getAttribute("DefaultValue") ?? "";

  for (const el of Array.from(doc.getElementsByTagName("*"))) {
    const resid = el.getAttribute("resid");
    if (resid === null) continue;
    if (!resources.has(resid))
      problems.push(`resid "${resid}" (on <${el.localName}>) is not defined`);
    if (resid.length > 32) problems.push(`resid "${resid}" is longer than 32 characters`);
  }

  const base = new URL(options.baseUrl);
  const urls: string[] = [];
  for (const el of Array.from(doc.getElementsByTagName("*"))) {
    for (const attr of ["DefaultValue", "Value"]) {
      const value = el.getAttribute(attr);
      if (value && /^[a-z]+:\/\//i.test(value)) urls.push(value);
    }
  }
  for (const el of byLocalName(doc, "AppDomain")) urls.push(el.textContent ?? "");
  for (const url of urls) {
    if (!url.startsWith("https://")) problems.push(`URL is not https: ${url}`);
    else if (new URL(url).origin !== base.origin)
      problems.push(`URL is not under ${base.origin}: ${url}`);
  }

  const toFile = (url: string): string | undefined =>
    url.startsWith(base.href) ? url.slice(base.href.length) : undefined;
  const mustBeEmitted = (what: string, url: string) => {
    const file = toFile(url);
    if (!file) problems.push(`${what} is not under ${base.href}: ${url}`);
    else if (!options.fileExists(file))
      problems.push(`${what} points at ${file}, which the build does not emit`);
  };

  const icons = [
    // Resource images (bt:Image with a URL); the <bt:Image resid> inside <Icon> only refer to them.
    ...byLocalName(doc, "Image")
      .filter((e) => e.hasAttribute("DefaultValue"))
      .map((e) => e.getAttribute("DefaultValue") ?? ""),
    ...["IconUrl", "HighResolutionIconUrl"].flatMap((n) =>
      byLocalName(doc, n).map((e) => e.getAttribute("DefaultValue") ?? "")
    ),
  ];
  for (const icon of icons) mustBeEmitted("icon", icon);

  const cf = byLocalName(doc, "ExtensionPoint").find(
    (e) => e.getAttribute("xsi:type") === "CustomFunctions"
  );
  if (!cf) {
    problems.push("no CustomFunctions extension point");
  } else {
    const sourceResid = (parent: string) => {
      const holder = Array.from(cf.getElementsByTagName("*")).find((e) => e.localName === parent);
      const source =
        holder && Array.from(holder.children).find((e) => e.localName === "SourceLocation");
      return source?.getAttribute("resid") ?? "";
    };
    for (const [part, resid] of [
      ["functions script", sourceResid("Script")],
      ["functions metadata", sourceResid("Metadata")],
      ["functions page", sourceResid("Page")],
    ]) {
      const el = resources.get(resid);
      mustBeEmitted(part, resourceUrl(resid));
      for (const override of el ? Array.from(el.children) : []) {
        mustBeEmitted(
          `${part} (${override.getAttribute("Locale")})`,
          override.getAttribute("Value") ?? ""
        );
      }
    }
    if (sourceResid("Page") !== SHARED_RUNTIME_RESID)
      problems.push(`functions page must use ${SHARED_RUNTIME_RESID}`);
    const ns = Array.from(cf.getElementsByTagName("*")).find((e) => e.localName === "Namespace");
    const namespace = resources.get(ns?.getAttribute("resid") ?? "")?.getAttribute("DefaultValue");
    if (namespace !== "SD") problems.push(`functions namespace is "${namespace}", not "SD"`);
  }

  const runtime = byLocalName(doc, "Runtime")[0];
  if (!runtime || runtime.getAttribute("lifetime") !== "long")
    problems.push("no long-lived shared <Runtime>");
  if (runtime && runtime.getAttribute("resid") !== SHARED_RUNTIME_RESID)
    problems.push(`shared <Runtime> must use ${SHARED_RUNTIME_RESID}`);
  for (const ff of byLocalName(doc, "FunctionFile")) {
    if (ff.getAttribute("resid") !== SHARED_RUNTIME_RESID)
      problems.push(`<FunctionFile> must use ${SHARED_RUNTIME_RESID}`);
  }
  mustBeEmitted("task pane", resourceUrl(SHARED_RUNTIME_RESID));

  for (const resid of ["TaskpaneButton.Label", "Group.Label", "TaskpaneButton.Tooltip"]) {
    const el = resources.get(resid);
    const zh = el && Array.from(el.children).find((c) => c.getAttribute("Locale") === "zh-CN");
    if (!zh) problems.push(`string "${resid}" has no zh-CN override`);
  }
  return problems;
}
