/**
 * A cluster as a card: its fields and figures as named properties, for SD.CARD's entity
 * value (and any pane that shows one cluster). Property names are the field ids and metric
 * keys, so `=A2.industry` works whatever the display language; list fields stay lists.
 */
import type { Catalog } from "./catalog";
import { FIELDS, type FieldContext } from "./fields";
import { pick, type Language } from "./i18n";
import { QUALIFIERS } from "./labels";
import { findCluster } from "./resolve";
import type { Cell } from "./table";

export interface CardProperty {
  name: string;
  value: Cell | readonly string[];
}

export interface CardModel {
  /** What the cell shows: the cluster's name. */
  text: string;
  properties: CardProperty[];
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
  for (const field of FIELDS) {
    const value = lists[field.id] ?? field.value(record, context);
    const blank = typeof value === "object" ? value.length === 0 : value === "";
    if (!blank) properties.push({ name: field.id, value });
  }
  for (const metric of record.metrics) {
    properties.push({ name: metric.key, value: metric.value });
    const qualifier = pick(QUALIFIERS[metric.qualifier], language);
    if (qualifier) properties.push({ name: `${metric.key}.qualifier`, value: qualifier });
    properties.push({ name: `${metric.key}.unit`, value: metric.unit });
  }
  return { text: record.name.zh, properties };
}
