import { EXIT, UsageError } from "../../errors.js";
import type { Finding } from "../../types.js";
import type { FileResult, Reporter, ReportStream } from "../../reporters/types.js";
import { REPORTER_NAMES, loadReportStream, loadReporter } from "../../reporters/registry.js";
import { useColor, type CliIO, type LintFlags } from "../context.js";
import { LintSession } from "../lint-session.js";
import { readAll, readOptions, sessionInputs, type SourceInput } from "../inputs.js";
import { readSources } from "../source.js";
import { writeReportFile } from "../report-file.js";
import { ReportBytes } from "../report-bytes.js";
import { lintInputs, parseJobs, startWorkersFor } from "../lint-inputs.js";
import { proseWords } from "../prose-words.js";
import { statistics } from "../../reporters/stats.js";
import { sizeOnDisk, type ListedFile } from "../files.js";
import { expectedThreads } from "../parallel/index.js";
import { LARGE_FROM } from "../large/survey.js";
import { showsProgress } from "../progress.js";

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

/** What the end of a run needs: the report, and the counts that decide the exit code. */
interface Checked {
  /** a string, or a streamed run's bytes in chunks (see ReportBytes) */
  report: string | Buffer[];
  errors: number;
  warnings: number;
  /** --stats: printed after the report */
  stats?: string;
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
  const { files, read } = sessionInputs(paths, session, io, flags, large, startWorkersFor(flags));
  const color = flags.outputFile ? false : useColor(flags.color, io);
  const stream = streams(files, flags, io) ? await loadReportStream(flags.format) : undefined;
  const checked = stream ? await checkStreamed(files, read, stream({ color }), session, flags, io) : await checkWhole(readAll(files, read), reporter, color, session, flags, io);
  const { report } = checked;
  if (flags.outputFile) writeReportFile(flags.outputFile, typeof report === "string" ? report : Buffer.concat(report));
  else if (typeof report === "string") io.stdout(report);
  else for (const chunk of report) io.stdout(chunk);
  if (checked.stats !== undefined) io.stderr(checked.stats);
  return checked.errors > 0 || checked.warnings > maxWarnings ? EXIT.findings : EXIT.ok;
}

/** Checks every input, read beforehand, and makes the report of them all. */
async function checkWhole(inputs: SourceInput[], reporter: Reporter, color: boolean, session: LintSession, flags: CheckFlags, io: CliIO): Promise<Checked> {
  const sources = readSources(flags.source, inputs, io.readStdin, readOptions(flags));
  // the html page shows the article as `fix` leaves it, after all its passes
  const outcomes = await lintInputs(inputs, session, { kind: "check", alsoFix: flags.format === "html" }, flags, io, (input) => ({ format: input.format, source: sources.get(input) }));
  const results: FileResult[] = inputs.map((input, index) => {
    const { findings, fixed } = outcomes[index]!;
    const result: FileResult = { path: input.name, source: input.text, findings: flags.quiet ? findings.filter((f) => f.severity === "error") : findings };
    if (fixed !== undefined) result.fixed = fixed;
    return result;
  });
  const all = results.flatMap((result) => result.findings);
  return {
    report: reporter(results, { color, rules: session.rules() }),
    errors: count(all, "error"),
    warnings: count(all, "warning"),
    stats: flags.stats ? statistics(results.map((result, index) => ({ ...result, words: proseWords(inputs[index]!.text, inputs[index]!.format) }))) : undefined,
  };
}

const count = (findings: Finding[], severity: Finding["severity"]): number => findings.filter((f) => f.severity === severity).length;

/**
 * Whether a run reads, checks and reports its files one at a time
 * (checkStreamed), for a format that has a report stream. Not with --stats
 * (it counts the words of every text at the end) nor --source (every source
 * is read before anything is checked); not when worker threads will check
 * the files (they are handed the texts, read beforehand, in chunks); not
 * with a large file (lintInputs checks it a piece at a time before the
 * others, and it holds no text to drop); not under a progress bar (the
 * warning of a skipped file would be drawn over it: files read first warn
 * before it shows).
 */
export function streams(files: ListedFile[], flags: CheckFlags, io: CliIO): boolean {
  if (flags.stats || flags.source !== undefined || showsProgress(files.length, io)) return false;
  let jobs: number | undefined;
  try {
    jobs = parseJobs(flags.jobs);
  } catch {
    return false; // the whole path reports it, after reading the files
  }
  return expectedThreads(files, jobs) <= 1 && files.every((file) => (sizeOnDisk(file) ?? 0) < LARGE_FROM);
}

/**
 * Reads, checks and reports one file at a time, keeping only the report and
 * the counts: the whole path holds every text and every finding to the end,
 * and each garbage collection on the way copies them all again. The report
 * is written only at the end (it is small next to the texts), so a run that
 * fails on a file prints only the error, as the whole path does.
 */
async function checkStreamed(files: ListedFile[], read: (file: ListedFile) => SourceInput | undefined, report: ReportStream, session: LintSession, flags: CheckFlags, io: CliIO): Promise<Checked> {
  const bytes = new ReportBytes();
  bytes.add(report.start());
  const counts = { errors: 0, warnings: 0 };
  for (let i = 0; i < files.length; i++) {
    const input = read(files[i]!);
    if (!input) continue;
    let built = false;
    let findings: Finding[];
    try {
      session.linterFor(input.configPath);
      built = true;
      findings = (await lintInputs([input], session, { kind: "check", alsoFix: false }, flags, io, () => ({ format: input.format })))[0]!.findings;
    } catch (error) {
      // the whole path reads every file, then builds every file's linter,
      // then checks them: this error gives way to one that comes before it there
      const rest = files.slice(i + 1).flatMap((file) => read(file) ?? []);
      if (built) for (const other of rest) session.linterFor(other.configPath);
      throw error;
    }
    if (flags.quiet) findings = findings.filter((f) => f.severity === "error");
    bytes.add(report.file({ path: input.name, source: input.text, findings }));
    counts.errors += count(findings, "error");
    counts.warnings += count(findings, "warning");
  }
  bytes.add(report.end());
  return { report: bytes.chunks(), ...counts };
}
