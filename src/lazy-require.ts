import { createRequire } from "node:module";

// Synchronous lazy loading for CommonJS packages (yaml, ignore) and ES modules
// (the Markdown and HTML parsers; require of an ES module needs Node >= 20.19):
// the code that needs them is synchronous, and most runs never get there (the
// built-in dictionaries come from a compiled cache, most folders have no
// ignore globs, plain text needs no parser, a text without Han characters
// never loads segmentit's 3.8 MB of dictionaries or opencc-js).
const require = createRequire(import.meta.url);
const cache = new Map<string, unknown>();

/** A function that loads the package on its first call and returns the same module after. */
export function lazyRequire<T>(name: string): () => T {
  return () => {
    if (!cache.has(name)) cache.set(name, require(name));
    return cache.get(name) as T;
  };
}

/** A value built on its first use, then reused (a segmenter, a converter built from a lazily required module). */
export function lazy<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}
