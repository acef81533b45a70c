/** Lists under keys, as the catalog groups clusters by city, programme, key and place. */

/** Appends a value to the list under a key, starting the list when the key is new. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const values = map.get(key);
  if (values) values.push(value);
  else map.set(key, [value]);
}

/** Records in dataset order with each one's position in the dataset beside it. */
export interface Placed<V> {
  clusters: V[];
  positions: number[];
}

/** Appends a record and its dataset position to the list under a key. */
export function pushPlaced<K, V>(map: Map<K, Placed<V>>, key: K, value: V, position: number): void {
  const placed = map.get(key);
  if (placed) {
    placed.clusters.push(value);
    placed.positions.push(position);
  } else map.set(key, { clusters: [value], positions: [position] });
}
