import type { CheckOptions, FixResult } from "../linter.js";
import { UsageError } from "../errors.js";
import type { SourceInput as Input } from "./inputs.js";
import type { LintFlags, CliIO } from "./context.js";
import type { LintSession } from "./lint-session.js";
import { discardPrestarted, inWorkers, prestartWorkers, threadsFor, type CheckOutcome, type LintJob, type LintTask } from "./parallel/index.js";
import { runJob } from "./parallel/run-job.js";
import { progressBar, withProgress } from "./progress.js";
import { readInput } from "./io.js";
import { readOptions } from "./inputs.js";
import type { ListedFile } from "./files.js";
import { checkLarge, fixLarge, type NewFile } from "./large/lint.js";
import { NotStreamable } from "../input/stream-decode.js";

/** --jobs: a whole number of threads, 1 or more. */
export function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs expects a whole number of threads (1 or more), not "${value}".`);
  return jobs;
}

/** A fix outcome; for a large input its text is in a file (see cli/large/lint.ts), not in `output`. */
export interface FixOutcome extends FixResult {
  /** the file that holds the fixed text, or undefined when the text is unchanged */
  large?: { file: string | undefined };
}

/** Where a fix of a large input puts each pass's text: a new file. */
export type PassFiles = (input: Input) => NewFile;

/**
 * For readSessionInputs: starts the worker threads lintInputs will likely
 * use while the files are read. An invalid --jobs starts none (lintInputs
 * reports it, after the files were read, as before).
 */
export function startWorkersFor(flags: LintFlags): (files: ListedFile[]) => void {
  return (files) => {
    let jobs: number | undefined;
    try {
      jobs = parseJobs(flags.jobs);
    } catch {
      return;
    }
    prestartWorkers(files, jobs, { builtin: flags.builtin !== false });
  };
}

/**
 * Checks or fixes every input, in worker threads when --jobs or the size of
 * the run asks for it; the outcomes come back in the inputs' order. A large
 * input (input.large) is done here, a piece at a time, or, when it turns out
 * it cannot be, read whole and done as the others.
 */
type CheckOptionsOf = (input: Input) => CheckOptions;
export async function lintInputs(inputs: Input[], session: LintSession, task: { kind: "check"; alsoFix: boolean }, flags: LintFlags, io: CliIO, checkOptions?: CheckOptionsOf): Promise<CheckOutcome[]>;
export async function lintInputs(inputs: Input[], session: LintSession, task: { kind: "fix"; unsafe: boolean }, flags: LintFlags, io: CliIO, checkOptions?: CheckOptionsOf, passFiles?: PassFiles): Promise<FixOutcome[]>;
export async function lintInputs(inputs: Input[], session: LintSession, task: LintTask, flags: LintFlags, io: CliIO, checkOptions: CheckOptionsOf = () => ({}), passFiles?: PassFiles): Promise<(CheckOutcome | FixOutcome)[]> {
  const outcomes: (CheckOutcome | FixOutcome | undefined)[] = inputs.map((input) => (input.large ? lintLarge(input, session, task, flags, io, checkOptions(input), passFiles) : undefined));
  const rest = inputs.filter((_, index) => outcomes[index] === undefined);
  let done: (CheckOutcome | FixResult)[];
  try {
    done = await lintWhole(rest, session, task, flags, io, checkOptions);
  } finally {
    discardPrestarted();
  }
  let next = 0;
  return outcomes.map((outcome) => outcome ?? done[next++]!);
}

async function lintWhole(inputs: Input[], session: LintSession, task: LintTask, flags: LintFlags, io: CliIO, checkOptions: CheckOptionsOf): Promise<(CheckOutcome | FixResult)[]> {
  if (inputs.length === 0) return [];
  const jobs: LintJob[] = inputs.map((input) => ({ text: input.text, linter: session.linterIndex(input.configPath), check: checkOptions(input) }));
  const threads = threadsFor(jobs, parseJobs(flags.jobs));
  if (threads <= 1) {
    discardPrestarted();
    const pairs = inputs.map((input, index) => ({ input, job: jobs[index]! }));
    return withProgress(pairs, io, ({ input }) => input.name, ({ input, job }) => runJob(session.linterFor(input.configPath), job, task));
  }
  const bar = progressBar(inputs.length, io);
  try {
    const inMain = (job: LintJob): CheckOutcome | FixResult => runJob(session.linterAt(job.linter), job, task);
    return await inWorkers({ jobs, linters: session.linterOptions(), task, threads, onProgress: bar.update, inMain });
  } finally {
    bar.end();
  }
}

/**
 * A large input checked or fixed a piece at a time; undefined when it cannot
 * be (its linter would not check it run by run, a pass's output would not
 * stream, the file changed): it is then read whole (input.text is filled in,
 * input.large dropped), and any refusal is the whole-file reader's.
 */
function lintLarge(input: Input, session: LintSession, task: LintTask, flags: LintFlags, io: CliIO, check: CheckOptions, passFiles: PassFiles | undefined): CheckOutcome | FixOutcome | undefined {
  const file = input.large!;
  const linter = session.linterFor(input.configPath);
  let outcome: CheckOutcome | FixOutcome | undefined;
  if (linter.checksInRuns(file.length, false, check) && !(task.kind === "check" && task.alsoFix) && !(task.kind === "fix" && !passFiles)) {
    try {
      if (task.kind === "check") outcome = { findings: checkLarge(linter, file) };
      else {
        const fixed = fixLarge(linter, file, task.unsafe, passFiles!(input));
        if (fixed) outcome = { output: "", fixed: fixed.fixed, remaining: fixed.remaining, passes: fixed.passes, converged: fixed.converged, large: { file: fixed.output } };
      }
    } catch (error) {
      if (!(error instanceof NotStreamable)) throw error;
    }
  }
  if (!outcome) {
    const whole = readInput(input.path, io.readStdin, readOptions(flags));
    input.text = whole.text;
    input.stat = whole.stat;
    delete input.large;
  }
  return outcome;
}
