import { closeSync, fstatSync, openSync, readFileSync, readSync, type Stats } from "node:fs";
import { InputError, UsageError, whyUnreadable } from "../errors.js";
import { decode, isBinary, sniffBom, utf16WithoutBom, type Encoding, type EncodingOption } from "../input/encoding.js";
import type { LargeFile } from "./large/survey.js";

export const STDIN = "-";

export interface Input {
  /** the path as the user gave it, or "-" */
  path: string;
  /** the name shown in reports */
  name: string;
  /** the text; empty for a large file, which is read a piece at a time (`large`) */
  text: string;
  /** a large plain-text file, never held as one string (see cli/large/survey.ts) */
  large?: LargeFile;
  /** the encoding it was read in, and is written back in */
  encoding: Encoding;
  /** the file as it was when read (absent for stdin): --write refuses to replace a file that changed since */
  stat?: Pick<Stats, "dev" | "ino" | "size" | "mtimeMs">;
}

export interface ReadOptions {
  encoding?: EncodingOption;
  /** bytes; a larger input is refused */
  maxBytes?: number;
  /**
   * Set when the command can take a large plain-text file a piece at a time
   * (its output does not need the whole text); `directives`: inline
   * directives are applied, so a file that may hold one is read whole.
   * `from` and `chunkBytes` are for tests.
   */
  large?: { directives: boolean; from?: number; chunkBytes?: number };
}

/** 10 MiB: far more than any article, small enough that a mistaken log or dump stops at once. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** One plain sentence for each way opening a file can fail. */
function describeReadError(path: string, error: NodeJS.ErrnoException): string {
  return `Cannot read "${path}": ${whyUnreadable(error)}.`;
}

/** Why a file was skipped (binary): a warning, not an error. */
export class SkippedInput extends Error {}

export function readInput(path: string, readStdin: (maxBytes?: number) => Buffer, options: ReadOptions = {}): Input {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const name = path === STDIN ? "<stdin>" : path;
  let bytes: Buffer;
  let stat: Stats | undefined;
  if (path === STDIN) {
    bytes = readStdin(maxBytes);
  } else {
    let fd: number;
    try {
      fd = openSync(path, "r");
    } catch (error) {
      throw new InputError(describeReadError(path, error as NodeJS.ErrnoException));
    }
    try {
      stat = fstatSync(fd);
      if (stat.isDirectory()) throw new InputError(describeReadError(path, { code: "EISDIR" } as NodeJS.ErrnoException));
      if (stat.isFile() && stat.size > maxBytes) throw tooLarge(name, stat.size, maxBytes);
      // a regular file is read whole; a FIFO or device is read in chunks up to the limit
      bytes = stat.isFile() ? readFileSync(fd) : readBounded(fd, maxBytes, name);
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(describeReadError(path, error as NodeJS.ErrnoException));
    } finally {
      closeSync(fd);
    }
  }
  if (bytes.length > maxBytes) throw tooLarge(name, bytes.length, maxBytes);
  // UTF-16 is full of NUL bytes: a BOM or an explicit --encoding utf-16 comes before the binary test
  const utf16 = options.encoding?.startsWith("utf-16") || sniffBom(bytes)?.startsWith("utf-16");
  if (!utf16 && isBinary(bytes)) throw new SkippedInput(skippedBinary(bytes, name));
  const { text, encoding } = decode(bytes, options.encoding ?? "utf-8", name);
  return {
    path,
    name,
    text,
    encoding,
    stat: stat && stat.isFile() ? { dev: stat.dev, ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs } : undefined,
  };
}

function skippedBinary(bytes: Uint8Array, name: string): string {
  const order = utf16WithoutBom(bytes);
  if (order) return `Skipped "${name}": it looks like UTF-16 without a byte-order mark (every other byte is NUL); read it with --encoding ${order}.`;
  return `Skipped "${name}": it is a binary file (it holds NUL bytes).`;
}

function tooLarge(name: string, size: number, maxBytes: number): InputError {
  return new InputError(`"${name}" is ${formatSize(size)}, over the ${formatSize(maxBytes)} limit; raise it with --max-file-size if it really is one document.`);
}

const formatSize = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MiB` : bytes >= 1024 ? `${+(bytes / 1024).toFixed(1)} KiB` : `${bytes} bytes`;

/** Parses --max-file-size: bytes, or a number with k, M or G (KiB, MiB, GiB). */
export function parseSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(value.trim());
  if (!match) throw new UsageError(`--max-file-size expects a size such as 20M, 500k or 1048576, not "${value}".`);
  const unit = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[match[2]!.toLowerCase() as "" | "k" | "m" | "g"];
  return Math.floor(Number(match[1]) * unit);
}

const sleep = (ms: number): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Reads a stream (stdin, a FIFO) to its end, in chunks, stopping one byte past
 * the limit. A non-blocking stream that has no data yet (EAGAIN) is waited for.
 */
function readBounded(fd: number, maxBytes: number, name: string): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
    let count: number;
    try {
      count = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") {
        sleep(10);
        continue;
      }
      if (code === "EOF") break;
      throw error;
    }
    if (count === 0) break;
    chunks.push(chunk.subarray(0, count));
    total += count;
    if (total > maxBytes) throw tooLarge(name, total, maxBytes);
  }
  return Buffer.concat(chunks, total);
}

/**
 * Reads all of standard input. A closed stdin (`<&-`) is an error: treating it
 * as empty would let `mtclean fix <&- > out` write an empty file and succeed.
 * /dev/null, or an empty pipe, is an empty input.
 */
export function readAllStdin(maxBytes = Number.MAX_SAFE_INTEGER): Buffer {
  try {
    return readBounded(0, maxBytes, "<stdin>");
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EBADF") throw new InputError("Cannot read standard input: it is closed; give file paths, or pipe the text in.");
    throw new InputError(`Cannot read standard input: ${(error as Error).message}.`);
  }
}
