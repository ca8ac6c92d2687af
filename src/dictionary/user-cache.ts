import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CACHE_VERSION, restoreEntry, storeEntry, type StoredEntry } from "./cache.js";
import { parseDictionary, readDictionarySource } from "./loader.js";
import type { Dictionary } from "./types.js";
import type { MatcherStore } from "../rules/matcher/matcher-store.js";
import { readPrebuiltMatchers, writePrebuiltMatchers, type StoredAutomaton, type StoredTrie } from "../rules/matcher/prebuilt.js";

// A user dictionary (--dict, a configuration's dictionaries) is YAML: parsing
// and validating 200 entries costs about 200 ms at each start, most of it the
// YAML parser's first run, and every worker thread paid it again. The
// compiled entries are kept in a cache folder, with the file's text and this
// build of mtclean they were compiled from, and used only when both are the
// same: an edited file, or another mtclean, gets its own copy, so a cached
// copy is never stale. The cache file is named by a quick hash of the two
// (not a cryptographic one: loading node:crypto cost more than reading the
// cache); names that collide only make a cache miss, never a wrong entry. A file with a mistake is never
// cached (its error is reported at every run). The cache is an optimisation
// only: when it cannot be read or written, the YAML is parsed as before.
// Folder: $MTCLEAN_CACHE_DIR (empty: no cache), else $XDG_CACHE_HOME/mtclean,
// else ~/.cache/mtclean.

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
  return (stamp ??= statStamp());
}
let stamp: string | undefined;
function statStamp(): string {
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
  const build = `${CACHE_VERSION}\0${buildStamp()}`;
  const path = join(dir, `dictionary-${quickHash(`${build}\0${source}`)}.json`);
  let stored: Partial<StoredDictionary> | undefined;
  try {
    stored = JSON.parse(readFileSync(path, "utf8")) as Partial<StoredDictionary>;
  } catch {
    /* not cached yet */
  }
  if (stored?.build === build && stored.source === source && Array.isArray(stored.entries)) return { file, entries: stored.entries.map((entry) => restoreEntry(entry, file)) };
  const dictionary = parseDictionary(source, file);
  try {
    mkdirSync(dir, { recursive: true });
    // written whole under another name, then renamed: a concurrent run reads the old state or the new, never half
    const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(temporary, JSON.stringify({ build, source, entries: dictionary.entries.map(storeEntry) } satisfies StoredDictionary));
    renameSync(temporary, path);
  } catch {
    /* a read-only or missing home: no cache, same result */
  }
  return dictionary;
}

/**
 * The store of the phrase tries and literal automata built for linters with
 * user dictionaries (see MatcherStore), in the same folder, in the build's
 * file format (see prebuilt.ts): building them cost 25-30 ms at each start.
 * A file is named by this build of mtclean and a quick hash of the phrase set
 * or the literals, and what it holds is used only for exactly those (a name
 * shared by two sets is only a miss). Undefined when there is no cache folder
 * or no build stamp to tell this build's files from another's (a run from
 * the sources: their code may change under the same name). Like the
 * dictionaries', the store is an optimisation only: a file that cannot be
 * read or written is a miss.
 */
export function userMatcherStore(): MatcherStore | undefined {
  const dir = dictionaryCacheDir();
  const build = buildStamp();
  return dir && build !== "unknown" ? matcherStoreIn(dir, build) : undefined;
}

/** userMatcherStore's store, in a folder, for a build (for tests: a run from the sources has no build stamp). */
export function matcherStoreIn(dir: string, build: string): MatcherStore {
  const fileOf = (key: string): string => join(dir, `matchers-${CACHE_VERSION}-${build}-${quickHash(key)}.bin`);
  const read = (key: string): ReturnType<typeof readPrebuiltMatchers> | undefined => {
    try {
      return readPrebuiltMatchers(fileOf(key));
    } catch {
      return undefined; // damaged: built again, and replaced
    }
  };
  const keep = (key: string, automata: StoredAutomaton[], tries: StoredTrie[]): void => {
    try {
      mkdirSync(dir, { recursive: true });
      // written whole under another name, then renamed, as the dictionaries are
      const path = fileOf(key);
      const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
      writePrebuiltMatchers(automata, tries, temporary);
      renameSync(temporary, path);
    } catch {
      /* no cache, same result */
    }
  };
  return {
    trie: (phrases) => read(phrases)?.tries.get(phrases),
    automaton: (literals) => read(literals)?.automata.get(literals),
    keepTrie: (trie) => keep(trie.phrases, [], [trie]),
    keepAutomaton: (automaton) => keep(automaton.literals, [automaton], []),
  };
}

/** A cache file: the entries compiled from `source` by the mtclean `build` names. */
interface StoredDictionary {
  build: string;
  source: string;
  entries: StoredEntry[];
}

/** A 53-bit hash of a string (cyrb53), in hex: it names a cache file, whose contents are checked against the text itself. */
function quickHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}
