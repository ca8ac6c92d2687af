import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { LinterOptions } from "../../linter.js";
import type { FromWorker, LintJob, LintOutcome, LintTask, ToWorker } from "./types.js";

export type { LintJob, LintOutcome, LintTask, CheckOutcome } from "./types.js";

// Many files are checked in worker threads when that pays: starting a worker
// (loading mtclean and compiling the dictionaries) costs tens of
// milliseconds, so small runs stay in the main thread. Files are dealt out in
// chunks of neighbouring files as workers ask for them, and every result is
// put back at its file's index: the output order is that of the files,
// whatever thread finished first.

/** Automatic parallelism starts at this many files... */
export const PARALLEL_MIN_FILES = 8;
/** ...holding together at least this many characters. */
export const PARALLEL_MIN_CHARS = 2_000_000;
/** A chunk holds files up to about this many characters (at least one file). */
const CHUNK_CHARS = 200_000;
const CHUNK_MAX_FILES = 64;

/** The number of threads for a run: --jobs when given, else 1 for small runs and up to the cores for large ones. */
export function threadsFor(jobs: LintJob[], requested: number | undefined): number {
  if (requested !== undefined) return Math.min(requested, Math.max(1, jobs.length));
  const chars = jobs.reduce((sum, job) => sum + job.text.length, 0);
  if (jobs.length < PARALLEL_MIN_FILES || chars < PARALLEL_MIN_CHARS) return 1;
  return Math.max(1, Math.min(availableParallelism(), jobs.length));
}

/**
 * Consecutive runs of jobs: about CHUNK_CHARS characters each, smaller for a
 * smaller run so that every thread gets several chunks (the last ones even out).
 */
export function chunksOf(jobs: LintJob[], threads: number): { first: number; jobs: LintJob[] }[] {
  const total = jobs.reduce((sum, job) => sum + job.text.length, 0);
  const target = Math.min(CHUNK_CHARS, Math.ceil(total / (threads * 4)));
  const chunks: { first: number; jobs: LintJob[] }[] = [];
  let first = 0;
  let chars = 0;
  for (let i = 0; i < jobs.length; i++) {
    chars += jobs[i]!.text.length;
    if (chars >= target || i - first + 1 >= CHUNK_MAX_FILES || i === jobs.length - 1) {
      chunks.push({ first, jobs: jobs.slice(first, i + 1) });
      first = i + 1;
      chars = 0;
    }
  }
  return chunks;
}

export interface ParallelRun {
  jobs: LintJob[];
  /** the linter options of the run; jobs refer to them by index */
  linters: LinterOptions[];
  task: LintTask;
  threads: number;
  /** called as files are done, with how many are */
  onProgress?: (done: number) => void;
}

/** Lints every job in worker threads and returns the outcomes in the jobs' order. */
export function inWorkers(run: ParallelRun): Promise<LintOutcome[]> {
  const outcomes: LintOutcome[] = new Array(run.jobs.length);
  const queue = chunksOf(run.jobs, run.threads);
  const workers: Worker[] = [];
  let done = 0;
  return new Promise<LintOutcome[]>((resolve, reject) => {
    let failed = false;
    const fail = (error: Error): void => {
      if (failed) return;
      failed = true;
      for (const worker of workers) void worker.terminate();
      reject(error);
    };
    const next = (worker: Worker): void => {
      const chunk = queue.shift();
      worker.postMessage((chunk ? { type: "chunk", ...chunk } : { type: "exit" }) satisfies ToWorker);
    };
    let running = Math.min(run.threads, queue.length);
    for (let i = 0; i < running; i++) {
      const worker = new Worker(new URL("./worker.js", import.meta.url));
      workers.push(worker);
      worker.on("message", (message: FromWorker) => {
        if (message.type === "error") return fail(new Error(`a worker thread failed: ${message.message}`));
        if (message.type === "done") {
          message.outcomes.forEach((outcome, offset) => (outcomes[message.first + offset] = outcome));
          done += message.outcomes.length;
          run.onProgress?.(done);
        }
        next(worker);
      });
      worker.on("error", fail);
      worker.on("exit", () => {
        running--;
        if (running > 0 || failed) return;
        if (done === run.jobs.length) resolve(outcomes);
        else fail(new Error(`worker threads stopped after ${done} of ${run.jobs.length} files`));
      });
      worker.postMessage({ type: "setup", linters: run.linters, task: run.task } satisfies ToWorker);
    }
  });
}
