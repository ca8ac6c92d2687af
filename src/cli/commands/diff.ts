import { EXIT, UsageError } from "../../errors.js";
import { unifiedPatch, wordDiff } from "../../reporters/diff.js";
import { html } from "../../reporters/html.js";
import { useColor, type CliIO, type LintFlags } from "../context.js";
import { LintSession } from "../lint-session.js";
import { readOptions, readSessionInputs } from "../inputs.js";
import { lintInputs, startWorkersFor } from "../lint-inputs.js";
import { DIFF_FORMATS } from "./diff-formats.js";

export { DIFF_FORMATS };
import { readSources } from "../source.js";

export interface DiffFlags extends LintFlags {
  format: string;
  unsafe?: boolean;
}

/** Shows what `fix` would change; exits 1 when it would change something, as `diff` does. */
export async function runDiff(paths: string[], flags: DiffFlags, io: CliIO): Promise<number> {
  if (!DIFF_FORMATS.includes(flags.format)) throw new UsageError(`Unknown diff format "${flags.format}" (choose ${DIFF_FORMATS.join(", ")}).`);
  const session = new LintSession(flags);
  const inputs = readSessionInputs(paths, session, io, flags, false, startWorkersFor(flags));
  const sources = readSources(flags.source, inputs, io.readStdin, readOptions(flags));
  const fixed = await lintInputs(inputs, session, { kind: "fix", unsafe: flags.unsafe === true }, flags, io, (input) => ({ format: input.format, source: sources.get(input) }));
  const changes = inputs.map((input, index) => ({ path: input.name, before: input.text, after: fixed[index]!.output }));
  if (flags.format === "html") {
    // the page lists the findings beside the changes, so they are found too
    const results = inputs.map((input, index) => ({ path: input.name, source: input.text, findings: session.linterFor(input.configPath).check(input.text, { format: input.format, source: sources.get(input) }), fixed: changes[index]!.after }));
    io.stdout(html(results, { color: false, rules: session.rules() }));
  } else {
    io.stdout(flags.format === "patch" ? unifiedPatch(changes) : wordDiff(changes, { color: useColor(flags.color, io) }));
  }
  return changes.some((change) => change.before !== change.after) ? EXIT.findings : EXIT.ok;
}
