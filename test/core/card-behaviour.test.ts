// What a cluster's card shows: its figures with qualifier and unit, its cities, and only the fields
// and sections that have something in them. Expected values are copied by hand from the records.
import { clusterCard, propertyName } from "../../src/core/card";
import { getCatalog } from "../../src/core/dataset";
import { miniCatalog } from "./fixture";

/** The properties the card's "Figures" section lists, in order. */
const figures = (card: ReturnType<typeof clusterCard>) => {
  const names = card.sections.find((s) => s.title === "Figures")?.properties ?? [];
  return card.properties.filter((p) => names.includes(p.name));
};

describe("a cluster's card", () => {
  it("gives each figure its unit, and a qualifier only where the figure is not exact", () => {
    const card = clusterCard(getCatalog(), "ps1-rizhao-high-quality-steel", "en");
    expect(figures(card)).toStrictEqual([
      { name: "steelOutputValue", label: "Steel industry output value", value: 1468 },
      { name: "steelOutputValueUnit", label: "Steel industry output value (unit)", value: "亿元" },
      {
        name: "steelShareOfIndustrialOutput",
        label: "Steel industry's share of the city's industrial output above designated size",
        value: 48.56,
      },
      {
        name: "steelShareOfIndustrialOutputUnit",
        label:
          "Steel industry's share of the city's industrial output above designated size (unit)",
        value: "%",
      },
      { name: "provincialPlatforms", label: "Platforms at provincial level or above", value: 50 },
      {
        name: "provincialPlatformsQualifier",
        label: "Platforms at provincial level or above (qualifier)",
        value: "over",
      },
      {
        name: "provincialPlatformsUnit",
        label: "Platforms at provincial level or above (unit)",
        value: "个",
      },
    ]);
  });

  it("labels a figure's qualifier and unit in full-width brackets in Chinese", () => {
    const card = clusterCard(getCatalog(), "ps1-rizhao-high-quality-steel", "zh-CN");
    const labels = Object.fromEntries(card.properties.map((p) => [p.name, p.label]));
    expect(labels.provincialPlatformsQualifier).toBe("省级以上平台（限定）");
    expect(labels.provincialPlatformsUnit).toBe("省级以上平台（单位）");
    expect(labels.steelOutputValueQualifier).toBeUndefined();
  });

  it("lists a joint cluster's cities in the card's language", () => {
    const cities = (language: "zh-CN" | "en") =>
      clusterCard(
        getCatalog(),
        "na2-qingdao-yantai-weihai-shipbuilding-offshore",
        language
      ).properties.find((p) => p.name === "cities")?.value;
    expect(cities("en")).toStrictEqual(["Qingdao", "Yantai", "Weihai"]);
    expect(cities("zh-CN")).toStrictEqual(["青岛", "烟台", "威海"]);
  });

  it("leaves out blank fields and the sections left with nothing", () => {
    // No district, note, lead or other enterprises, and no figures; ns1-yantai-offshore has them.
    const card = clusterCard(miniCatalog, "pa1-yantai-offshore", "zh-CN");
    const names = card.properties.map((p) => p.name);
    for (const blank of ["district", "countyCode", "note", "lead", "enterprises"])
      expect(names).not.toContain(blank);
    for (const p of card.properties) expect(p.value).not.toBe("");
    expect(card.sections.map((s) => s.title)).toStrictEqual(["概况", "来源与说明"]);
    const ships = clusterCard(miniCatalog, "pa1-yantai-weihai-ships", "en");
    expect(ships.sections.map((s) => s.title)).toStrictEqual([
      "Overview",
      "Enterprises",
      "Sources and notes",
    ]);
    expect(ships.sections[1].properties).toStrictEqual(["lead"]);
  });
});

describe("property names", () => {
  it("ignore separators at either end of an id and runs of them", () => {
    expect(propertyName("-per-capita-")).toBe("perCapita");
    expect(propertyName("per--capita__2024")).toBe("perCapita2024");
    expect(propertyName("_share", "unit")).toBe("shareUnit");
  });
});
