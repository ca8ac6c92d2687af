// What the rules compute from a source text, kept per text: fix runs the
// rules up to ten times over the same sources. Bounded, so that a long run
// over many files does not keep every source alive.
const LIMIT = 5000;

export function memoBySourceText<T>(compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= LIMIT) cache.clear();
      cache.set(text, (value = compute(text)));
    }
    return value;
  };
}
