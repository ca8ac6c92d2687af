import { createRequire } from "node:module";

// Parsers are heavy (micromark and htmlparser2 take about 100 ms to load), so
// a processor loads its parser the first time it runs, not when mtclean
// starts. `require` of an ES module is synchronous (Node >= 20.19), which
// keeps Linter.check synchronous too.
const require = createRequire(import.meta.url);

/** A value made on first use and kept. */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** A module loaded on first use and kept. */
export function lazy<T>(name: string): () => T {
  return once(() => require(name) as T);
}

export const load = <T>(name: string): T => require(name) as T;
