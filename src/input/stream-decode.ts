import type { Hash } from "node:crypto";
import { closeSync, openSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import { sniffBom, type Encoding, type EncodingOption } from "./encoding.js";
import { lazyRequire } from "../lazy-require.js";

// node:crypto loads a dozen internal modules: only when a large input is hashed
const crypto = lazyRequire<typeof import("node:crypto")>("node:crypto");

// A large file decoded a chunk at a time, so that it is never one Buffer and
// one string at once. It decodes exactly as decode() in encoding.ts does, or
// not at all: any byte that decode() would refuse makes it stop with
// NotStreamable, and the caller reads the file whole instead, which gives the
// error its usual message and offset. So this module has no messages of its own.

/** The file cannot be decoded a chunk at a time (decode() decides its fate). */
export class NotStreamable extends Error {}

/** 1 MiB: large enough that reading costs nothing per call, small beside any file worth streaming. */
export const CHUNK_BYTES = 1 << 20;

/**
 * The encoding decode() would read bytes starting with `head` in, for the
 * choices that do not need the whole file; undefined otherwise (auto without
 * a BOM on bytes that are not UTF-8 may be GB18030, which only the whole
 * file can tell: that case is found by the UTF-8 decoder failing).
 */
export function streamEncoding(head: Uint8Array, option: EncodingOption): Encoding {
  const bom = sniffBom(head);
  switch (option) {
    case "utf-8":
      return bom === "utf-16le" || bom === "utf-16be" ? bom : "utf-8";
    case "utf-16":
      return bom === "utf-16be" ? "utf-16be" : "utf-16le";
    case "auto":
      return bom ?? "utf-8";
    default:
      return option;
  }
}

interface PieceDecoder {
  write(bytes: Buffer): string;
  end(): string;
}

type Iconv = typeof import("iconv-lite");
let iconvModule: Iconv | undefined;
const iconv = (): Iconv => (iconvModule ??= createRequire(import.meta.url)("iconv-lite") as Iconv);

/** Strict UTF-8 (a BOM stays in the text), as decodeUtf8 reads a whole file. */
function utf8Decoder(): PieceDecoder {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  const guard = (run: () => string): string => {
    try {
      return run();
    } catch {
      throw new NotStreamable("invalid UTF-8");
    }
  };
  return { write: (bytes) => guard(() => decoder.decode(bytes, { stream: true })), end: () => guard(() => decoder.decode()) };
}

/**
 * iconv-lite's streaming decoder, with decodeChecked's test a chunk at a
 * time: the text decoded so far, encoded again, must be the bytes read so
 * far. `unmatched` holds the bytes read that no text has stood for yet (the
 * decoder holds back an unfinished sequence, a few bytes).
 */
function iconvDecoder(encoding: Exclude<Encoding, "utf-8">): PieceDecoder {
  const decoder = iconv().getDecoder(encoding, { stripBOM: false });
  let unmatched: Buffer = Buffer.alloc(0);
  const check = (text: string): string => {
    if (text === "") return text;
    const bytes = iconv().encode(text, encoding, { addBOM: false });
    if (bytes.length > unmatched.length || Buffer.compare(bytes, unmatched.subarray(0, bytes.length)) !== 0) throw new NotStreamable(`not valid ${encoding}`);
    unmatched = unmatched.subarray(bytes.length);
    return text;
  };
  return {
    write(bytes) {
      unmatched = unmatched.length ? Buffer.concat([unmatched, bytes]) : bytes;
      return check(decoder.write(bytes));
    },
    end() {
      const text = check(decoder.end() ?? "");
      if (unmatched.length) throw new NotStreamable(`not valid ${encoding}`);
      return text;
    },
  };
}

/**
 * The text of `path` in `encoding`, a piece per chunk of `chunkBytes`;
 * `hash` (when given) is fed every byte read. Throws NotStreamable where
 * decode() would throw, and lets read errors through.
 */
export function* decodedPieces(path: string, encoding: Encoding, chunkBytes = CHUNK_BYTES, hash?: Hash): Generator<string, void> {
  const decoder = encoding === "utf-8" ? utf8Decoder() : iconvDecoder(encoding);
  const fd = openSync(path, "r");
  let carry = "";
  // a high surrogate at the end of a piece waits for its low half, so no piece holds half a pair
  const emit = (text: string): string => {
    const whole = carry + text;
    const last = whole.charCodeAt(whole.length - 1);
    const split = last >= 0xd800 && last <= 0xdbff;
    carry = split ? whole.slice(-1) : "";
    return split ? whole.slice(0, -1) : whole;
  };
  try {
    for (;;) {
      // a fresh buffer each time: a decoder may keep a reference to the bytes it was given
      const chunk = Buffer.allocUnsafe(chunkBytes);
      const count = readSync(fd, chunk, 0, chunkBytes, null);
      if (count === 0) break;
      const bytes = chunk.subarray(0, count);
      hash?.update(bytes);
      const piece = emit(decoder.write(bytes));
      if (piece) yield piece;
    }
    const rest = carry + decoder.end();
    carry = "";
    if (rest) yield rest;
  } finally {
    closeSync(fd);
  }
}

/** A digest of bytes, to tell texts apart without keeping them. */
export const newDigest = (): Hash => crypto().createHash("sha256");
