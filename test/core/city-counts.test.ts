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

test("a cluster that lists no cities counts under its city", () => {
  const [first] = clusters;
  const counts = cityCounts(catalog, [{ ...first, cities: [] }]);
  expect(counts.filter((c) => c.count > 0)).toStrictEqual([{ id: first.city, count: 1 }]);
});

test("classes step by the largest count over the number of steps, rounded up", () => {
  expect(countClasses([0, 3, 7], 4)).toStrictEqual([
    { min: 0, max: 0 },
    { min: 1, max: 2 },
    { min: 3, max: 4 },
    { min: 5, max: 6 },
    { min: 7, max: 8 },
  ]);
  expect(countClasses([12, 1], 4)).toStrictEqual([
    { min: 0, max: 0 },
    { min: 1, max: 3 },
    { min: 4, max: 6 },
    { min: 7, max: 9 },
    { min: 10, max: 12 },
  ]);
  expect(countClasses([2], 4)).toStrictEqual([
    { min: 0, max: 0 },
    { min: 1, max: 1 },
    { min: 2, max: 2 },
  ]);
  expect(countClasses([0, 0])).toStrictEqual([{ min: 0, max: 0 }]);
  expect(countClasses([])).toStrictEqual([{ min: 0, max: 0 }]);
});

test("a count in no class falls in class 0, the unshaded one", () => {
  const gap = [
    { min: 0, max: 0 },
    { min: 5, max: 9 },
  ];
  expect(classOf(gap, 3)).toBe(0);
  expect(classOf(gap, 10)).toBe(0);
  expect(classOf(gap, 7)).toBe(1);
});
