import { EXIT, UsageError } from "../../errors.js";
import { STDIN } from "../io.js";
import { writeFiles } from "../write-files.js";
import { encode } from "../../input/encoding.js";
import { type CliIO, type LintFlags } from "../context.js";
import { LintSession } from "../lint-session.js";
import { readOptions, readSessionInputs } from "../inputs.js";
import { lintInputs } from "../lint-inputs.js";
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
  const inputs = readSessionInputs(paths, session, io, flags);
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
  const fixed = await lintInputs(inputs, session, { kind: "fix", unsafe: flags.unsafe === true }, flags, io, (input) => ({ format: input.format, source: sources.get(input) }));
  const results = inputs.map((input, index) => ({ input, result: fixed[index]! }));
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
    const changed = results.filter(({ input, result }) => result.output !== input.text);
    writeFiles(
      changed.map(({ input, result }) => ({ path: input.path, bytes: encode(result.output, input.encoding), read: input.stat })),
      { backupSuffix: flags.backup ? (flags.backupSuffix ?? ".bak") : undefined },
    );
    io.stderr(`mtclean: fixed ${changed.length} of ${results.length} file${results.length === 1 ? "" : "s"}.\n`);
  } else {
    // the fixed text goes out in the encoding the input came in, so `fix a > b` gives what --write would
    for (const { input, result } of results) io.stdout(input.encoding === "utf-8" ? result.output : encode(result.output, input.encoding));
  }
  return remainingErrors > 0 ? EXIT.findings : EXIT.ok;
}
