import { DEFAULT_MAX_BYTES, SkippedInput, STDIN, parseSize, readInput, type Input, type ReadOptions } from "./io.js";
import { surveyLarge } from "./large/survey.js";
import type { CliIO, LintFlags } from "./context.js";
import { expandPaths, parseExtensions, type ListedFile } from "./files.js";
import { UsageError } from "../errors.js";
import { formatOfPath, type Format } from "../markup/index.js";

/** An input with the format it is read in and the path whose configuration applies to it. */
export interface SourceInput extends Input {
  format: Format;
  /** the file's path; for standard input, --stdin-filename or "-" */
  configPath: string;
}

/** --stdin-filename: the name, format and configuration of standard input */
type NameOptions = Pick<LintFlags, "stdinFilename">;

/** --encoding and --max-file-size, as readInput takes them. */
export function readOptions(flags: Pick<LintFlags, "encoding" | "maxFileSize">): ReadOptions {
  return {
    encoding: flags.encoding as ReadOptions["encoding"],
    maxBytes: flags.maxFileSize === undefined ? undefined : parseSize(flags.maxFileSize),
  };
}

/**
 * The inputs a session keeps, read: folders and globs expanded (files.ts),
 * then the ones a configuration ignores and other shards' dropped, so files
 * that are ignored are never opened and an ignored binary or oversized file
 * cannot stop the run.
 *
 * Reads every input before anything is checked or written, so a missing or
 * unreadable file stops the run before any file changes. Binary files are
 * skipped with a warning (the exit code does not change).
 */
export function readSessionInputs(paths: string[], session: { select<T extends { path: string }>(inputs: T[]): T[] }, io: CliIO, flags: LintFlags, large = false, listed: (files: ListedFile[]) => void = () => {}): SourceInput[] {
  const { files, read } = sessionInputs(paths, session, io, flags, large, listed);
  return readAll(files, read);
}

/** Every file read, in order, without the skipped ones. */
export function readAll(files: ListedFile[], read: (file: ListedFile) => SourceInput | undefined): SourceInput[] {
  return files.flatMap((file) => read(file) ?? []);
}

/**
 * readSessionInputs in two steps, for a run that reads and checks a file at
 * a time (cli/commands/check.ts): the files it keeps, and the reader of one,
 * which gives undefined for a skipped (binary) file.
 */
export function sessionInputs(paths: string[], session: { select<T extends { path: string }>(inputs: T[]): T[] }, io: CliIO, flags: LintFlags, large = false, listed: (files: ListedFile[]) => void = () => {}): { files: ListedFile[]; read: (file: ListedFile) => SourceInput | undefined } {
  const list = paths.length ? expandPaths(paths, { extensions: parseExtensions(flags.ext) }) : [{ path: STDIN }];
  const options: ReadOptions = { ...readOptions(flags), ...(large && { large: { directives: flags.inlineConfig !== false } }) };
  const files = session.select(list);
  // told before reading, so that worker threads can start meanwhile (lint-inputs.ts)
  listed(files);
  if (files.filter(({ path }) => path === STDIN).length > 1) throw new UsageError('Standard input ("-") can be read only once.');
  // the same file named twice, by a symlink or by a hard link is read (and written) once: its first name is kept
  const seen = new Set<string>();
  const read = (file: ListedFile): SourceInput | undefined => {
    const input = readListed(file, io, options, flags);
    if (!input?.stat) return input;
    const key = `${input.stat.dev}:${input.stat.ino}`;
    if (seen.has(key)) return undefined;
    seen.add(key);
    return input;
  };
  return { files, read };
}

function readListed({ path, size }: ListedFile, io: CliIO, options: ReadOptions, names: NameOptions): SourceInput | undefined {
  try {
    const large = path !== STDIN && options.large && formatOfPath(path) === "text" ? readLarge(path, size, options) : undefined;
    if (large) return { ...large, format: "text", configPath: path };
    const input = readInput(path, io.readStdin, options);
    // a closed stdin reaches us as /dev/null (Node reopens fd 0), so an empty one is worth a word
    if (path === STDIN && input.text === "") io.stderr("mtclean: standard input was empty (or closed); there is nothing to check.\n");
    const named = path === STDIN ? names.stdinFilename : path;
    return { ...input, name: named ?? input.name, format: formatOfPath(named ?? ""), configPath: named ?? path };
  } catch (error) {
    if (!(error instanceof SkippedInput)) throw error;
    io.stderr(`mtclean: ${error.message}\n`);
    return undefined;
  }
}

/** A large plain-text file as an input read a piece at a time, or undefined: read it whole (see surveyLarge). */
function readLarge(path: string, size: number | undefined, options: ReadOptions): Input | undefined {
  const large = options.large!;
  const surveyed = surveyLarge(path, { encoding: options.encoding, maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, directives: large.directives, from: large.from, chunkBytes: large.chunkBytes, size });
  if (!surveyed) return undefined;
  const { file, stat } = surveyed;
  return { path, name: path, text: "", large: file, encoding: file.encoding, stat: { dev: stat.dev, ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs } };
}
