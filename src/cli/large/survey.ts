import { closeSync, fstatSync, openSync, readSync, statSync, type Stats } from "node:fs";
import { isBinary, type Encoding, type EncodingOption } from "../../input/encoding.js";
import { CHUNK_BYTES, decodedPieces, streamEncoding } from "../../input/stream-decode.js";
import { TextFacts } from "./text-facts.js";

// Whether a file is read a piece at a time (it is never one string) or whole.
// A large plain-text file is surveyed first, decoded once without keeping
// the text: when every byte decodes as the whole-file decoder would decode
// it, no char may be Han and no inline directive is written in it, it is
// checked run by run from the file (see lint.ts) with the findings check()
// gives. Anything else is read whole as before, so every refusal (binary,
// bad bytes, too large, unreadable) keeps its message and exit code: the
// whole-file reader is the one that gives them.

/** 4 MiB: every file from this size on is long enough for check() to take it run by run (Linter.checksInRuns). */
export const LARGE_FROM = 4 << 20;

/** A file read a piece at a time. */
export interface LargeFile {
  path: string;
  encoding: Encoding;
  /** its length in UTF-16 code units, as a string of it would have */
  length: number;
  /** the bytes of each read (a test reads in small chunks to put boundaries everywhere) */
  chunkBytes: number;
}

export interface SurveyOptions {
  encoding?: EncodingOption;
  maxBytes: number;
  /** inline directives are applied: a file that may hold one is read whole */
  directives: boolean;
  /** LARGE_FROM, unless a test says otherwise */
  from?: number;
  chunkBytes?: number;
  /** the file's size on disk when the caller knows it already (see ListedFile) */
  size?: number;
}

/** The file as a LargeFile with the stat it was read at, or undefined: read it whole. */
export function surveyLarge(path: string, options: SurveyOptions): { file: LargeFile; stat: Stats } | undefined {
  const chunkBytes = options.chunkBytes ?? CHUNK_BYTES;
  const from = options.from ?? LARGE_FROM;
  // most files of a run are small: their size on disk says so without opening them
  try {
    if ((options.size ?? statSync(path).size) < from) return undefined;
  } catch {
    return undefined; // the whole-file reader says why
  }
  let fd: number | undefined;
  let stat: Stats;
  const head = Buffer.alloc(8192);
  let headLength: number;
  try {
    fd = openSync(path, "r");
    stat = fstatSync(fd);
    if (!stat.isFile() || stat.size < from || stat.size > options.maxBytes) return undefined;
    headLength = readSync(fd, head, 0, head.length, 0);
  } catch {
    return undefined; // the whole-file reader says why
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const encoding = streamEncoding(head.subarray(0, headLength), options.encoding ?? "utf-8");
  // as readInput: UTF-16 is full of NUL bytes, any other text has none in its first 8 KB
  if (!encoding.startsWith("utf-16") && isBinary(head.subarray(0, headLength))) return undefined;
  const facts = new TextFacts();
  try {
    for (const piece of decodedPieces(path, encoding, chunkBytes)) {
      facts.add(piece);
      if (facts.mayHaveHan || (options.directives && facts.directive)) return undefined;
    }
  } catch {
    return undefined; // bytes decode() refuses (NotStreamable) or a read error: the whole-file reader says why
  }
  return { file: { path, encoding, length: facts.length, chunkBytes }, stat };
}
