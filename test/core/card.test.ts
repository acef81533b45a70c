import { clusterCard } from "../../src/core/card";
import { getCatalog } from "../../src/core/dataset";
import { miniCatalog } from "./fixture";

describe("clusterCard", () => {
  it("names properties by field id and keeps lists as lists", () => {
    const card = clusterCard(miniCatalog, "pa1-yantai-weihai-ships", "zh-CN");
    expect(card.text).toBe("烟台—威海船舶产业集群");
    const byName = Object.fromEntries(card.properties.map((p) => [p.name, p.value]));
    expect(byName.city).toBe("烟台、威海");
    expect(byName.lead_city).toBe("烟台");
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
    expect(byName["hightech-enterprises"]).toBe(170);
    expect(byName["hightech-enterprises.qualifier"]).toBe("余");
    expect(byName["hightech-enterprises.unit"]).toBe("家");
  });
});
