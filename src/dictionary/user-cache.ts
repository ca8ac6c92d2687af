import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type * as Crypto from "node:crypto";
import { lazyRequire } from "../lazy-require.js";
import { CACHE_VERSION, restoreEntry, storeEntry, type StoredEntry } from "./cache.js";
import { parseDictionary, readDictionarySource } from "./loader.js";
import type { Dictionary } from "./types.js";

// A user dictionary (--dict, a configuration's dictionaries) is YAML: parsing
// and validating 200 entries costs about 200 ms at each start, most of it the
// YAML parser's first run, and every worker thread paid it again. The
// compiled entries are kept in a cache folder, under a hash of the file's text
// and of this build of mtclean: an edited file, or another mtclean, gets its
// own copy, so a cached copy is never stale. A file with a mistake is never
// cached (its error is reported at every run). The cache is an optimisation
// only: when it cannot be read or written, the YAML is parsed as before.
// Folder: $MTCLEAN_CACHE_DIR (empty: no cache), else $XDG_CACHE_HOME/mtclean,
// else ~/.cache/mtclean.

const crypto = lazyRequire<typeof Crypto>("node:crypto");

export function dictionaryCacheDir(): string | undefined {
  const chosen = process.env.MTCLEAN_CACHE_DIR;
  if (chosen !== undefined) return chosen === "" ? undefined : chosen;
  try {
    return join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "mtclean");
  } catch {
    return undefined; // no home folder
  }
}

/** This build of mtclean: the validation code compiled with it (a rebuild changes its time). */
function buildStamp(): string {
  try {
    return String(statSync(fileURLToPath(new URL("./validate.js", import.meta.url))).mtimeMs);
  } catch {
    return "unknown";
  }
}

/** Reads and validates a dictionary file, from the cache when this text was compiled before. */
export function loadUserDictionary(file: string): Dictionary {
  const source = readDictionarySource(file);
  const dir = dictionaryCacheDir();
  if (!dir) return parseDictionary(source, file);
  const key = crypto().createHash("sha256").update(`${CACHE_VERSION}\0${buildStamp()}\0${source}`).digest("hex").slice(0, 32);
  const path = join(dir, `dictionary-${key}.json`);
  let stored: StoredEntry[] | undefined;
  try {
    stored = JSON.parse(readFileSync(path, "utf8")) as StoredEntry[];
  } catch {
    /* not cached yet */
  }
  if (Array.isArray(stored)) return { file, entries: stored.map((entry) => restoreEntry(entry, file)) };
  const dictionary = parseDictionary(source, file);
  try {
    mkdirSync(dir, { recursive: true });
    // written whole under another name, then renamed: a concurrent run reads the old state or the new, never half
    const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(temporary, JSON.stringify(dictionary.entries.map(storeEntry)));
    renameSync(temporary, path);
  } catch {
    /* a read-only or missing home: no cache, same result */
  }
  return dictionary;
}
