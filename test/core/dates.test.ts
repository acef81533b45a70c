/**
 * Announcement dates as a sheet receives them: Excel serial numbers of the 1900 date system only
 * for full ISO dates, how precise a date is, and a record's own date before its batch's. The
 * oracles are serials known independently of the code (2022-01-01 is 44562).
 */
import fc from "fast-check";
import type { Cluster, Dataset } from "../../src/data/types";
import { buildCatalog } from "../../src/core/catalog";
import { announcedOf, excelSerial, isoOfSerial, precisionOf, yearOf } from "../../src/core/dates";
import { miniDataset } from "./fixture";

/** Known serials of the 1900 date system (serial 61 is 1900-03-01, after Excel's fictitious 1900-02-29). */
const KNOWN: [string, number][] = [
  ["1900-03-01", 61],
  ["1970-01-01", 25569],
  ["2000-01-01", 36526],
  ["2019-10-22", 43760],
  ["2022-01-01", 44562],
  ["2022-11-30", 44895],
  ["2024-02-29", 45351],
];

describe("excelSerial", () => {
  it.each(KNOWN)("gives %s the serial %i", (iso, serial) => {
    expect(excelSerial(iso)).toBe(serial);
  });

  it.each([
    "2019-10",
    "2019",
    "",
    "x2019-10-22",
    "2019-10-22x",
    "2019-10-22T00:00",
    "12019-10-22",
    "2019-1-22",
    "2019-10-2",
    "201-10-22",
    "abcd-10-22",
    "2019-ab-22",
    "2019-10-ab",
  ])("gives no serial for %j, which is not a full ISO date", (iso) => {
    expect(excelSerial(iso)).toBeUndefined();
  });

  it("gives no serial for no date", () => {
    expect(excelSerial(undefined)).toBeUndefined();
  });
});

describe("isoOfSerial", () => {
  it.each(KNOWN)("gives %s back for the serial %i", (iso, serial) => {
    expect(isoOfSerial(serial)).toBe(iso);
  });

  it("reads back every day from 1900-03-01 to 9999-12-31 as written", () => {
    const day = fc
      // fast-check 4 also draws the invalid Date unless told not to, which has no ISO form.
      .date({
        min: new Date(Date.UTC(1900, 2, 1)),
        max: new Date(Date.UTC(9999, 11, 31)),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (iso) => {
        const serial = excelSerial(iso)!;
        expect(Number.isInteger(serial)).toBe(true);
        expect(isoOfSerial(serial)).toBe(iso);
      })
    );
  });
});

describe("precisionOf", () => {
  it.each([
    ["2019-10-22", "day"],
    ["2019-10", "month"],
    ["2019", "year"],
  ])("reads %s as known to the %s", (iso, precision) => {
    expect(precisionOf(iso)).toBe(precision);
  });

  it("knows nothing of no date", () => {
    expect(precisionOf(undefined)).toBeUndefined();
    expect(precisionOf("")).toBeUndefined();
  });
});

describe("yearOf", () => {
  it("reads the year of a date of any precision", () => {
    expect(yearOf("2019-10-22")).toBe(2019);
    expect(yearOf("2019-10")).toBe(2019);
    expect(yearOf("2019")).toBe(2019);
    expect(yearOf(undefined)).toBeUndefined();
  });
});

describe("announcedOf", () => {
  const base = miniDataset.clusters[1]; // pa1-yantai-offshore: batch 1 of 2021-06, no own date
  const record = (changes: Partial<Cluster>): Cluster => ({ ...base, ...changes });
  const records = {
    own: record({ id: "own", announced: "2021-06-18" }),
    batch: record({ id: "batch" }),
    none: record({ id: "none", batch: undefined }),
    unlisted: record({ id: "unlisted", batch: 9 }),
    noProgram: record({ id: "no-program", program: "retired-program" }),
  };
  const dataset: Dataset = { ...miniDataset, clusters: Object.values(records) };
  const catalog = buildCatalog(dataset);

  it("takes the record's own date before its batch's", () => {
    expect(announcedOf(catalog, records.own)).toBe("2021-06-18");
  });

  it("takes the batch's date for a record without its own", () => {
    expect(announcedOf(catalog, records.batch)).toBe("2021-06");
  });

  it("has no date for a record without a batch, or whose batch or programme is not listed", () => {
    expect(announcedOf(catalog, records.none)).toBeUndefined();
    expect(announcedOf(catalog, records.unlisted)).toBeUndefined();
    expect(announcedOf(catalog, records.noProgram)).toBeUndefined();
  });
});
