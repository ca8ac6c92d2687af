import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { asciiJson } from "../../data/ascii-json.js";

// What the matchers work out for the built-in dictionaries, made at build
// time (`npm run build`, scripts/build-dictionary-cache.js) next to their
// compiled cache, so that a start does not build them again: the literal
// automata (see literal-scanner.ts) and the phrase tries with their anchors
// (see token-trie.ts). Each is used only for exactly the literals or phrases
// it was made from, so a run with other dictionaries, or some entries turned
// off, builds them as before.
//
// The file is read at every start that checks English, so it holds the
// tables as they are scanned: a line of JSON in ASCII (each automaton's literals and
// table sizes, and the anchors), padded so the tables that follow start at
// a multiple of 4 bytes, then the Int32 tables themselves, which a run uses
// in place over the file's bytes, with nothing to decode or to rebuild (a
// trie's nodes are made from its tables as a walk first reaches them).

export const PREBUILT_FILE = fileURLToPath(new URL("../../dictionary/builtin-matchers.bin", import.meta.url));

export interface StoredAutomaton {
  /** the literals, in id order, joined by line breaks (no literal holds one) */
  literals: string;
  steps: Int32Array;
  outputStart: Int32Array;
  outputs: Int32Array;
}

/**
 * A phrase trie (see TokenTrie.stored): its nodes are numbered breadth first,
 * the two roots (case-insensitive, case-sensitive) 0 and 1, and edge e leads
 * to node e + 2; a node's edges, and its values, are consecutive.
 */
export interface StoredTrie {
  /** the phrase set it was built from (see TokenTrie.of) */
  phrases: string;
  /** each anchor piece with the most keys a phrase anchored on it has before it */
  anchors: [string, number][];
  anchored: boolean;
  size: number;
  hasCaseSensitive: boolean;
  /** each edge's key, in edge order, joined by line breaks (no key holds white space) */
  keys: string;
  /** the bytes of TokenTrie's firstWords bit set */
  firstWords: Int32Array;
  /** per node, and one more: where its edges start */
  edgeStart: Int32Array;
  /** per edge: the hash bucket of its key, -1 for a key that is not ASCII */
  edgeHash: Int32Array;
  /** per node, and one more: where its values start in `values` */
  valueStart: Int32Array;
  /** the values, by the ordinal of each in the phrase set */
  values: Int32Array;
}

export interface PrebuiltMatchers {
  /** by their literals */
  automata: Map<string, StoredAutomaton>;
  /** by their phrases */
  tries: Map<string, StoredTrie>;
}

const TABLES = ["steps", "outputStart", "outputs"] as const;
const TRIE_TABLES = ["firstWords", "edgeStart", "edgeHash", "valueStart", "values"] as const;
type Sizes<K extends string> = Record<K, number>;

interface Header {
  /** FORMAT: a file of another form (a user's store kept by an older mtclean) is not used */
  format: number;
  byteOrder: string;
  /** each automaton's literals and its tables' lengths in Int32s, in the order the tables follow the header */
  automata: ({ literals: string } & Sizes<(typeof TABLES)[number]>)[];
  /** each trie, with its tables' lengths, whose tables follow the automata's */
  tries: (Omit<StoredTrie, (typeof TRIE_TABLES)[number]> & Sizes<(typeof TRIE_TABLES)[number]>)[];
}
// the tables are in the machine's byte order: a file built on a machine of the other order is not used
const BYTE_ORDER = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1 ? "LE" : "BE";
/** bumped when the stored form changes (2: the header in ASCII) */
const FORMAT = 2;

/** Writes what prebuiltMatchers() reads (the build step). */
export function writePrebuiltMatchers(automata: StoredAutomaton[], tries: StoredTrie[], file: string = PREBUILT_FILE): void {
  const header: Header = {
    format: FORMAT,
    byteOrder: BYTE_ORDER,
    automata: automata.map((automaton) => ({ literals: automaton.literals, ...sizesOf(automaton, TABLES) })),
    tries: tries.map((trie) => {
      const { firstWords, edgeStart, edgeHash, valueStart, values, ...rest } = trie;
      return { ...rest, ...sizesOf(trie, TRIE_TABLES) };
    }),
  };
  let line = asciiJson(header);
  line += " ".repeat(3 - (line.length % 4)) + "\n";
  const bytes = (array: Int32Array): Buffer => Buffer.from(array.buffer, array.byteOffset, array.byteLength);
  const tables = [...automata.flatMap((automaton) => TABLES.map((table) => bytes(automaton[table]))), ...tries.flatMap((trie) => TRIE_TABLES.map((table) => bytes(trie[table])))];
  writeFileSync(file, Buffer.concat([Buffer.from(line), ...tables]));
}

function sizesOf<K extends string>(tables: Record<K, Int32Array>, names: readonly K[]): Sizes<K> {
  return Object.fromEntries(names.map((name) => [name, tables[name].length])) as Sizes<K>;
}

/** What a file written by writePrebuiltMatchers holds; nothing when there is no such file. */
export function readPrebuiltMatchers(file: string = PREBUILT_FILE): PrebuiltMatchers {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    return { automata: new Map(), tries: new Map() }; // a source checkout before its first build
  }
  // a large file gets its own memory, aligned; a copy otherwise, for the Int32 views
  if (data.byteOffset % 4 !== 0) data = Buffer.from(data);
  const end = data.indexOf(0x0a) + 1;
  // ASCII (see asciiJson): read as latin1, a one-byte string
  const header = JSON.parse(data.toString("latin1", 0, end)) as Header;
  if (header.format !== FORMAT || header.byteOrder !== BYTE_ORDER) return { automata: new Map(), tries: new Map() };
  let offset = data.byteOffset + end;
  const view = (length: number): Int32Array => {
    const array = new Int32Array(data.buffer, offset, length);
    offset += length * 4;
    return array;
  };
  // in the order written: every automaton's tables, then every trie's
  const automata = header.automata.map(({ literals, ...sizes }): StoredAutomaton => ({ literals, steps: view(sizes.steps), outputStart: view(sizes.outputStart), outputs: view(sizes.outputs) }));
  const tries = header.tries.map(
    ({ firstWords, edgeStart, edgeHash, valueStart, values, ...rest }): StoredTrie => ({
      ...rest,
      firstWords: view(firstWords),
      edgeStart: view(edgeStart),
      edgeHash: view(edgeHash),
      valueStart: view(valueStart),
      values: view(values),
    }),
  );
  return { automata: new Map(automata.map((automaton) => [automaton.literals, automaton])), tries: new Map(tries.map((trie) => [trie.phrases, trie])) };
}

let loaded: PrebuiltMatchers | undefined;

/** The prebuilt matchers of the built-in dictionaries, read on first use. */
export const prebuiltMatchers = (): PrebuiltMatchers => (loaded ??= readPrebuiltMatchers());
