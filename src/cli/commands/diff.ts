import { EXIT, UsageError } from "../../errors.js";
import { unifiedPatch, wordDiff } from "../../reporters/diff.js";
import { html } from "../../reporters/html.js";
import { useColor, type CliIO, type LintFlags } from "../context.js";
import { LintSession } from "../lint-session.js";
import { readOptions, readSessionInputs } from "../inputs.js";
import { withProgress } from "../progress.js";
import { DIFF_FORMATS } from "./diff-formats.js";

export { DIFF_FORMATS };
import { readSources } from "../source.js";

export interface DiffFlags extends LintFlags {
  format: string;
  unsafe?: boolean;
}

/** Shows what `fix` would change; exits 1 when it would change something, as `diff` does. */
export function runDiff(paths: string[], flags: DiffFlags, io: CliIO): number {
  if (!DIFF_FORMATS.includes(flags.format)) throw new UsageError(`Unknown diff format "${flags.format}" (choose ${DIFF_FORMATS.join(", ")}).`);
  const session = new LintSession(flags);
  const inputs = readSessionInputs(paths, session, io, flags);
  const sources = readSources(flags.source, inputs, io.readStdin, readOptions(flags));
  const changes = withProgress(inputs, io, (input) => input.name, (input) => ({
    path: input.name,
    before: input.text,
    after: session.linterFor(input.configPath).fix(input.text, { format: input.format, unsafe: flags.unsafe, source: sources.get(input) }).output,
  }));
  if (flags.format === "html") {
    // the page lists the findings beside the changes, so they are found too
    const results = inputs.map((input, index) => ({ path: input.name, source: input.text, findings: session.linterFor(input.configPath).check(input.text, { format: input.format }), fixed: changes[index]!.after }));
    io.stdout(html(results, { color: false, rules: session.rules() }));
  } else {
    io.stdout(flags.format === "patch" ? unifiedPatch(changes) : wordDiff(changes, { color: useColor(flags.color, io) }));
  }
  return changes.some((change) => change.before !== change.after) ? EXIT.findings : EXIT.ok;
}
