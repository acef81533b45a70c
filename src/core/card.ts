/**
 * A cluster as a card: its fields and figures as named properties, for SD.CARD's entity
 * value (and any pane that shows one cluster). Property names are identifiers that Excel's dot
 * notation reads without brackets (`=A2.industry`, `=A2.mainBusinessRevenue`) and that stay the
 * same in every display language, so formulas keep working when a workbook changes hands; each
 * property also carries its label in the card's language, and the card groups them in sections.
 */
import type { Bilingual } from "../data/types";
import type { Catalog } from "./catalog";
import { FIELDS, type FieldContext } from "./fields";
import { pick, type Language } from "./i18n";
import { QUALIFIERS } from "./labels";
import { findCluster } from "./resolve";
import type { Cell } from "./table";

export interface CardProperty {
  /** What `=A2.<name>` reads: letters and digits only, the same in every language. */
  name: string;
  /** The property's label in the card's language ("主营业务收入"). */
  label: string;
  value: Cell | readonly string[];
}

export interface CardSection {
  title: string;
  /** Property names, in order. */
  properties: string[];
}

export interface CardModel {
  /** What the cell shows: the cluster's name. */
  text: string;
  properties: CardProperty[];
  sections: CardSection[];
}

type SectionId = "overview" | "enterprises" | "figures" | "sources";

const SECTION_TITLES: Record<SectionId, Bilingual> = {
  overview: { zh: "概况", en: "Overview" },
  enterprises: { zh: "企业", en: "Enterprises" },
  figures: { zh: "数据", en: "Figures" },
  sources: { zh: "来源与说明", en: "Sources and notes" },
};

const FIELD_SECTIONS: Partial<Record<string, SectionId>> = {
  lead: "enterprises",
  enterprises: "enterprises",
  sources: "sources",
  name_basis: "sources",
  note: "sources",
};

const ASPECT_LABELS: Record<"qualifier" | "unit", Bilingual> = {
  qualifier: { zh: "限定", en: "qualifier" },
  unit: { zh: "单位", en: "unit" },
};

/**
 * A field id or metric key as a dot-notation identifier: "main-business-revenue" →
 * "mainBusinessRevenue", "name_en" → "nameEn", with an aspect appended ("…Unit").
 *
 * @example
 * propertyName("main-business-revenue", "unit") //=> "mainBusinessRevenueUnit"
 */
export function propertyName(id: string, aspect?: string): string {
  // Every separator splits; the empty parts left by a run of them or by one at an end are dropped.
  const parts = [...id.split(/[^A-Za-z0-9]/), ...(aspect ? [aspect] : [])].filter(Boolean);
  return parts.map((part, i) => (i === 0 ? part : part[0].toUpperCase() + part.slice(1))).join("");
}

function aspectLabel(label: Bilingual, aspect: keyof typeof ASPECT_LABELS, language: Language) {
  const name = pick(label, language);
  const what = pick(ASPECT_LABELS[aspect], language);
  return language === "en" ? `${name} (${what})` : `${name}（${what}）`;
}

/**
 * The card of the cluster a name or id stands for (throws as `findCluster` does). Blank
 * fields are left out rather than shown empty.
 *
 * @example
 * clusterCard(catalog, "ns1-jinan-it-services", "zh-CN").text //=> "济南市信息技术服务产业集群"
 */
export function clusterCard(catalog: Catalog, cluster: string, language: Language): CardModel {
  const record = findCluster(catalog, cluster);
  const context: FieldContext = { catalog, language };
  const lists: Record<string, readonly string[]> = {
    cities: record.cities.map((id) => {
      const city = catalog.cities.get(id);
      return city ? (language === "en" ? city.en : city.short) : id;
    }),
    lead: record.leadEnterprises,
    enterprises: record.enterprises,
    sources: record.sources,
  };
  const properties: CardProperty[] = [];
  const sections = new Map<SectionId, string[]>(
    (Object.keys(SECTION_TITLES) as SectionId[]).map((id) => [id, []])
  );
  const add = (section: SectionId, property: CardProperty) => {
    properties.push(property);
    sections.get(section)!.push(property.name);
  };
  for (const field of FIELDS) {
    const value = lists[field.id] ?? field.value(record, context);
    const blank = typeof value === "object" ? value.length === 0 : value === "";
    if (!blank)
      add(FIELD_SECTIONS[field.id] ?? "overview", {
        name: propertyName(field.id),
        label: pick(field.label, language),
        value,
      });
  }
  for (const metric of record.metrics) {
    const label = pick(metric.label, language);
    add("figures", { name: propertyName(metric.key), label, value: metric.value });
    const qualifier = pick(QUALIFIERS[metric.qualifier], language);
    if (qualifier)
      add("figures", {
        name: propertyName(metric.key, "qualifier"),
        label: aspectLabel(metric.label, "qualifier", language),
        value: qualifier,
      });
    add("figures", {
      name: propertyName(metric.key, "unit"),
      label: aspectLabel(metric.label, "unit", language),
      value: metric.unit,
    });
  }
  return {
    text: record.name.zh,
    properties,
    sections: [...sections]
      .filter(([, names]) => names.length > 0)
      .map(([id, names]) => ({ title: pick(SECTION_TITLES[id], language), properties: names })),
  };
}
