import type { CheckOptions, FixResult } from "../linter.js";
import { UsageError } from "../errors.js";
import type { SourceInput as Input } from "./inputs.js";
import type { LintFlags, CliIO } from "./context.js";
import type { LintSession } from "./lint-session.js";
import { inWorkers, threadsFor, type CheckOutcome, type LintJob, type LintTask } from "./parallel/index.js";
import { runJob } from "./parallel/run-job.js";
import { progressBar, withProgress } from "./progress.js";

/** --jobs: a whole number of threads, 1 or more. */
export function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs expects a whole number of threads (1 or more), not "${value}".`);
  return jobs;
}

/**
 * Checks or fixes every input, in worker threads when --jobs or the size of
 * the run asks for it; the outcomes come back in the inputs' order.
 */
type CheckOptionsOf = (input: Input) => CheckOptions;
export async function lintInputs(inputs: Input[], session: LintSession, task: { kind: "check"; alsoFix: boolean }, flags: LintFlags, io: CliIO, checkOptions?: CheckOptionsOf): Promise<CheckOutcome[]>;
export async function lintInputs(inputs: Input[], session: LintSession, task: { kind: "fix"; unsafe: boolean }, flags: LintFlags, io: CliIO, checkOptions?: CheckOptionsOf): Promise<FixResult[]>;
export async function lintInputs(inputs: Input[], session: LintSession, task: LintTask, flags: LintFlags, io: CliIO, checkOptions: CheckOptionsOf = () => ({})): Promise<(CheckOutcome | FixResult)[]> {
  const jobs: LintJob[] = inputs.map((input) => ({ text: input.text, linter: session.linterIndex(input.configPath), check: checkOptions(input) }));
  const threads = threadsFor(jobs, parseJobs(flags.jobs));
  if (threads <= 1) {
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
