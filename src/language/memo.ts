// What is computed from a paragraph or a source text, kept per text: fix
// checks the text up to ten times, most paragraphs unchanged from one pass to
// the next. Bounded, so that a long run over many files does not keep every
// text alive.
const LIMIT = 5000;

export function memoByText<T>(compute: (text: string) => T): (text: string) => T {
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
