import { EXIT, UsageError } from "../../errors.js";
import { unifiedPatch, wordDiff } from "../../reporters/diff.js";
import { createLinter, useColor, type CliIO, type LintFlags } from "../context.js";
import { readInputs } from "../inputs.js";

export interface DiffFlags extends LintFlags {
  format: string;
  unsafe?: boolean;
}

/** Shows what `fix` would change; exits 1 when it would change something, as `diff` does. */
export function runDiff(paths: string[], flags: DiffFlags, io: CliIO): number {
  if (flags.format !== "word" && flags.format !== "patch") throw new UsageError(`Unknown diff format "${flags.format}" (choose word or patch).`);
  const linter = createLinter(flags);
  const changes = readInputs(paths, io).map((input) => ({
    path: input.name,
    before: input.text,
    after: linter.fix(input.text, { unsafe: flags.unsafe }).output,
  }));
  io.stdout(flags.format === "patch" ? unifiedPatch(changes) : wordDiff(changes, { color: useColor(flags.color, io) }));
  return changes.some((change) => change.before !== change.after) ? EXIT.findings : EXIT.ok;
}
