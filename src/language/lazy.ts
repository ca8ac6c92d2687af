import { createRequire } from "node:module";

// The Chinese-text libraries are heavy (segmentit loads 3.8 MB of
// dictionaries in about 0.3 s), so they are required synchronously at their
// first use, never at start-up: a text without Han characters never loads
// them. createRequire keeps the Linter synchronous; segmentit is CommonJS,
// opencc-js ships a CommonJS build, and franc (ESM without top-level await)
// loads through Node's require(esm).
const require = createRequire(import.meta.url);

/** A value built on first call, then reused. */
export function lazy<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}

export function requireModule<T>(name: string): T {
  return require(name) as T;
}
