import { randomBytes } from "node:crypto";
import { chmodSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { EncodingError, InputError } from "../errors.js";

export const STDIN = "-";

export interface Input {
  /** the path as the user gave it, or "-" */
  path: string;
  /** the name shown in reports */
  name: string;
  text: string;
}

/** One plain sentence for each way reading a file can fail. */
function describeReadError(path: string, error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case "ENOENT":
      return `Cannot read "${path}": no such file.`;
    case "EISDIR":
      return `Cannot read "${path}": it is a directory, not a file.`;
    case "EACCES":
    case "EPERM":
      return `Cannot read "${path}": permission denied.`;
    case "ELOOP":
      return `Cannot read "${path}": too many levels of symbolic links.`;
    default:
      return `Cannot read "${path}": ${error.message}.`;
  }
}

/** True when the bytes look like a binary file (a NUL byte in the first 8 KB). */
export function isBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

/** Decodes UTF-8 strictly and keeps a byte-order mark in the text, so writing it back keeps it too. */
export function decodeUtf8(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new EncodingError(`"${name}" is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8Byte(bytes)}).`);
  }
}

function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  const decoder = new TextDecoder("utf-8", { fatal: true });
  // the longest valid prefix, found by bisection (a cut inside a character is retried shorter)
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    let valid = false;
    for (let cut = middle; cut >= Math.max(low, middle - 3) && !valid; cut--) {
      try {
        decoder.decode(bytes.subarray(0, cut));
        valid = cut === middle;
      } catch {
        /* try a shorter cut */
      }
    }
    if (valid) low = middle;
    else high = middle - 1;
  }
  return low;
}

export class BinaryInput extends Error {}

export function readInput(path: string, readStdin: () => Buffer): Input {
  let bytes: Buffer;
  if (path === STDIN) {
    bytes = readStdin();
  } else {
    try {
      bytes = readFileSync(path);
    } catch (error) {
      throw new InputError(describeReadError(path, error as NodeJS.ErrnoException));
    }
  }
  const name = path === STDIN ? "<stdin>" : path;
  if (isBinary(bytes)) throw new BinaryInput(`Skipped "${name}": it is a binary file.`);
  return { path, name, text: decodeUtf8(bytes, name) };
}

/** Reads all of standard input; a closed or absent stdin reads as empty. */
export function readAllStdin(): Buffer {
  try {
    return readFileSync(0);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EAGAIN" || code === "EOF" || code === "EBADF" || code === "ENXIO") return Buffer.alloc(0);
    throw new InputError(`Cannot read standard input: ${(error as Error).message}.`);
  }
}

/**
 * Replaces a file's content atomically: a temporary file in the same folder,
 * given the original's mode, then renamed over it. A crash leaves either the
 * old file or the new one, never half of each.
 */
export function writeFileAtomic(path: string, text: string): void {
  const mode = statSync(path).mode & 0o7777;
  const temporary = join(dirname(path), `.${basename(path)}.mtclean-${randomBytes(6).toString("hex")}`);
  try {
    writeFileSync(temporary, text, { mode });
    chmodSync(temporary, mode);
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      /* it may not exist */
    }
    throw new InputError(`Cannot write "${path}": ${(error as Error).message}.`);
  }
}
