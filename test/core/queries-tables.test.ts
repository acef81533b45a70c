/**
 * The result tables of SD.CLUSTERS and SD.CITIES as a sheet receives them: date formats only
 * where a column has one, arrays of its own per call, #N/A for a place without clusters only
 * when nothing else matched, and zero rows for a city without clusters.
 */
import { getCatalog } from "../../src/core/dataset";
import { NoClusterInPlaceError } from "../../src/core/errors";
import { citiesTable, clustersTable } from "../../src/core/queries";
import { miniCatalog } from "./fixture";

const catalog = getCatalog();
const yantai = catalog.dataset.clusters.filter((c) => c.cities.includes("yantai"));

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("clustersTable formats", () => {
  it("formats the date column, and only that one", () => {
    for (let round = 0; round < 2; round++) {
      const table = clustersTable(catalog, { query: ["烟台"], fields: ["id,announced"] }, "zh-CN");
      expect(table.formats).toHaveLength(2);
      expect(table.formats?.[0]).toBeUndefined();
      expect(table.formats?.[1]).toEqual(expect.any(String));
    }
  });

  it("gives no formats where no column has one", () => {
    const table = clustersTable(catalog, { query: ["烟台"], fields: ["id,name"] }, "en");
    expect(table).toStrictEqual({
      header: ["ID", "Name"],
      rows: yantai.map((c) => [c.id, c.name.en]),
    });
  });

  it("gives each call formats of its own", () => {
    const options = { query: ["威海"], fields: ["announced,id"] };
    const first = clustersTable(catalog, options, "en");
    const expected = first.formats?.slice();
    first.formats?.fill("@");
    expect(clustersTable(catalog, options, "en").formats).toStrictEqual(expected);
  });
});

describe("clustersTable for places without clusters", () => {
  it("answers 招远 (a county of 烟台) with #N/A naming its city", () => {
    const error = thrown(() => clustersTable(catalog, { query: ["招远"] }, "zh-CN"));
    expect(error).toBeInstanceOf(NoClusterInPlaceError);
    expect((error as NoClusterInPlaceError).city).toStrictEqual({ zh: "烟台", en: "Yantai" });
    expect((error as NoClusterInPlaceError).message).toContain("Zhaoyuan (Yantai)");
  });

  it("answers a city without clusters with #N/A naming no other city", () => {
    const error = thrown(() => clustersTable(miniCatalog, { query: ["济宁"] }, "en"));
    expect(error).toBeInstanceOf(NoClusterInPlaceError);
    expect((error as NoClusterInPlaceError).city).toBeUndefined();
  });

  it("lists the records of the other place when 招远 is one of two", () => {
    const table = clustersTable(catalog, { query: ["招远、烟台"], fields: ["id"] }, "en");
    expect(table.rows).toStrictEqual(yantai.map((c) => [c.id]));
  });
});

describe("citiesTable", () => {
  it("gives a city without clusters a row of zeros", () => {
    const table = citiesTable(miniCatalog, {}, "en");
    const programs = miniCatalog.dataset.programs.length;
    for (const city of ["jining", "qingdao"]) {
      const en = miniCatalog.cities.get(city)?.en;
      expect(table.rows.find((row) => row[0] === en)).toStrictEqual([
        en,
        ...Array(programs + 1).fill(0),
      ]);
    }
  });
});
