/**
 * `build` computed once per key object and kept as long as the key lives: derived look-ups of a loaded data file
 * (its model, the timeline's plan) are shared by every view that reads it, and go with it.
 */
export function cachedBy<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>()
  return (key) => {
    let value = cache.get(key)
    if (value === undefined) {
      value = build(key)
      cache.set(key, value)
    }
    return value
  }
}
