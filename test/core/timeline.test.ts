import fc from "fast-check";
import { getCatalog } from "../../src/core/dataset";
import { timeline } from "../../src/core/timeline";

const catalog = getCatalog();
const clusters = catalog.dataset.clusters;

test("every record is counted once: in its year or in the unknown year, which is always last", () => {
  fc.assert(
    fc.property(fc.subarray(clusters), (some) => {
      const t = timeline(catalog, some);
      expect(t.years[t.years.length - 1].year).toBe("");
      expect(t.years.reduce((sum, y) => sum + y.total, 0)).toBe(some.length);
      for (const y of t.years) {
        expect(Object.values(y.counts).reduce((a, b) => a + b, 0)).toBe(y.total);
        expect(y.byNotice).toBeLessThanOrEqual(y.total);
      }
      const known = t.years.slice(0, -1).map((y) => y.year);
      expect(known).toEqual([...known].sort());
    })
  );
});

test("the year is the record's announcement, else its batch's, else its batch's public notice", () => {
  const t = timeline(catalog, clusters);
  // Oracle from the dataset: the national strategic emerging first batch was announced in 2019.
  const y2019 = t.years.find((y) => y.year === "2019")!;
  expect(y2019.counts["national-strategic-emerging"]).toBe(
    clusters.filter((c) => c.program === "national-strategic-emerging" && c.batch === 1).length
  );
  // The provincial strategic emerging second batch is dated only by its 2022-03-04 notice.
  const second = clusters.filter(
    (c) => c.program === "provincial-strategic-emerging" && c.batch === 2
  );
  const y2022 = t.years.find((y) => y.year === "2022")!;
  expect(y2022.counts["provincial-strategic-emerging"]).toBe(second.length);
  expect(y2022.byNotice).toBeGreaterThanOrEqual(second.length);
});

test("a record with no date anywhere goes in the unknown year", () => {
  const [first] = clusters;
  const undated = { ...first, announced: undefined, program: "no-such-programme" };
  const t = timeline(catalog, [undated]);
  expect(t.years).toEqual([
    { year: "", counts: { "no-such-programme": 1 }, total: 1, byNotice: 0 },
  ]);
});

test("a record's own announcement date wins over its batch's", () => {
  const first = clusters.find((c) => c.program === "national-strategic-emerging" && c.batch === 1)!;
  const later = { ...first, announced: "2020-05" };
  expect(timeline(catalog, [later]).years).toStrictEqual([
    { year: "2020", counts: { "national-strategic-emerging": 1 }, total: 1, byNotice: 0 },
    { year: "", counts: {}, total: 0, byNotice: 0 },
  ]);
});

test("every year of the dataset, counted as a reference reading of the dates counts it", () => {
  const expected = new Map<
    string,
    { counts: Record<string, number>; total: number; byNotice: number }
  >();
  for (const c of clusters) {
    const batch = catalog.dataset.programs
      .find((p) => p.id === c.program)!
      .batches.find((b) => b.number === c.batch);
    const announced = c.announced || batch?.announced;
    const year = (announced || batch?.noticeDate || "").slice(0, 4);
    const row = expected.get(year) ?? { counts: {}, total: 0, byNotice: 0 };
    row.counts[c.program] = (row.counts[c.program] ?? 0) + 1;
    row.total++;
    if (!announced && batch?.noticeDate) row.byNotice++;
    expected.set(year, row);
  }
  const t = timeline(catalog, clusters);
  expect(new Map(t.years.map(({ year, ...rest }) => [year, rest]))).toStrictEqual(expected);
  expect(t.years.some((y) => y.byNotice > 0 && y.byNotice < y.total)).toBe(true);
});

test("lists the programmes that have records, in the dataset's order", () => {
  const some = clusters.filter(
    (c) => c.program === "provincial-future-industry" || c.program === "national-strategic-emerging"
  );
  expect(timeline(catalog, [...some].reverse()).programs).toStrictEqual([
    "national-strategic-emerging",
    "provincial-future-industry",
  ]);
  expect(timeline(catalog, clusters).programs).toStrictEqual(
    catalog.dataset.programs.map((p) => p.id)
  );
  expect(timeline(catalog, []).programs).toStrictEqual([]);
});
