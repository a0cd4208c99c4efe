/**
 * Memoizes a text → value function with a bounded cache (emptied when it passes `max` entries):
 * references are scored against every system, so each is prepared once per run.
 */
export function memoizeText<T>(compute: (text: string) => T, max = 4096): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      value = compute(text);
      if (cache.size > max) cache.clear();
      cache.set(text, value);
    }
    return value;
  };
}
