import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
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
//
// Every edit of a dictionary and every new build of mtclean make new cache
// files, so a run that writes one also removes the files of this cache that
// no run has used for 30 days (see pruneCache); a run that uses a file sets
// its time to the present, at most once a day, to say it is in use.

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
  if (stored?.build === build && stored.source === source && Array.isArray(stored.entries)) {
    markUsed(path);
    return { file, entries: stored.entries.map((entry) => restoreEntry(entry, file)) };
  }
  const dictionary = parseDictionary(source, file);
  writeCacheFile(dir, path, (temporary) => writeFileSync(temporary, JSON.stringify({ build, source, entries: dictionary.entries.map(storeEntry) } satisfies StoredDictionary)));
  return dictionary;
}

/**
 * Writes a cache file whole under another name, then renames it: a
 * concurrent run reads the old state or the new, never half. Then prunes
 * the folder. A folder that cannot be written (a read-only or missing home)
 * means no cache, and the same result.
 */
function writeCacheFile(dir: string, path: string, write: (temporary: string) => void): void {
  try {
    mkdirSync(dir, { recursive: true });
    const temporary = `${path}.${process.pid}.${Date.now()}${TEMPORARY}`;
    write(temporary);
    renameSync(temporary, path);
  } catch {
    return;
  }
  pruneCache(dir);
}

/** how long a cache file may go unused before a run that writes one removes it */
const UNUSED_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
/** a temporary file this old was left by a run that stopped while writing it */
const ABANDONED_MS = 60 * 60 * 1000;
const TEMPORARY = ".tmp";
/** the names of this cache's files (see loadUserDictionary, matcherStoreIn, writeCacheFile), and nothing else of the folder */
const CACHE_NAME = /^(?:dictionary-[0-9a-f]+\.json|matchers-[\w.-]+\.bin)(?:\.\d+\.\d+\.tmp)?$/;

/** Sets a cache file's time to the present when it is a day old or more: the file is in use (see pruneCache). */
function markUsed(path: string): void {
  try {
    const now = Date.now();
    if (now - statSync(path).mtimeMs >= DAY_MS) utimesSync(path, new Date(now), new Date(now));
  } catch {
    /* a read-only cache: the file may be pruned and written again, same result */
  }
}

let pruned = false;

/**
 * Removes this cache's files that no run has used for UNUSED_DAYS (a run
 * sets the time of a file it uses, see markUsed), and the temporary files a
 * stopped run left; once per process, after it wrote a file. Other files
 * of the folder are left alone.
 */
function pruneCache(dir: string, now: number = Date.now()): void {
  if (pruned) return;
  pruned = true;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!CACHE_NAME.test(name)) continue;
    const path = join(dir, name);
    try {
      const age = now - statSync(path).mtimeMs;
      if (age > (name.endsWith(TEMPORARY) ? ABANDONED_MS : UNUSED_DAYS * DAY_MS)) unlinkSync(path);
    } catch {
      /* removed by another run meanwhile */
    }
  }
}

/** Lets pruneCache run again in this process (for tests). */
export function allowPruneAgain(): void {
  pruned = false;
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
    const path = fileOf(key);
    try {
      const matchers = readPrebuiltMatchers(path);
      markUsed(path);
      return matchers;
    } catch {
      return undefined; // damaged: built again, and replaced
    }
  };
  const keep = (key: string, automata: StoredAutomaton[], tries: StoredTrie[]): void => writeCacheFile(dir, fileOf(key), (temporary) => writePrebuiltMatchers(automata, tries, temporary));
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
