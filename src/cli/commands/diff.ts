import { EXIT, UsageError } from "../../errors.js";
import { unifiedPatch, wordDiff } from "../../reporters/diff.js";
import { useColor, type CliIO, type LintFlags } from "../context.js";
import { LintSession } from "../lint-session.js";
import { readInputs } from "../inputs.js";

export interface DiffFlags extends LintFlags {
  format: string;
  unsafe?: boolean;
}

/** Shows what `fix` would change; exits 1 when it would change something, as `diff` does. */
export function runDiff(paths: string[], flags: DiffFlags, io: CliIO): number {
  if (flags.format !== "word" && flags.format !== "patch") throw new UsageError(`Unknown diff format "${flags.format}" (choose word or patch).`);
  const session = new LintSession(flags);
  const changes = session.select(readInputs(paths, io)).map((input) => ({
    path: input.name,
    before: input.text,
    after: session.linterFor(input.path).fix(input.text, { unsafe: flags.unsafe }).output,
  }));
  io.stdout(flags.format === "patch" ? unifiedPatch(changes) : wordDiff(changes, { color: useColor(flags.color, io) }));
  return changes.some((change) => change.before !== change.after) ? EXIT.findings : EXIT.ok;
}
