import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { BUILTIN_DICTIONARY_DIR, dictionaryFilesIn } from "./builtin.js";
import { parseDictionary, readDictionaryBytes } from "./loader.js";
import type { CompiledWhen, Dictionary, DictionaryEntry } from "./types.js";
import { rememberLiterals, requiredLiterals, requiredPrefixes } from "../rules/matcher/literal-gate.js";
import { barriersOf, consumedBarriersOf, firstAsciiOf, firstCharSource, leadingLookahead, leadSource, maxMatchLength, rememberFirstAscii, rememberFirstChar, rememberLead, rememberShape, rememberWordStart, startsAtWordStart } from "../rules/matcher/regex-shape.js";
import { firstTest, linePieces } from "../rules/matcher/regex-set.js";
import { foldedSourceOf, rememberFold } from "../rules/matcher/case-fold.js";

// The built-in dictionaries compiled at build time (`npm run build`) into one
// file next to this module, so that a run does not load the YAML parser and
// validate every entry again at each start. Each file's YAML bytes are kept
// beside its entries: a file whose bytes differ from the cached ones (an edit
// without a rebuild) is parsed from YAML as before, so the cache can be stale
// but never wrong.
//
// The file is read at every start, so its form is chosen for that: one line
// of JSON in ASCII only (other characters as \u escapes), then the bytes of
// every YAML file, one after the other. ASCII, because a single Chinese
// character makes Node decode a whole file into a two-byte string, several
// times slower to read and to parse; the YAML as bytes, because comparing
// bytes with bytes needs no decoding of either.

export const BUILTIN_CACHE_FILE = resolve(dirname(fileURLToPath(import.meta.url)), "builtin-cache.bin");
/** bumped when the stored form changes */
export const CACHE_VERSION = 9;
const VERSION = CACHE_VERSION;

interface StoredRegExp {
  source: string;
  flags: string;
}

export type StoredEntry = Omit<DictionaryEntry, "regex" | "when" | "where"> & {
  regex?: StoredRegExp & { literals: string[][] | null; prefixes: string[] | null; shape: RegexShape };
  when: Partial<Record<keyof CompiledWhen, StoredRegExp>>;
  line0: number;
};

interface StoredFile {
  /** the path below the dictionary folder, with forward slashes */
  name: string;
  /** the length of its YAML bytes, which follow the JSON line in the files' order */
  bytes: number;
  entries: StoredEntry[];
}

interface Cache {
  version: number;
  files: StoredFile[];
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

export function restoreEntry({ regex, when, line0, ...rest }: StoredEntry, file: string): DictionaryEntry {
  const compiledWhen: CompiledWhen = {};
  for (const [key, value] of Object.entries(when) as [keyof CompiledWhen, StoredRegExp][]) lazyRegExp(compiledWhen, key, value);
  const entry: DictionaryEntry = { ...rest, when: compiledWhen, where: { file, line: line0 } };
  if (regex) {
    rememberLiterals(regex.source, regex.literals, regex.prefixes);
    const { longest, barriers, consumedBarriers, first, wordStart, lead, firstAscii, ahead, folded, foldedPieces } = regex.shape;
    rememberShape(regex.source, regex.flags, longest ?? Infinity, barriers, consumedBarriers);
    rememberFirstChar(regex.source, regex.flags, first);
    rememberWordStart(regex.source, wordStart);
    if (lead !== undefined) rememberLead(regex.source, regex.flags, lead);
    if (firstAscii !== undefined) rememberFirstAscii(regex.source, regex.flags, firstAscii);
    if (ahead) rememberLiterals(ahead.source, ahead.literals, ahead.prefixes);
    rememberFold(regex.source, regex.flags, folded);
    for (const [piece, pieceFolded] of foldedPieces ?? []) rememberFold(piece, regex.flags, pieceFolded);
    lazyRegExp(entry, "regex", regex);
    storedSources.set(entry, regex);
  }
  return entry;
}

const storedSources = new WeakMap<DictionaryEntry, StoredRegExp>();

/** An entry's regex source and flags, without building the RegExp of a cached entry; undefined for a phrase entry. */
export function regexSourceOf(entry: DictionaryEntry): StoredRegExp | undefined {
  return storedSources.get(entry) ?? (entry.regex ? { source: entry.regex.source, flags: entry.regex.flags } : undefined);
}

/** JSON with every character beyond ASCII written as a \u escape (JSON.parse reads it back the same). */
const asciiJson = (value: unknown): string => JSON.stringify(value).replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);

/** Parses every dictionary of a folder and writes the cache (the build step). */
export function writeDictionaryCache(dir: string = BUILTIN_DICTIONARY_DIR, cacheFile: string = BUILTIN_CACHE_FILE): void {
  const sources: Buffer[] = [];
  const files = dictionaryFilesIn(dir).map((file): StoredFile => {
    const bytes = readDictionaryBytes(file);
    sources.push(bytes);
    return { name: nameIn(dir, file), bytes: bytes.length, entries: parseDictionary(bytes.toString("utf8"), file).entries.map(storeEntry) };
  });
  writeFileSync(cacheFile, Buffer.concat([Buffer.from(`${asciiJson({ version: VERSION, files } satisfies Cache)}\n`, "latin1"), ...sources]));
}

/** The cached files by name, each with its YAML bytes. */
function readCache(cacheFile: string): Map<string, { stored: StoredFile; source: Buffer }> {
  try {
    const data = readFileSync(cacheFile);
    const end = data.indexOf(0x0a);
    if (end === -1) throw new Error("not a cache file");
    // ASCII: read as latin1, which copies bytes to a one-byte string without decoding
    const cache = JSON.parse(data.toString("latin1", 0, end)) as Cache;
    if (cache.version === VERSION) {
      let offset = end + 1;
      return new Map(cache.files.map((stored) => [stored.name, { stored, source: data.subarray(offset, (offset += stored.bytes)) }]));
    }
  } catch {
    /* no cache (a source checkout before its first build): parse the YAML */
  }
  return new Map();
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
  const cached = readCache(cacheFile);
  return dictionaryFilesIn(dir).map((file) => {
    const bytes = readDictionaryBytes(file);
    const hit = cached.get(nameIn(dir, file));
    if (hit && hit.source.equals(bytes)) return { file, entries: hit.stored.entries.map((entry) => restoreEntry(entry, file)) };
    return parseDictionary(bytes.toString("utf8"), file);
  });
}
