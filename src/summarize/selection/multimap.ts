/** Appends `value` to the list `map` holds for `key`, starting the list when there is none: the inverted indexes of the selection. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
