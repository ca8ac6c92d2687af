import { closeSync, openSync, readSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { asciiJson } from "../data/ascii-json.js";
import { BUILTIN_DICTIONARY_DIR, dictionaryFilesIn } from "./builtin.js";
import { parseDictionary, readDictionaryBytes } from "./loader.js";
import type { CompiledWhen, Dictionary, DictionaryEntry } from "./types.js";
import { rememberLiterals, requiredLiterals, requiredPrefixes } from "../rules/matcher/literal-gate.js";
import { barriersOf, consumedBarriersOf, firstAsciiOf, firstCharSource, leadingLookahead, leadSource, maxMatchLength, rememberFirstAscii, rememberFirstChar, rememberLead, rememberShape, rememberWordStart, startsAtWordStart } from "../rules/matcher/regex-shape.js";
import { firstTest, linePieces } from "../rules/matcher/regex-set.js";
import { foldedSourceOf, rememberFold } from "../rules/matcher/case-fold.js";

// The built-in dictionaries compiled at build time (`npm run build`) into one
// file next to this module, so that a run does not load the YAML parser and
// validate every entry again at each start. The cache can be stale but
// never wrong: a file that changed since the build (an edit without a
// rebuild) is parsed from its YAML as before. A file is taken as unchanged
// when its size and modification time are those the build saw, as make and
// git take it; when they differ (an edit, or a copy or an install that set
// other times), its bytes are compared with the ones the build compiled,
// kept in the cache for that. A file modified less than RACY_MS before the
// build is always compared by its bytes: file times are coarse (a few ms on
// Linux, 1-2 s on some file systems), and an edit within the same tick as
// the build's look at the file would keep its time.
//
// The file is read at every start, so its form is chosen for that: a line
// giving the lengths of the two JSON parts that follow, then the entries in
// ASCII JSON (other characters as \u escapes), then the parts of the entries
// a start does not read (ColdPart), one JSON text per entry, each
// parsed when first read; then the bytes of every YAML file, one after the
// other, read only to compare them. ASCII, because a single Chinese character
// makes Node decode a whole file into a two-byte string, several times slower
// to read and to parse; the YAML as bytes, because comparing bytes with bytes
// needs no decoding of either. What a start parses and keeps costs it twice:
// once to parse, once more in every collection of V8's young generation,
// which copies all that survives.

export const BUILTIN_CACHE_FILE = resolve(dirname(fileURLToPath(import.meta.url)), "builtin-cache.bin");
/** bumped when the stored form changes */
export const CACHE_VERSION = 11;
const VERSION = CACHE_VERSION;
/** how long before the build a file must have last changed for its time and size to vouch for its bytes (see above) */
const RACY_MS = 3000;
/** the length of the first line (padded), which gives the lengths of the rest */
const PREFIX_BYTES = 64;

interface StoredRegExp {
  source: string;
  flags: string;
}

export type StoredEntry = Omit<DictionaryEntry, "regex" | "when" | "where"> & {
  regex?: StoredRegExp & { literals: string[][] | null; prefixes: string[] | null; shape: RegexShape };
  when: Partial<Record<keyof CompiledWhen, StoredRegExp>>;
  line0: number;
};

/** What a start does not read of an entry: the message is read when the entry reports, the folded source when the regex is compiled, examples and keep by `mtclean rules` and the specs. */
interface ColdPart {
  message: string;
  examples: StoredEntry["examples"];
  keep: StoredEntry["keep"];
  folded: string | null;
}

/** A stored entry without its ColdPart, and where that part lies in the file's cold section. */
type HotEntry = Omit<StoredEntry, "message" | "examples" | "keep" | "regex"> & {
  regex?: Omit<NonNullable<StoredEntry["regex"]>, "shape"> & { shape: Omit<RegexShape, "folded"> };
  cold: [number, number];
};

interface StoredFile {
  /** the path below the dictionary folder, with forward slashes */
  name: string;
  /** the length of its YAML bytes, which follow the JSON parts in the files' order */
  size: number;
  /** its modification time when the build read it; null when that was too close to the build to vouch for its bytes */
  mtimeMs: number | null;
  entries: HotEntry[];
}

/** the first line */
interface Prefix {
  version: number;
  /** the lengths of the two JSON parts: the files with their entries, the entries' cold parts */
  hot: number;
  cold: number;
}

const storeRegExp = (regex: RegExp): StoredRegExp => ({ source: regex.source, flags: regex.flags });
const nameIn = (dir: string, file: string): string => relative(dir, file).split("\\").join("/");

export /** What the matcher reads from a regex's source (see regex-shape.ts, literal-gate.ts), worked out at build time. */
interface RegexShape {
  /** maxMatchLength (null for Infinity, which JSON cannot hold) */
  longest: number | null;
  barriers: string;
  consumedBarriers: string;
  first: string | null;
  wordStart: boolean;
  /** leadSource and firstAsciiOf (when it has a first-char test), for a line entry */
  lead?: string | null;
  firstAscii?: string;
  /** the body of a leading look-ahead, with its required literals and prefixes */
  ahead?: { source: string; literals: string[][] | null; prefixes: string[] | null };
  /** foldedSourceOf the regex, and of each of linePieces for a line entry (piece and its folding) */
  folded: string | null;
  foldedPieces?: [string, string | null][];
}

function shapeOf({ source, flags }: RegExp, line: boolean): RegexShape {
  const longest = maxMatchLength(source, flags);
  const ahead = leadingLookahead(source);
  const pieces = line ? linePieces(source, flags) : null;
  const first = pieces?.first != null ? firstTest(pieces.first, flags) : null;
  return {
    longest: Number.isFinite(longest) ? longest : null,
    barriers: barriersOf(source, flags),
    consumedBarriers: consumedBarriersOf(source, flags),
    first: firstCharSource(source, flags),
    wordStart: startsAtWordStart(source),
    ...(line ? { lead: leadSource(source, flags) } : {}),
    ...(first ? { firstAscii: firstAsciiOf(source, flags, first) } : {}),
    ...(ahead !== null ? { ahead: { source: ahead, literals: requiredLiterals(ahead), prefixes: requiredPrefixes(ahead) } } : {}),
    folded: foldedSourceOf(source, flags),
    ...(pieces ? { foldedPieces: Object.values(pieces).flatMap((piece): [string, string | null][] => (piece === null ? [] : [[piece, foldedSourceOf(piece, flags)]])) } : {}),
  };
}

export function storeEntry({ regex, when, where, ...rest }: DictionaryEntry): StoredEntry {
  const storedWhen: StoredEntry["when"] = {};
  for (const [key, value] of Object.entries(when) as [keyof CompiledWhen, RegExp][]) storedWhen[key] = storeRegExp(value);
  return { ...rest, ...(regex ? { regex: { ...storeRegExp(regex), literals: requiredLiterals(regex.source), prefixes: requiredPrefixes(regex.source), shape: shapeOf(regex, rest.line) } } : {}), when: storedWhen, line0: where.line };
}

// The expressions are built when first read: a run over one short article
// reads few of them, and building hundreds costs milliseconds at each start.
function lazyRegExp<T extends object>(target: T, key: string, stored: StoredRegExp): void {
  let built: RegExp | undefined;
  Object.defineProperty(target, key, { enumerable: true, configurable: true, get: () => (built ??= new RegExp(stored.source, stored.flags)) });
}

export function restoreEntry(stored: StoredEntry, file: string): DictionaryEntry {
  return restore(stored, file, { regex: stored.regex, part: { message: stored.message, examples: stored.examples, keep: stored.keep, folded: stored.regex?.shape.folded ?? null } });
}

/** An entry of the built-in cache: its cold part is parsed from `cold` (the file's cold section) when first read. */
function restoreHot(stored: HotEntry, file: string, cold: Buffer): DictionaryEntry {
  return restore(stored, file, { regex: stored.regex, cold, from: stored.cold[0], to: stored.cold[1] });
}

/** What the accessors of a restored entry read: its stored regex, and its cold part or where it is. */
interface Restored {
  regex?: StoredRegExp;
  built?: RegExp;
  part?: ColdPart;
  cold?: Buffer;
  from?: number;
  to?: number;
}

const restoredOf = new WeakMap<DictionaryEntry, Restored>();
const partOf = (restored: Restored): ColdPart => (restored.part ??= JSON.parse(restored.cold!.toString("latin1", restored.from, restored.to)) as ColdPart);

/** The accessor of a field of the cold part: a value set replaces it. */
function coldAccessor(key: "message" | "examples" | "keep"): PropertyDescriptor {
  return {
    enumerable: true,
    configurable: true,
    get(this: DictionaryEntry) {
      return partOf(restoredOf.get(this)!)[key];
    },
    set(this: DictionaryEntry, value: unknown) {
      Object.defineProperty(this, key, { value, enumerable: true, configurable: true, writable: true });
    },
  };
}

// The same accessors for every restored entry (regex, message, examples,
// keep), which find its state in restoredOf: with accessors of its own,
// each entry's properties were kept by V8 in a dictionary (some 800 bytes
// an entry, and slower to read).
const ACCESSORS: PropertyDescriptorMap = {
  // built when first read: a run over one short article reads few of them
  regex: {
    enumerable: true,
    configurable: true,
    get(this: DictionaryEntry) {
      const restored = restoredOf.get(this)!;
      return restored.regex && (restored.built ??= new RegExp(restored.regex.source, restored.regex.flags));
    },
  },
  message: coldAccessor("message"),
  examples: coldAccessor("examples"),
  keep: coldAccessor("keep"),
};

// The entry is written out field by field, as validateEntry() makes it:
// copying a stored one with a rest spread cost some 15 µs an entry at a
// start, in code not yet optimised.
function restore(stored: Omit<HotEntry, "cold">, file: string, restored: Restored): DictionaryEntry {
  const { regex } = stored;
  const when: CompiledWhen = {};
  for (const [key, value] of Object.entries(stored.when) as [keyof CompiledWhen, StoredRegExp][]) lazyRegExp(when, key, value);
  const entry = {
    id: stored.id,
    category: stored.category,
    severity: stored.severity,
    safety: stored.safety,
    replacements: stored.replacements,
    phrases: stored.phrases,
    line: stored.line,
    caseSensitive: stored.caseSensitive,
    zh: stored.zh,
    note: stored.note,
    when,
    where: { file, line: stored.line0 },
  } as DictionaryEntry;
  Object.defineProperties(entry, ACCESSORS);
  restoredOf.set(entry, restored);
  if (regex) {
    rememberLiterals(regex.source, regex.literals, regex.prefixes);
    const { longest, barriers, consumedBarriers, first, wordStart, lead, firstAscii, ahead, foldedPieces } = regex.shape;
    rememberShape(regex.source, regex.flags, longest ?? Infinity, barriers, consumedBarriers);
    rememberFirstChar(regex.source, regex.flags, first);
    rememberWordStart(regex.source, wordStart);
    if (lead !== undefined) rememberLead(regex.source, regex.flags, lead);
    if (firstAscii !== undefined) rememberFirstAscii(regex.source, regex.flags, firstAscii);
    if (ahead) rememberLiterals(ahead.source, ahead.literals, ahead.prefixes);
    rememberFold(regex.source, regex.flags, () => partOf(restored).folded);
    for (const [piece, pieceFolded] of foldedPieces ?? []) rememberFold(piece, regex.flags, pieceFolded);
  }
  return entry;
}

/** An entry's regex source and flags, without building the RegExp of a cached entry; undefined for a phrase entry. */
export function regexSourceOf(entry: DictionaryEntry): StoredRegExp | undefined {
  const restored = restoredOf.get(entry);
  if (restored) return restored.regex;
  return entry.regex ? { source: entry.regex.source, flags: entry.regex.flags } : undefined;
}


/** Parses every dictionary of a folder and writes the cache (the build step). */
export function writeDictionaryCache(dir: string = BUILTIN_DICTIONARY_DIR, cacheFile: string = BUILTIN_CACHE_FILE): void {
  const sources: Buffer[] = [];
  const cold: string[] = [];
  let coldLength = 0;
  const files = dictionaryFilesIn(dir).map((file): StoredFile => {
    // the time before the bytes: an edit after this look changes the time (or, within RACY_MS, is compared by bytes)
    const { mtimeMs } = statSync(file);
    const bytes = readDictionaryBytes(file);
    sources.push(bytes);
    const entries = parseDictionary(bytes.toString("utf8"), file).entries.map((entry): HotEntry => {
      const { message, examples, keep, regex, ...rest } = storeEntry(entry);
      const part = asciiJson({ message, examples, keep, folded: regex?.shape.folded ?? null } satisfies ColdPart);
      cold.push(part);
      const at = coldLength;
      coldLength += part.length;
      if (!regex) return { ...rest, cold: [at, coldLength] };
      const { folded, ...shape } = regex.shape;
      return { ...rest, regex: { ...regex, shape }, cold: [at, coldLength] };
    });
    return { name: nameIn(dir, file), size: bytes.length, mtimeMs: mtimeMs < Date.now() - RACY_MS ? mtimeMs : null, entries };
  });
  const hot = asciiJson(files);
  const prefix = JSON.stringify({ version: VERSION, hot: hot.length, cold: coldLength } satisfies Prefix);
  writeFileSync(cacheFile, Buffer.concat([Buffer.from(`${prefix.padEnd(PREFIX_BYTES - 1)}\n${hot}${cold.join("")}`, "latin1"), ...sources]));
}

interface OpenCache {
  fd: number;
  /** the cached files by name, each with where its YAML bytes start in the cache file */
  files: Map<string, { stored: StoredFile; at: number }>;
  /** the cold section */
  cold: Buffer;
}

/** Reads `length` bytes at `position` of a file. */
function readAt(fd: number, length: number, position: number): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  for (let done = 0; done < length; ) {
    const read = readSync(fd, bytes, done, length - done, position + done);
    if (read === 0) throw new Error("the cache file ends early");
    done += read;
  }
  return bytes;
}

