import { EXIT, InputError, MtcleanError, UsageError } from "../../errors.js";
import { applyFixes } from "../../fix/apply.js";
import { acceptedEdits, reviewItems, startReview, tally, type ReviewState } from "../../interactive/review.js";
import { renderScreen, type ReviewFile } from "../../interactive/screen.js";
import { processTerminal, runReview, type ReviewTerminal } from "../../interactive/terminal.js";
import { useColor, type CliIO } from "../context.js";
import { encode } from "../../input/encoding.js";
import { readOptions, readSessionInputs } from "../inputs.js";
import { readSources } from "../source.js";
import { STDIN, type Input } from "../io.js";
import { LintSession } from "../lint-session.js";
import { writeFiles } from "../write-files.js";
import type { FixFlags } from "./fix.js";

/**
 * `mtclean fix --interactive FILE...`: every finding (safe fixes, suggestions
 * and report-only findings) is shown in its sentence for the user to accept,
 * reject or edit. The accepted edits are applied in one pass on each file's
 * original text by the same applier `fix` uses, and the files are written
 * atomically when the review ends or the user quits; Ctrl-C writes nothing.
 */
export async function runFixInteractive(paths: string[], flags: FixFlags, io: CliIO, terminal: ReviewTerminal | undefined = processTerminal()): Promise<number> {
  if (paths.length === 0 || paths.includes(STDIN)) throw new UsageError("fix --interactive needs file paths: it rewrites the files it reviews.");
  if (!terminal) throw new InputError("fix --interactive needs a terminal: run it with standard input and output connected to one, not to a pipe or file.");
  const session = new LintSession(flags);
  const inputs = readSessionInputs(paths, session, io, flags);
  const sources = readSources(flags.source, inputs, io.readStdin, readOptions(flags));
  const files: ReviewFile[] = inputs.map((input) => ({ name: input.name, source: input.text }));
  const items = inputs.flatMap((input, index) => reviewItems(index, input.text, session.linterFor(input.configPath).check(input.text, { format: input.format, source: sources.get(input) })));
  const color = useColor(flags.color, io);
  const state = await runReview(startReview(items), terminal, (current) => renderScreen(current, files, { color }));
  if (state.finished === "aborted") {
    io.stderr("mtclean: interrupted; no file was written.\n");
    return EXIT.interrupted;
  }
  const written = writeAccepted(state, inputs, flags.backup ? (flags.backupSuffix ?? ".bak") : undefined);
  const t = tally(state);
  const parts = [`${t.rejected} rejected`, ...(t.overlap ? [`${t.overlap} skipped as overlapping an accepted change`] : []), ...(t.undecided ? [`${t.undecided} not reviewed`] : [])];
  io.stderr(
    `mtclean: accepted ${t.accepted} of ${items.length} change${items.length === 1 ? "" : "s"} (${parts.join(", ")}); ` +
      (written.length ? `wrote ${written.join(", ")}.\n` : "no file was changed.\n"),
  );
  return EXIT.ok;
}

/**
 * Applies each file's accepted edits to its original text and writes the
 * changed files, in the encoding they were read in, all or none (as
 * `fix --write`); a file that changed on disk during the review is not
 * overwritten, and then no file is.
 */
function writeAccepted(state: ReviewState, inputs: Input[], backupSuffix: string | undefined): string[] {
  const outputs = inputs.map((input, index) => {
    const { output, deferred } = applyFixes(input.text, acceptedEdits(state, index), true);
    // the review never accepts two conflicting edits, so the applier takes them all
    if (deferred.length) throw new MtcleanError(`internal error: ${deferred.length} accepted edits in "${input.name}" overlap`, EXIT.internal);
    return output;
  });
  const changed = inputs.flatMap((input, index) => (outputs[index] === input.text ? [] : [{ input, output: outputs[index]! }]));
  writeFiles(changed.map(({ input, output }) => ({ path: input.path, bytes: encode(output, input.encoding), read: input.stat })), { backupSuffix });
  return changed.map(({ input }) => input.name);
}
