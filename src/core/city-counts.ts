/**
 * Distinct clusters per city for the pane's map, every city listed (a city with none is 0, not
 * missing), counted as SD.COUNT counts: one cluster on two lists once, a joint cluster in every
 * city it spans. The shading classes are equal steps up to the largest count, with 0 its own class.
 */
import type { Cluster } from "../data/types";
import type { Catalog } from "./catalog";

export interface CityCount {
  id: string;
  count: number;
}

/**
 * @example
 * cityCounts(catalog, clusters).find((c) => c.id === "yantai") //=> { id: "yantai", count: 10 } (say)
 */
export function cityCounts(catalog: Catalog, clusters: readonly Cluster[]): CityCount[] {
  const keys = new Map<string, Set<string>>();
  for (const cluster of clusters) {
    for (const city of cluster.cities.length > 0 ? cluster.cities : [cluster.city]) {
      const set = keys.get(city) ?? new Set<string>();
      set.add(cluster.key);
      keys.set(city, set);
    }
  }
  return catalog.dataset.cities.map((city) => ({
    id: city.id,
    count: keys.get(city.id)?.size ?? 0,
  }));
}

/** A shading class: counts from `min` to `max` inclusive. */
export interface CountClass {
  min: number;
  max: number;
}

/**
 * Up to `steps` classes of equal width from 1 to the largest count, after the class of 0.
 *
 * @example
 * countClasses([0, 3, 7], 4) //=> [{0,0}, {1,2}, {3,4}, {5,6}, {7,8}]
 */
export function countClasses(counts: readonly number[], steps = 4): CountClass[] {
  const top = Math.max(0, ...counts);
  const classes: CountClass[] = [{ min: 0, max: 0 }];
  // With top 0 the width is 0 and the loop adds nothing.
  const width = Math.ceil(top / steps);
  for (let min = 1; min <= top; min += width) classes.push({ min, max: min + width - 1 });
  return classes;
}

/** The index of the class a count falls in; 0, the unshaded class, for a count in none. */
export function classOf(classes: readonly CountClass[], count: number): number {
  return Math.max(
    0,
    classes.findIndex((c) => count >= c.min && count <= c.max)
  );
}
