import { createRequire } from "node:module";

// Synchronous lazy loading for CommonJS packages (yaml, ignore) and ES modules
// (the Markdown and HTML parsers; require of an ES module needs Node >= 20.19):
// the code that needs them is synchronous, and most runs never get there (the
// built-in dictionaries come from a compiled cache, most folders have no
// ignore globs, plain text needs no parser).
const require = createRequire(import.meta.url);
const cache = new Map<string, unknown>();

/** A function that loads the package on its first call and returns the same module after. */
export function lazyRequire<T>(name: string): () => T {
  return () => {
    if (!cache.has(name)) cache.set(name, require(name));
    return cache.get(name) as T;
  };
}
