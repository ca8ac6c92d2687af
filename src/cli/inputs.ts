import { SkippedInput, STDIN, parseSize, readInput, type Input, type ReadOptions } from "./io.js";
import type { CliIO, LintFlags } from "./context.js";
import { UsageError } from "../errors.js";

/** --encoding and --max-file-size, as readInput takes them. */
export function readOptions(flags: Pick<LintFlags, "encoding" | "maxFileSize">): ReadOptions {
  return {
    encoding: flags.encoding as ReadOptions["encoding"],
    maxBytes: flags.maxFileSize === undefined ? undefined : parseSize(flags.maxFileSize),
  };
}

/**
 * Reads every input before anything is checked or written, so a missing or
 * unreadable file stops the run before any file changes. Binary files are
 * skipped with a warning (the exit code does not change). No path means
 * standard input.
 */
export function readInputs(paths: string[], io: CliIO, options: ReadOptions = {}): Input[] {
  return readList(paths.length ? paths : [STDIN], io, options);
}

/**
 * The inputs a session keeps (not ignored by a configuration, in this
 * shard), read: files that are ignored are never opened, so an ignored
 * binary or oversized file cannot stop the run.
 */
export function readSessionInputs(paths: string[], session: { select<T extends { path: string }>(inputs: T[]): T[] }, io: CliIO, flags: LintFlags): Input[] {
  const list = paths.length ? paths : [STDIN];
  return readList(session.select(list.map((path) => ({ path }))).map(({ path }) => path), io, readOptions(flags));
}

function readList(list: string[], io: CliIO, options: ReadOptions): Input[] {
  if (list.filter((path) => path === STDIN).length > 1) throw new UsageError('Standard input ("-") can be read only once.');
  const inputs: Input[] = [];
  for (const path of list) {
    try {
      const input = readInput(path, io.readStdin, options);
      // a closed stdin reaches us as /dev/null (Node reopens fd 0), so an empty one is worth a word
      if (path === STDIN && input.text === "") io.stderr("mtclean: standard input was empty (or closed); there is nothing to check.\n");
      inputs.push(input);
    } catch (error) {
      if (!(error instanceof SkippedInput)) throw error;
      io.stderr(`mtclean: ${error.message}\n`);
    }
  }
  return inputs;
}
