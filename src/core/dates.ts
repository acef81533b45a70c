/**
 * Announcement dates as a sheet needs them: a record's own date or its batch's, its year as a
 * number, the day as an Excel serial number only where the day is known, and how precise the
 * source is, so that "2019-10" never reaches a cell as text Excel would turn into a date.
 */
import type { Cluster } from "../data/types";
import type { Catalog } from "./catalog";

export type Precision = "day" | "month" | "year";

/** The record's own announcement date, else its batch's (a record was announced with its batch). */
export function announcedOf(catalog: Catalog, cluster: Cluster): string | undefined {
  if (cluster.announced) return cluster.announced;
  // A record without a batch number matches no batch.
  return catalog.programs.get(cluster.program)?.batches.find((b) => b.number === cluster.batch)
    ?.announced;
}

/** The year of an ISO date as precise as its source ("2019", "2019-10", "2019-10-22"). */
export function yearOf(iso: string | undefined): number | undefined {
  const year = iso ? Number(iso.slice(0, 4)) : NaN;
  return Number.isInteger(year) ? year : undefined;
}

/** How much of an ISO date is known. */
export function precisionOf(iso: string | undefined): Precision | undefined {
  if (!iso) return undefined;
  return iso.length >= 10 ? "day" : iso.length >= 7 ? "month" : "year";
}

/** Days from Excel's day 0 (1899-12-30 in the 1900 date system, leap-year bug included) to 1970-01-01. */
const EPOCH_SERIAL = 25569;

/**
 * The Excel serial number of a full ISO date, or undefined when the day is not known.
 *
 * @example
 * excelSerial("2019-10-22") //=> 43760
 * excelSerial("2019-10")    //=> undefined
 */
export function excelSerial(iso: string | undefined): number | undefined {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) return undefined;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000 + EPOCH_SERIAL;
}

/**
 * An Excel serial number back as an ISO date (for CSV, where a full ISO date is what Excel reads
 * as a date).
 *
 * @example
 * isoOfSerial(43760) //=> "2019-10-22"
 */
export function isoOfSerial(serial: number): string {
  return new Date((serial - EPOCH_SERIAL) * 86_400_000).toISOString().slice(0, 10);
}
