/** Lists under keys, as the catalog groups clusters by city, programme, key and place. */

/** Appends a value to the list under a key, starting the list when the key is new. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const values = map.get(key);
  if (values) values.push(value);
  else map.set(key, [value]);
}
