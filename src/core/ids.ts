/**
 * Cluster ids as users give them: as written in the id column, in any case (`NS1-Jinan-IT-Services`,
 * or in full-width letters). They are read through the record map (`catalog.clusters`), not a
 * name index: at 100k records their keys were a third of the name index and of its build.
 */
import type { Cluster } from "../data/types";
import type { Catalog, Entry } from "./catalog";
import { perOwner } from "./memo";
import { canonical } from "./names";
import type { Candidate } from "./suggest";

const ASCII = /^\p{ASCII}*$/u;

/**
 * The most UTF-16 units a text naming an id can take: twice the longest id, as NFKC makes at
 * least one unit of each character and a character takes at most two (𝐧𝐬𝟏 is ns1).
 */
export const idTextLimit = perOwner(
  (catalog: Catalog) =>
    2 * catalog.dataset.clusters.reduce((longest, { id }) => Math.max(longest, id.length), 0)
);

/**
 * The cluster record a text is the id of, or undefined. Ids are lower-case words joined by
 * hyphens (the schema's pattern), so only case and width are folded: "ns1 jinan" is not an id.
 *
 * @example
 * clusterById(catalog, "NS1-Jinan-IT-Services")?.id //=> "ns1-jinan-it-services"
 */
export function clusterById(catalog: Catalog, text: string): Cluster | undefined {
  const exact = catalog.clusters.get(text);
  if (exact !== undefined) return exact;
  const plain = ASCII.test(text) ? text : text.normalize("NFKC");
  return catalog.clusters.get(plain.toLowerCase());
}

function entryOf(cluster: Cluster, position: number): Entry {
  const { id } = cluster;
  return {
    category: "cluster",
    id,
    label: { zh: id, en: id },
    clusters: [cluster],
    positions: [position],
  };
}

/**
 * The entry a text names as a cluster id (that one record, at its dataset position), or undefined.
 *
 * @example
 * idEntry(catalog, "ns1-jinan-it-services")?.positions //=> [0]
 */
export function idEntry(catalog: Catalog, text: string): Entry | undefined {
  const cluster = clusterById(catalog, text);
  // Only here is a record's position needed: a scan, once per query (queries are remembered).
  return cluster && entryOf(cluster, catalog.dataset.clusters.indexOf(cluster));
}

/** Every cluster id as a suggestion candidate, in dataset order: only an unknown word needs them. */
export function idCandidates(catalog: Catalog): Candidate<Entry>[] {
  return catalog.dataset.clusters.map((cluster, position) => ({
    key: canonical(cluster.id),
    value: entryOf(cluster, position),
  }));
}
