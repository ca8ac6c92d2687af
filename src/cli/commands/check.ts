import { EXIT, UsageError } from "../../errors.js";
import type { FileResult } from "../../reporters/types.js";
import { REPORTER_NAMES, loadReporter } from "../../reporters/registry.js";
import { useColor, type CliIO, type LintFlags } from "../context.js";
import { LintSession } from "../lint-session.js";
import { readOptions, readSessionInputs } from "../inputs.js";
import { readSources } from "../source.js";
import { writeReportFile } from "../report-file.js";
import { lintInputs, startWorkersFor } from "../lint-inputs.js";
import { proseWords } from "../prose-words.js";
import { statistics } from "../../reporters/stats.js";

/** The reports that print nothing of a file's text but the findings (FileResult.source goes unread). */
const SOURCELESS_FORMATS = ["compact", "json", "checkstyle"];

export interface CheckFlags extends LintFlags {
  format: string;
  maxWarnings?: string;
  quiet?: boolean;
  outputFile?: string;
  printConfig?: string;
  stats?: boolean;
}

export async function runCheck(paths: string[], flags: CheckFlags, io: CliIO): Promise<number> {
  const reporter = await loadReporter(flags.format);
  if (!reporter) throw new UsageError(`Unknown format "${flags.format}" (choose ${REPORTER_NAMES.join(", ")}).`);
  const maxWarnings = flags.maxWarnings === undefined ? Infinity : Number(flags.maxWarnings);
  if (!(Number.isInteger(maxWarnings) && maxWarnings >= 0) && maxWarnings !== Infinity) {
    throw new UsageError(`--max-warnings expects a whole number, not "${flags.maxWarnings}".`);
  }
  const session = new LintSession(flags);
  if (flags.printConfig !== undefined) {
    io.stdout(JSON.stringify(session.settingsFor(flags.printConfig), null, 2) + "\n");
    return EXIT.ok;
  }
  // a large plain-text file is read a piece at a time for the reports that print no source text
  const large = SOURCELESS_FORMATS.includes(flags.format) && !flags.stats && flags.source === undefined;
  const inputs = readSessionInputs(paths, session, io, flags, large, startWorkersFor(flags));
  const sources = readSources(flags.source, inputs, io.readStdin, readOptions(flags));
  // the html page shows the article as `fix` leaves it, after all its passes
  const outcomes = await lintInputs(inputs, session, { kind: "check", alsoFix: flags.format === "html" }, flags, io, (input) => ({ format: input.format, source: sources.get(input) }));
  const results: FileResult[] = inputs.map((input, index) => {
    const { findings, fixed } = outcomes[index]!;
    const result: FileResult = { path: input.name, source: input.text, findings: flags.quiet ? findings.filter((f) => f.severity === "error") : findings };
    if (fixed !== undefined) result.fixed = fixed;
    return result;
  });
  const rules = session.rules();
  if (flags.outputFile) writeReportFile(flags.outputFile, reporter(results, { color: false, rules }));
  else io.stdout(reporter(results, { color: useColor(flags.color, io), rules }));
  if (flags.stats) io.stderr(statistics(results.map((result, index) => ({ ...result, words: proseWords(inputs[index]!.text, inputs[index]!.format) }))));
  const all = results.flatMap((result) => result.findings);
  const errors = all.filter((f) => f.severity === "error").length;
  const warnings = all.filter((f) => f.severity === "warning").length;
  return errors > 0 || warnings > maxWarnings ? EXIT.findings : EXIT.ok;
}
