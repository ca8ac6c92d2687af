import { EXIT, UsageError } from "../../errors.js";
import { STDIN, writeFileAtomic } from "../io.js";
import { type CliIO, type LintFlags } from "../context.js";
import { LintSession } from "../lint-session.js";
import { readInputs } from "../inputs.js";
import { withProgress } from "../progress.js";
import { statistics } from "../../reporters/stats.js";

export interface FixFlags extends LintFlags {
  write?: boolean;
  unsafe?: boolean;
  stats?: boolean;
}

/**
 * Without --write the fixed text goes to stdout (one input only, so a pipe
 * gets exactly one document); with --write every changed file is replaced,
 * after all of them were fixed without error.
 */
export function runFix(paths: string[], flags: FixFlags, io: CliIO): number {
  const session = new LintSession(flags);
  const inputs = session.select(readInputs(paths, io));
  if (flags.write && inputs.some((input) => input.path === STDIN)) {
    throw new UsageError("--write needs file paths; standard input is fixed to standard output.");
  }
  if (!flags.write && paths.length > 1) {
    throw new UsageError("fix prints one file to standard output; give one path, or use --write for several.");
  }
  const results = withProgress(inputs, io, (input) => input.name, (input) => ({ input, result: session.linterFor(input.path).fix(input.text, { unsafe: flags.unsafe }) }));
  let remainingErrors = 0;
  for (const { input, result } of results) {
    if (!result.converged) io.stderr(`mtclean: fixes in "${input.name}" did not settle after ${result.passes} passes; the output holds what was fixed.\n`);
    remainingErrors += result.remaining.filter((f) => f.severity === "error").length;
  }
  if (flags.stats) {
    // what the original held, beside what is left after fixing
    io.stderr(statistics(results.map(({ input, result }) => ({ path: input.name, source: input.text, findings: session.linterFor(input.path).check(input.text), remaining: result.remaining }))));
  }
  if (flags.write) {
    let changed = 0;
    for (const { input, result } of results) {
      if (result.output === input.text) continue;
      writeFileAtomic(input.path, result.output);
      changed++;
    }
    io.stderr(`mtclean: fixed ${changed} of ${results.length} file${results.length === 1 ? "" : "s"}.\n`);
  } else {
    for (const { result } of results) io.stdout(result.output);
  }
  return remainingErrors > 0 ? EXIT.findings : EXIT.ok;
}
