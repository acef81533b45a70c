/**
 * One cluster in full: where and what it is, its figures as the sources state them, its lead and
 * named enterprises (or that the sources name none), the forms its name takes, and its sources.
 */
import type { Cluster } from "../data/types";
import { FIELDS } from "../core/fields";
import { pick, type Language } from "../core/i18n";
import { NAME_BASES, SOURCE_KINDS } from "../core/labels";
import type { PaneContext } from "./app";
import { el, otherLanguage, safeLink, type Child } from "./dom";
import { figureParts } from "./figures";
import { strings } from "./strings";

function section(title: string, ...content: Child[]): HTMLElement {
  return el("section", { className: "stack" }, el("h3", {}, title), ...content);
}

function list(items: readonly string[], empty: string, page: Language): HTMLElement {
  if (items.length === 0) return el("p", { className: "hint" }, empty);
  return el(
    "ul",
    { className: "plain" },
    ...items.map((item) => el("li", { attrs: { lang: otherLanguage(item, page) } }, item))
  );
}

/**
 * The figures as one compact table: figure, value, year and scope; the source once below when
 * every figure has the same one, else in a column of its own.
 */
function figureTable(cluster: Cluster, language: Language): HTMLElement {
  const s = strings(language);
  const sources = [...new Set(cluster.metrics.map((m) => m.source))];
  const perRow = sources.length > 1;
  const years = cluster.metrics.some((m) => m.year !== undefined);
  const head = [
    s.figureHeader,
    s.valueHeader,
    ...(years ? [s.yearHeader] : []),
    s.scope,
    ...(perRow ? [s.detailSources] : []),
  ];
  const rows = cluster.metrics.map((metric) => {
    const parts = figureParts(metric, language);
    return el(
      "tr",
      {},
      el("th", { attrs: { scope: "row" } }, parts.label),
      el("td", { className: "value" }, parts.value),
      years ? el("td", { className: "nowrap" }, parts.year) : null,
      el("td", {}, parts.scope),
      perRow ? el("td", { className: "id" }, metric.source) : null
    );
  });
  return el(
    "div",
    { className: "stack tight" },
    el(
      "table",
      { className: "figures", id: "figures" },
      el("caption", { className: "visually-hidden" }, s.detailFigures),
      el("thead", {}, el("tr", {}, ...head.map((h) => el("th", { attrs: { scope: "col" } }, h)))),
      el("tbody", {}, ...rows)
    ),
    perRow ? null : el("p", { className: "meta" }, s.figureSource(sources[0]))
  );
}

export function detailView(context: PaneContext, cluster: Cluster, back: () => void): HTMLElement {
  const { catalog, language } = context;
  const s = strings(language);
  const value = (id: string) => {
    const field = FIELDS.find((f) => f.id === id);
    return field ? String(field.value(cluster, { catalog, language })) : "";
  };
  const program = catalog.programs.get(cluster.program);
  const batch = program?.batches.find((b) => b.number === cluster.batch);

  const facts: [string, string][] = [
    [s.cities, value("cities")],
    [s.district, value("district")],
    [s.filterIndustry, pick(cluster.industry, language)],
    [s.programme, program ? pick(program.name, language) : cluster.program],
    [s.batch, batch ? pick(batch.label, language) : ""],
    [s.announced, cluster.announced ?? ""],
    [s.status, value("status")],
  ];
  const factList = el(
    "dl",
    { className: "facts" },
    ...facts.filter(([, v]) => v).flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v)])
  );

  const nameForms = cluster.nameForms.map(
    (form) => `${form.zh}（${pick(NAME_BASES[form.basis], language)} · ${form.source}）`
  );

  const sources = cluster.sources.map((id) => {
    const source = catalog.sources.get(id);
    if (!source) return el("li", {}, id);
    // The label reads in the pane's language; the published title, where one is known and the
    // label is not already it, follows unchanged so that a reader can cite it.
    const label = pick(source.label, language);
    const heading = source.url
      ? safeLink(source.url, label, `${s.openLink}: ${label}`)
      : el("span", {}, label);
    const lang = otherLanguage(label, language);
    if (lang) heading.lang = lang;
    const title =
      source.title !== undefined && source.title !== label
        ? el(
            "div",
            { className: "meta", attrs: { lang: otherLanguage(source.title, language) } },
            s.publishedTitle(source.title)
          )
        : null;
    const meta = [
      source.id,
      source.publisher,
      source.date,
      pick(SOURCE_KINDS[source.kind], language),
    ]
      .filter(Boolean)
      .join(" · ");
    return el(
      "li",
      {},
      heading,
      title,
      el("div", { className: "meta" }, meta),
      source.note ? el("div", { className: "meta" }, pick(source.note, language)) : null
    );
  });

  const secondName = language === "en" ? cluster.name.zh : cluster.name.en;
  return el(
    "article",
    { className: "detail card", id: "detail", attrs: { "data-cluster": cluster.id } },
    el(
      "div",
      { className: "row" },
      el(
        "button",
        {
          className: "btn subtle small",
          id: "back",
          attrs: { type: "button" },
          on: { click: back },
        },
        `← ${s.back}`
      )
    ),
    el(
      "h2",
      { attrs: { tabindex: "-1", lang: otherLanguage(pick(cluster.name, language), language) } },
      pick(cluster.name, language)
    ),
    el(
      "p",
      { className: "meta" },
      el("span", { attrs: { lang: otherLanguage(secondName, language) } }, secondName),
      " · ",
      el("span", { className: "id" }, cluster.id)
    ),
    factList,
    section(
      s.detailFigures,
      cluster.metrics.length > 0
        ? figureTable(cluster, language)
        : el("p", { className: "hint" }, s.noneStated)
    ),
    section(s.detailLead, list(cluster.leadEnterprises, s.noneStated, language)),
    section(s.detailEnterprises, list(cluster.enterprises, s.noneStated, language)),
    section(s.detailNameForms, list(nameForms, s.noneStated, language)),
    section(s.detailSources, el("ul", { className: "plain stack" }, ...sources)),
    cluster.note ? section(s.detailNote, el("p", {}, pick(cluster.note, language))) : null
  );
}
