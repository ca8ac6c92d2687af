import { EXIT, UsageError } from "../../errors.js";
import { STDIN, type Input } from "../io.js";
import { closeSync, mkdtempSync, openSync, readSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hiddenSibling, writeFiles } from "../write-files.js";
import type { SourceDocument } from "../../align/index.js";
import { newFileAt, type NewFile } from "../large/lint.js";
import type { SourceInput } from "../inputs.js";
import type { FixOutcome } from "../lint-inputs.js";
import { encode } from "../../input/encoding.js";
import { type CliIO, type LintFlags } from "../context.js";
import { LintSession } from "../lint-session.js";
import { readOptions, readSessionInputs } from "../inputs.js";
import { lintInputs, startWorkersFor } from "../lint-inputs.js";
import { proseWords } from "../prose-words.js";
import { statistics } from "../../reporters/stats.js";
import { readSources } from "../source.js";

export interface FixFlags extends LintFlags {
  write?: boolean;
  unsafe?: boolean;
  stats?: boolean;
  /** with --write: keep each original as FILE + backupSuffix */
  backup?: boolean;
  backupSuffix?: string;
  interactive?: boolean;
}

/**
 * Without --write the fixed text goes to stdout (one input only, so a pipe
 * gets exactly one document); with --write every changed file is replaced,
 * after all of them were fixed without error.
 */
export async function runFix(paths: string[], flags: FixFlags, io: CliIO): Promise<number> {
  const session = new LintSession(flags);
  // a large plain-text file is fixed a piece at a time, from file to file (--stats counts the words of the whole text)
  const inputs = readSessionInputs(paths, session, io, flags, !flags.stats && flags.source === undefined, startWorkersFor(flags));
  if (flags.write && inputs.some((input) => input.path === STDIN)) {
    throw new UsageError("--write needs file paths; standard input is fixed to standard output.");
  }
  if (flags.backup && !flags.write) throw new UsageError("--backup keeps the originals of files rewritten by --write; add --write.");
  if (flags.backupSuffix !== undefined && (flags.backupSuffix === "" || /[\\/]/.test(flags.backupSuffix))) {
    throw new UsageError(`--backup-suffix must be a non-empty suffix without slashes, not "${flags.backupSuffix}".`);
  }
  if (!flags.write && (paths.length > 1 || inputs.length > 1)) {
    throw new UsageError("fix prints one file to standard output; give one file, or use --write for several.");
  }
  const sources = readSources(flags.source, inputs, io.readStdin, readOptions(flags));
  const passFiles = new PassFiles(flags.write === true);
  try {
    const fixed = await lintInputs(inputs, session, { kind: "fix", unsafe: flags.unsafe === true }, flags, io, (input) => ({ format: input.format, source: sources.get(input) }), (input) => passFiles.of(input));
    return report(inputs.map((input, index) => ({ input, result: fixed[index]! })), flags, io, session, sources);
  } finally {
    passFiles.remove();
  }
}

function report(results: { input: SourceInput; result: FixOutcome }[], flags: FixFlags, io: CliIO, session: LintSession, sources: Map<Input, SourceDocument>): number {
  let remainingErrors = 0;
  for (const { input, result } of results) {
    if (!result.converged) io.stderr(`mtclean: fixes in "${input.name}" did not settle after ${result.passes} passes; the output holds what was fixed.\n`);
    remainingErrors += result.remaining.filter((f) => f.severity === "error").length;
  }
  if (flags.stats) {
    // what the original held, beside what is left after fixing
    io.stderr(statistics(results.map(({ input, result }) => ({ path: input.name, words: proseWords(input.text, input.format), findings: session.linterFor(input.configPath).check(input.text, { format: input.format, source: sources.get(input) }), remaining: result.remaining }))));
  }
  if (flags.write) {
    // unchanged files are not touched; the changed ones are written all or none
    const changed = results.filter(({ input, result }) => (result.large ? result.large.file !== undefined : result.output !== input.text));
    writeFiles(
      changed.map(({ input, result }) => ({ path: input.path, ...(result.large ? { file: result.large.file! } : { bytes: encode(result.output, input.encoding) }), read: input.stat })),
      { backupSuffix: flags.backup ? (flags.backupSuffix ?? ".bak") : undefined },
    );
    io.stderr(`mtclean: fixed ${changed.length} of ${results.length} file${results.length === 1 ? "" : "s"}.\n`);
  } else {
    // the fixed text goes out in the encoding the input came in, so `fix a > b` gives what --write would
    for (const { input, result } of results) {
      if (result.large) copyFile(result.large.file ?? input.path, io);
      else io.stdout(input.encoding === "utf-8" ? result.output : encode(result.output, input.encoding));
    }
  }
  return remainingErrors > 0 ? EXIT.findings : EXIT.ok;
}

/** A file's bytes to standard output, a chunk at a time (a large fixed text is a file, already encoded as its input was). */
function copyFile(path: string, io: CliIO): void {
  const fd = openSync(path, "r");
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafe(1 << 20);
      const count = readSync(fd, chunk, 0, chunk.length, null);
      if (count === 0) break;
      io.stdout(chunk.subarray(0, count));
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * The files each pass of a large fix writes: beside the target with --write
 * (the last one is renamed over it, so it must be on its file system), in a
 * private temporary folder otherwise. Whatever is left of them at the end
 * (after an error, or the output that went to stdout) is removed.
 */
class PassFiles {
  private readonly made: string[] = [];
  private folder?: string;

  constructor(private readonly beside: boolean) {}

  of(input: SourceInput): NewFile {
    return newFileAt(() => {
      const path = this.beside ? hiddenSibling(realpathSync(input.path), "tmp") : join((this.folder ??= mkdtempSync(join(tmpdir(), "mtclean-fix-"))), `${this.made.length}.txt`);
      this.made.push(path);
      return path;
    });
  }

  remove(): void {
    for (const path of this.made) rmSync(path, { force: true });
    if (this.folder) rmSync(this.folder, { recursive: true, force: true });
  }
}
