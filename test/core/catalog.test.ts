import { getCatalog } from "../../src/core/dataset";
import { miniCatalog } from "./fixture";

describe("buildCatalog", () => {
  const catalog = getCatalog();
  it("is built once per load", () => {
    expect(getCatalog()).toBe(catalog);
  });
  it("indexes every cluster by id and every city's clusters", () => {
    expect(catalog.clusters.size).toBe(catalog.dataset.clusters.length);
    expect(catalog.clustersByCity.get("yantai")?.length).toBeGreaterThan(0);
  });
  it("files a joint cluster under each city it spans", () => {
    expect(miniCatalog.clustersByCity.get("weihai")?.map((c) => c.id)).toEqual([
      "pa1-yantai-weihai-ships",
    ]);
    expect(miniCatalog.clustersByCity.get("yantai")?.map((c) => c.id)).toContain(
      "pa1-yantai-weihai-ships"
    );
    for (const cluster of catalog.dataset.clusters) {
      for (const city of cluster.cities)
        expect(catalog.clustersByCity.get(city)).toContain(cluster);
    }
  });
  it("registers the pinyin of every city", () => {
    for (const city of catalog.dataset.cities) {
      expect(catalog.names.get(city.id).map((e) => e.id)).toContain(city.id);
      expect(catalog.names.get(city.en).map((e) => e.id)).toContain(city.id);
      expect(catalog.names.get(city.traditional).map((e) => e.id)).toContain(city.id);
    }
  });
  it("lists metric keys with their labels", () => {
    expect(catalog.metrics.get("hightech-enterprises")?.zh).toBe("高新技术企业");
  });
});
