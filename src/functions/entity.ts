/**
 * A card model as an Excel entity value (the CustomFunctionsRuntime 1.4 data-type schema):
 * basic properties typed "String" / "Double", lists as "Array" values of strings.
 */
import type { CardModel } from "../core/card";

type BasicValue = { type: "String"; basicValue: string } | { type: "Double"; basicValue: number };
type PropertyValue = BasicValue | { type: "Array"; elements: BasicValue[][] };

export interface EntityValue {
  type: "Entity";
  text: string;
  properties: Record<string, PropertyValue>;
  layouts: { card: { title: { property: string } } };
}

function basic(value: string | number): BasicValue {
  return typeof value === "number"
    ? { type: "Double", basicValue: value }
    : { type: "String", basicValue: value };
}

/**
 * The entity Excel shows as a data-type card; `=A2.industry` reads its properties.
 *
 * @example
 * toEntity({ text: "烟台…集群", properties: [{ name: "city", value: "烟台" }] }).properties.city
 * //=> { type: "String", basicValue: "烟台" }
 */
export function toEntity(card: CardModel): EntityValue {
  const properties: Record<string, PropertyValue> = {};
  for (const { name, value } of card.properties) {
    properties[name] =
      typeof value === "object"
        ? { type: "Array", elements: value.map((item) => [basic(item)]) }
        : basic(value);
  }
  return {
    type: "Entity",
    text: card.text,
    properties,
    layouts: { card: { title: { property: "name" } } },
  };
}