/** The cache's entries, its YAML bytes left in the file to be read only where compared; undefined without a cache of this version. */
function openCache(cacheFile: string): OpenCache | undefined {
  let fd: number;
  try {
    fd = openSync(cacheFile, "r");
  } catch {
    return undefined; // no cache (a source checkout before its first build): parse the YAML
  }
  try {
    const prefix = JSON.parse(readAt(fd, PREFIX_BYTES, 0).toString("latin1")) as Prefix;
    if (prefix.version === VERSION) {
      // ASCII: read as latin1, which copies bytes to a one-byte string without decoding
      const data = readAt(fd, prefix.hot + prefix.cold, PREFIX_BYTES);
      const stored = JSON.parse(data.toString("latin1", 0, prefix.hot)) as StoredFile[];
      let at = PREFIX_BYTES + prefix.hot + prefix.cold;
      const files = new Map(stored.map((file) => [file.name, { stored: file, at: (at += file.size) - file.size }]));
      return { fd, files, cold: data.subarray(prefix.hot) };
    }
  } catch {
    /* an older or a damaged cache: parse the YAML */
  }
  closeSync(fd);
  return undefined;
}

/** True when a file is as the build compiled it: by its size and time (see the top of this file), else by its bytes. */
function unchanged(file: string, stored: StoredFile, bytes: () => Buffer, cachedBytes: () => Buffer): boolean {
  const stats = statSync(file, { throwIfNoEntry: false });
  if (stats && stored.mtimeMs !== null && stats.mtimeMs === stored.mtimeMs && stats.size === stored.size) return true;
  const current = bytes();
  try {
    return current.equals(cachedBytes());
  } catch {
    return false; // a damaged cache
  }
}

