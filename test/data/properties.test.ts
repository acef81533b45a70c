import fc from "fast-check";
import { checkDataset } from "../../src/data/check";
import { loadDataset } from "./load";

const base = loadDataset();

describe("checks hold for any record, not just the ones picked by hand", () => {
  it("removing any cited source from the source list leaves a dangling reference", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: base.sources.length - 1 }), (i) => {
        const d = loadDataset();
        const [removed] = d.sources.splice(i, 1);
        return checkDataset(d).some((p) => p.includes(`unknown source "${removed.id}"`));
      }),
      { numRuns: 40 }
    );
  });

  it("pointing any cluster at an unknown city is reported", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: base.clusters.length - 1 }),
        fc.stringMatching(/^[a-z]{3,12}$/),
        (i, city) => {
          fc.pre(!base.cities.some((c) => c.id === city));
          const d = loadDataset();
          d.clusters[i].city = city;
          d.clusters[i].cities[0] = city;
          return checkDataset(d).some((p) =>
            p.includes(`cluster ${d.clusters[i].id} has unknown city "${city}"`)
          );
        }
      ),
      { numRuns: 40 }
    );
  });

  it("any cluster without sources is reported", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: base.clusters.length - 1 }), (i) => {
        const d = loadDataset();
        d.clusters[i].sources = [];
        return checkDataset(d).includes(
          `missing source: cluster ${d.clusters[i].id} has no source`
        );
      }),
      { numRuns: 40 }
    );
  });
});
