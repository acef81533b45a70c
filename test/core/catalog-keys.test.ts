/**
 * The generated canonical keys cover every name the catalog of the bundled dataset
 * canonicalises, so that building it at start-up computes no canonical form in full (the
 * names are listed by hand in scripts/build-name-index.ts, beside the catalog's own code).
 */
import { canonicalForm } from "../../src/core/canonical-form";
import type * as Names from "../../src/core/names";
import type { Dataset } from "../../src/data/types";

const asked: string[] = [];

jest.mock("../../src/core/names", () => {
  const actual = jest.requireActual<typeof Names>("../../src/core/names");
  return {
    ...actual,
    canonical: (text: string) => {
      asked.push(text);
      return actual.canonical(text);
    },
  };
});

// Imported after the mock, so that the catalog canonicalises through it.
import { buildCatalog } from "../../src/core/catalog";
import { nameIndex } from "../../src/core/names";
import { withTranslationMarks } from "../../src/data/translated";
import data from "../../src/data/clusters.json";

it("covers every name the catalog of the bundled dataset canonicalises, marked or not", () => {
  const form = canonicalForm(new Map(Object.entries(nameIndex.traditional)));
  for (const dataset of [
    data as unknown as Dataset,
    withTranslationMarks(data as unknown as Dataset),
  ]) {
    asked.length = 0;
    const catalog = buildCatalog(dataset);
    // The lookups filled on first use canonicalise their names then.
    void catalog.clusterNames.longest;
    void catalog.metricNames.longest;
    expect(asked.length).toBeGreaterThan(1000);
    const missing = asked.filter(
      (name) =>
        !form.isCanonical(name) && !Object.prototype.hasOwnProperty.call(nameIndex.keys, name)
    );
    expect(missing).toEqual([]);
  }
});