/** The built-in dictionaries loaded ahead (prefetchDictionaryFolder), for one loadDictionaryFolder() to take. */
let prefetched: Dictionary[] | undefined;

/**
 * Loads the built-in dictionaries ahead of their first use, in a worker
 * thread waiting for its first files. They go to the next call of
 * loadDictionaryFolder() without arguments, and to that one only: each
 * linter owns its entries, as when it loads them itself.
 */
export function prefetchDictionaryFolder(): void {
  prefetched ??= loadDictionaryFolder();
}

/**
 * The dictionaries of a folder, from the cache where a file's bytes are the
 * ones cached, from its YAML otherwise. The result is the same either way.
 */
export function loadDictionaryFolder(dir: string = BUILTIN_DICTIONARY_DIR, cacheFile: string = BUILTIN_CACHE_FILE): Dictionary[] {
  if (prefetched && dir === BUILTIN_DICTIONARY_DIR && cacheFile === BUILTIN_CACHE_FILE) {
    const dictionaries = prefetched;
    prefetched = undefined;
    return dictionaries;
  }
  const cache = openCache(cacheFile);
  try {
    return dictionaryFilesIn(dir).map((file) => {
      let bytes: Buffer | undefined;
      const read = (): Buffer => (bytes ??= readDictionaryBytes(file));
      const hit = cache?.files.get(nameIn(dir, file));
      if (hit && unchanged(file, hit.stored, read, () => readAt(cache!.fd, hit.stored.size, hit.at))) return { file, entries: hit.stored.entries.map((entry) => restoreHot(entry, file, cache!.cold)) };
      return parseDictionary(read().toString("utf8"), file);
    });
  } finally {
    if (cache) closeSync(cache.fd);
  }
}
