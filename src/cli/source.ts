import { basename, dirname, extname } from "node:path";
import type { SourceDocument } from "../align/index.js";
import { InputError, MtcleanError, UsageError } from "../errors.js";
import { readInput, SkippedInput, STDIN, type Input, type ReadOptions } from "./io.js";

// --source names the Chinese original of the English input: a file for one
// input, or a pattern whose placeholders are filled from each input's path.
// Every source is read before anything is checked, so a missing one stops the
// run before any file is written.

const PLACEHOLDER = /\{([a-z]*)\}/gu;

/** The placeholders of a --source pattern, for "news/article.en.txt". */
export function pathParts(path: string): Record<string, string> {
  const base = basename(path);
  const ext = extname(base);
  return {
    path, // news/article.en.txt
    dir: dirname(path), // news
    base, // article.en.txt
    name: base.slice(0, base.length - ext.length), // article.en
    stem: base.includes(".") && !base.startsWith(".") ? base.slice(0, base.indexOf(".")) : base, // article
    ext, // .txt
  };
}

export const PLACEHOLDERS = Object.keys(pathParts("a/b.c"));

export function isPattern(value: string): boolean {
  return value.includes("{");
}

/** The source path of one input under a pattern. */
export function expandPattern(pattern: string, path: string): string {
  const parts = pathParts(path);
  return pattern.replace(PLACEHOLDER, (whole, name: string) => {
    const value = parts[name];
    if (value === undefined) throw new UsageError(`--source: unknown placeholder ${whole} (use ${PLACEHOLDERS.map((p) => `{${p}}`).join(" ")}).`);
    return value;
  });
}

/** Reads the source of every input (in the inputs' --encoding); without --source the map is empty. */
export function readSources(value: string | undefined, inputs: Input[], readStdin: () => Buffer, options: ReadOptions = {}): Map<Input, SourceDocument> {
  const sources = new Map<Input, SourceDocument>();
  if (value === undefined) return sources;
  if (value === STDIN) throw new UsageError("--source needs a file or a pattern; standard input can only be the English text.");
  const pattern = isPattern(value);
  if (!pattern && inputs.length > 1) {
    throw new UsageError(`--source "${value}" is one file, for one input; for several use a pattern such as --source "{dir}/{name}.zh{ext}".`);
  }
  for (const input of inputs) {
    if (pattern && input.path === STDIN) throw new UsageError("--source with a pattern needs file paths: standard input has no name to fill it with.");
    const path = pattern ? expandPattern(value, input.path) : value;
    sources.set(input, { text: readSource(path, input, readStdin, options), label: path });
  }
  return sources;
}

function readSource(path: string, input: Input, readStdin: () => Buffer, options: ReadOptions): string {
  try {
    return readInput(path, readStdin, options).text;
  } catch (error) {
    if (!(error instanceof MtcleanError || error instanceof SkippedInput)) throw error;
    const message = `${error.message.replace(/\.$/u, "")} (the --source of "${input.name}").`;
    throw error instanceof MtcleanError ? new MtcleanError(message, error.exitCode) : new InputError(message);
  }
}
