import fc from "fast-check";
import { classOf, cityCounts, countClasses } from "../../src/core/city-counts";
import { getCatalog } from "../../src/core/dataset";

const catalog = getCatalog();
const clusters = catalog.dataset.clusters;

test("every city is listed, in dataset order, with its distinct clusters (joint ones in each city)", () => {
  const counts = cityCounts(catalog, clusters);
  expect(counts.map((c) => c.id)).toEqual(catalog.dataset.cities.map((c) => c.id));
  for (const { id, count } of counts) {
    // Oracle: distinct keys of the records whose city or cities name the city.
    const keys = new Set(
      clusters.filter((c) => c.city === id || c.cities.includes(id)).map((c) => c.key)
    );
    expect(count).toBe(keys.size);
  }
});

test("a city without clusters in the result is 0, not missing", () => {
  const yantaiOnly = clusters.filter((c) => c.city === "yantai" && c.cities.length <= 1);
  const counts = cityCounts(catalog, yantaiOnly);
  expect(counts).toHaveLength(16);
  expect(counts.filter((c) => c.count > 0).map((c) => c.id)).toEqual(["yantai"]);
});

test("classes: 0 alone, then equal steps that cover every count exactly once", () => {
  fc.assert(
    fc.property(
      fc.array(fc.nat(200), { maxLength: 16 }),
      fc.integer({ min: 1, max: 6 }),
      (counts, steps) => {
        const classes = countClasses(counts, steps);
        expect(classes[0]).toEqual({ min: 0, max: 0 });
        expect(classes.length).toBeLessThanOrEqual(steps + 1);
        for (const n of counts) {
          const i = classOf(classes, n);
          expect(n).toBeGreaterThanOrEqual(classes[i].min);
          expect(n).toBeLessThanOrEqual(classes[i].max);
          expect(classes.filter((c) => n >= c.min && n <= c.max)).toHaveLength(1);
        }
        for (let i = 2; i < classes.length; i++)
          expect(classes[i].min).toBe(classes[i - 1].max + 1);
      }
    )
  );
});
