import { clusterCard, propertyName } from "../../src/core/card";
import { getCatalog } from "../../src/core/dataset";
import { miniCatalog } from "./fixture";

describe("clusterCard", () => {
  it("names properties by field id and keeps lists as lists", () => {
    const card = clusterCard(miniCatalog, "pa1-yantai-weihai-ships", "zh-CN");
    expect(card.text).toBe("烟台—威海船舶产业集群");
    const byName = Object.fromEntries(card.properties.map((p) => [p.name, p.value]));
    expect(byName.city).toBe("烟台、威海");
    expect(byName.leadCity).toBe("烟台");
    expect(byName.cities).toEqual(["烟台", "威海"]);
    expect(byName.lead).toEqual(["黄海造船"]);
    expect(byName.enterprises).toBeUndefined();
  });
  it("gives the note in the card's language", () => {
    const note = (language: "zh-CN" | "en") =>
      clusterCard(miniCatalog, "pa1-yantai-weihai-ships", language).properties.find(
        (p) => p.name === "note"
      )?.value;
    expect(note("zh-CN")).toBe("联合集群");
    expect(note("en")).toBe("joint");
  });
  it("carries figures as numbers with qualifier and unit", () => {
    const card = clusterCard(getCatalog(), "ns1-jinan-it-services", "zh-CN");
    const byName = Object.fromEntries(card.properties.map((p) => [p.name, p.value]));
    expect(byName.hightechEnterprises).toBe(170);
    expect(byName.hightechEnterprisesQualifier).toBe("余");
    expect(byName.hightechEnterprisesUnit).toBe("家");
  });
});

describe("card property names (what =A2.name reads)", () => {
  const catalog = getCatalog();
  const cards = (language: "zh-CN" | "en") =>
    catalog.dataset.clusters.map((c) => clusterCard(catalog, c.id, language));

  it("are plain identifiers on every card, so no formula needs brackets", () => {
    // Excel parses "-", ".", spaces and operators in A2.x as formula syntax.
    for (const card of cards("zh-CN")) {
      const names = card.properties.map((p) => p.name);
      for (const name of names) expect(name).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it("are the same in both languages, while labels follow the language", () => {
    const zh = cards("zh-CN");
    const en = cards("en");
    zh.forEach((card, i) => {
      expect(card.properties.map((p) => p.name)).toEqual(en[i].properties.map((p) => p.name));
    });
    const revenue = zh
      .flatMap((c) => c.properties)
      .find((p) => p.name === "mainBusinessRevenueUnit");
    expect(revenue?.label).toMatch(/（单位）$/);
    const zhCity = zh[0].properties.find((p) => p.name === "city");
    const enCity = en[0].properties.find((p) => p.name === "city");
    expect([zhCity?.label, enCity?.label]).toEqual(["城市", "City"]);
  });

  it("names the metric of the issue's example without a subtraction", () => {
    expect(propertyName("main-business-revenue")).toBe("mainBusinessRevenue");
    expect(propertyName("main-business-revenue", "unit")).toBe("mainBusinessRevenueUnit");
    expect(propertyName("name_en")).toBe("nameEn");
  });

  it("groups every property into exactly one titled section", () => {
    for (const card of cards("zh-CN")) {
      const sectioned = card.sections.flatMap((s) => s.properties);
      expect(sectioned.sort()).toEqual(card.properties.map((p) => p.name).sort());
      for (const section of card.sections) expect(section.title).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
