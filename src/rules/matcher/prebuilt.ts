import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

// What the matchers work out for the built-in dictionaries, made at build
// time (`npm run build`, scripts/build-dictionary-cache.js) next to their
// compiled cache, so that a start neither builds them nor chooses them
// again: the literal automata (see literal-scanner.ts) and the anchors of
// the phrase tries (see token-trie.ts). Each is used only for exactly the
// literals or phrases it was made from, so a run with other dictionaries,
// or some entries turned off, works them out as before.
//
// The file is read at every start that checks English, so it holds the
// tables as they are scanned: a line of JSON (each automaton's literals and
// table sizes, and the anchors), padded so the tables that follow start at
// a multiple of 4 bytes, then the Int32 tables themselves, which a run uses
// in place over the file's bytes, with nothing to decode or to rebuild.

export const PREBUILT_FILE = fileURLToPath(new URL("../../dictionary/builtin-matchers.bin", import.meta.url));

export interface StoredAutomaton {
  /** the literals, in id order, joined by line breaks (no literal holds one) */
  literals: string;
  steps: Int32Array;
  outputStart: Int32Array;
  outputs: Int32Array;
}

export interface StoredAnchors {
  /** the phrase set they were chosen for (TokenTrie.anchorKey) */
  phrases: string;
  /** each anchor piece with the most keys a phrase anchored on it has before it */
  anchors: [string, number][];
  anchored: boolean;
}

export interface PrebuiltMatchers {
  /** by their literals */
  automata: Map<string, StoredAutomaton>;
  /** by their phrases */
  anchors: Map<string, StoredAnchors>;
}

interface Header {
  byteOrder: string;
  /** each automaton's literals and its tables' lengths in Int32s, in the order the tables follow the header */
  automata: { literals: string; steps: number; outputStart: number; outputs: number }[];
  anchors: StoredAnchors[];
}

const TABLES = ["steps", "outputStart", "outputs"] as const;
// the tables are in the machine's byte order: a file built on a machine of the other order is not used
const BYTE_ORDER = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1 ? "LE" : "BE";

/** Writes what prebuiltMatchers() reads (the build step). */
export function writePrebuiltMatchers(automata: StoredAutomaton[], anchors: StoredAnchors[], file: string = PREBUILT_FILE): void {
  const header: Header = {
    byteOrder: BYTE_ORDER,
    automata: automata.map(({ literals, steps, outputStart, outputs }) => ({ literals, steps: steps.length, outputStart: outputStart.length, outputs: outputs.length })),
    anchors,
  };
  let line = JSON.stringify(header);
  line += " ".repeat(3 - (Buffer.byteLength(line) % 4)) + "\n";
  const tables = automata.flatMap((automaton) => TABLES.map((table) => Buffer.from(automaton[table].buffer, automaton[table].byteOffset, automaton[table].byteLength)));
  writeFileSync(file, Buffer.concat([Buffer.from(line), ...tables]));
}

/** What a file written by writePrebuiltMatchers holds; nothing when there is no such file. */
export function readPrebuiltMatchers(file: string = PREBUILT_FILE): PrebuiltMatchers {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    return { automata: new Map(), anchors: new Map() }; // a source checkout before its first build
  }
  // a large file gets its own memory, aligned; a copy otherwise, for the Int32 views
  if (data.byteOffset % 4 !== 0) data = Buffer.from(data);
  const end = data.indexOf(0x0a) + 1;
  const header = JSON.parse(data.toString("utf8", 0, end)) as Header;
  if (header.byteOrder !== BYTE_ORDER) return { automata: new Map(), anchors: new Map() };
  let offset = data.byteOffset + end;
  const view = (length: number): Int32Array => {
    const array = new Int32Array(data.buffer, offset, length);
    offset += length * 4;
    return array;
  };
  return {
    automata: new Map(header.automata.map(({ literals, ...sizes }) => [literals, { literals, steps: view(sizes.steps), outputStart: view(sizes.outputStart), outputs: view(sizes.outputs) }])),
    anchors: new Map(header.anchors.map((stored) => [stored.phrases, stored])),
  };
}

let loaded: PrebuiltMatchers | undefined;

/** The prebuilt matchers of the built-in dictionaries, read on first use. */
export const prebuiltMatchers = (): PrebuiltMatchers => (loaded ??= readPrebuiltMatchers());
