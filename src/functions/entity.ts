/**
 * A card model as an Excel entity value (the CustomFunctionsRuntime 1.4 data-type schema):
 * basic properties typed "String" / "Double", lists as "Array" values of strings; each property
 * shows its label as the card's sublabel, and the card lays them out in titled sections.
 */
import type { CardModel } from "../core/card";

type BasicValue = { type: "String"; basicValue: string } | { type: "Double"; basicValue: number };
type PropertyValue = (BasicValue | { type: "Array"; elements: BasicValue[][] }) & {
  propertyMetadata: { sublabel: string };
};

interface CardSectionLayout {
  layout: "List";
  title: string;
  properties: string[];
}

export interface EntityValue {
  type: "Entity";
  text: string;
  properties: Record<string, PropertyValue>;
  layouts: { card: { title: { property: string }; sections: CardSectionLayout[] } };
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
  for (const { name, label, value } of card.properties) {
    const cell =
      typeof value === "object"
        ? { type: "Array" as const, elements: value.map((item) => [basic(item)]) }
        : basic(value);
    properties[name] = { ...cell, propertyMetadata: { sublabel: label } };
  }
  return {
    type: "Entity",
    text: card.text,
    properties,
    layouts: {
      card: {
        title: { property: "name" },
        sections: card.sections.map((section) => ({ layout: "List", ...section })),
      },
    },
  };
}
