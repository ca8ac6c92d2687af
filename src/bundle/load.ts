import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

// The command line runs from two bundles (built by scripts/bundle.js): the
// CLI and the worker thread, each one CommonJS file instead of about a
// hundred ES modules to resolve, read and compile at every start. A bundle
// is compiled with V8's code cache written beside it at build time, so a run
// neither parses it nor compiles the functions a typical run calls again.
// A cache that does not fit (another Node, other V8 flags, a rebuilt bundle)
// is rejected by V8 and the bundle is compiled from its source as usual: the
// cache changes how fast a run starts, never what it does.

export type BundleName = "cli" | "worker";

const BUNDLE_DIR = dirname(fileURLToPath(import.meta.url));
export const bundleFile = (name: BundleName): string => `${BUNDLE_DIR}/${name}.cjs`;
export const codeCacheFile = (name: BundleName): string => `${BUNDLE_DIR}/${name}.code-cache`;

/**
 * Set by the build (scripts/bundle.js) for the runs that train the code
 * caches: each bundle writes its cache when its thread exits, with the
 * functions of the cache it read and those the run compiled.
 */
export const TRAIN_VARIABLE = "MTCLEAN_TRAIN_CODE_CACHE";

function readCodeCache(name: BundleName): Buffer | undefined {
  try {
    return readFileSync(codeCacheFile(name));
  } catch {
    return undefined; // not built yet: compile from source
  }
}

/** Runs a bundle in this thread, as Node runs a CommonJS module. */
export function runBundle(name: BundleName): void {
  // No V8 flag is set here. --no-regexp-tier-up, set by v8.setFlagsFromString
  // before the bundle was compiled, saved some CPU (each regex compiled once,
  // to machine code), but V8 does not support changing flags once it runs:
  // about one CLI start in 250 died of SIGSEGV with it, none in 1,100 without.
  const file = bundleFile(name);
  // the same wrapper as Node's CommonJS loader, so the bundle sees the usual module variables
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, "utf8")}\n})`;
  const script = new Script(source, { filename: file, cachedData: readCodeCache(name) });
  if (process.env[TRAIN_VARIABLE]) process.once("exit", () => writeFileSync(codeCacheFile(name), script.createCachedData()));
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
}
