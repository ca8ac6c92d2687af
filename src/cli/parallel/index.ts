import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { lazyRequire } from "../../lazy-require.js";
import type { LinterOptions } from "../../linter.js";
import { sizeOnDisk, type ListedFile } from "../files.js";
import type { FromWorker, LintJob, LintOutcome, LintTask, ToWorker, WorkerData } from "./types.js";
import { workerScript } from "./worker-script.js";

// worker_threads loads its internal modules when a run starts a thread, not at every start
const workerThreads = lazyRequire<typeof import("node:worker_threads")>("node:worker_threads");

export type { LintJob, LintOutcome, LintTask, CheckOutcome } from "./types.js";

// Many files are checked in worker threads when that pays, which is later
// than it seems: a worker costs far more than its start (loading mtclean and
// compiling the dictionaries, about 120 ms of CPU). Each thread compiles
// every regex and warms up its own JIT on its first files (about 200 ms of
// CPU), and a run in one thread already has the second core at work for it:
// V8 collects garbage and optimises code there. On 2 cores, 2 threads gave no
// gain over one at 5.2 MB (0.9x) nor at 20.8 MB, so a run stays in one
// thread below PARALLEL_MIN_CHARS unless --jobs says otherwise.
//
// Files are dealt out in chunks of neighbouring files as threads ask for
// them, and every result is put back at its file's index: the output order
// is that of the files, whatever thread finished first. The main thread, which has its linters
// already, is one of the threads: n threads are n - 1 workers and itself, so
// the main thread does not sit idle while workers start, and half the
// results of two threads need no copying between threads. Each worker holds
// a second chunk in reserve, so it never waits for the main thread (busy
// with its own chunk) to hand it the next one.

/** Automatic parallelism starts at this many files... */
export const PARALLEL_MIN_FILES = 8;
/** ...holding together at least this many characters (above the largest run measured without a gain, see above). */
export const PARALLEL_MIN_CHARS = 32_000_000;
/** A chunk holds files up to about this many characters (at least one file). */
const CHUNK_CHARS = 200_000;
const CHUNK_MAX_FILES = 64;

/**
 * Workers started before the run's files are read (prestartWorkers) and not
 * yet given work. They are unref'd until inWorkers takes them, so one that a
 * run ends up not needing never keeps the process alive.
 */
const prestarted: Worker[] = [];

/**
 * Starts the worker threads a run over these files will likely use, before
 * the main thread reads them, so that starting a thread, loading mtclean and
 * the built-in dictionaries (worker.ts) happen while it reads the files and
 * builds its own linter, instead of after. The guess is threadsFor's, with
 * the files' sizes on disk for their lengths; inWorkers takes these workers
 * first, and discardPrestarted ends the ones the run does not use.
 */
export function prestartWorkers(files: ListedFile[], requested: number | undefined, { builtin }: { builtin: boolean }): void {
  const threads = expectedThreads(files, requested);
  for (let i = prestarted.length; i < Math.min(threads, files.length) - 1; i++) {
    const worker = new (workerThreads().Worker)(workerScript(), { workerData: { prefetchBuiltin: builtin } satisfies WorkerData });
    worker.unref();
    // one that fails before a run takes it is dropped: the run starts another, whose failure it reports
    worker.on("error", () => {});
    worker.once("exit", () => prestarted.includes(worker) && prestarted.splice(prestarted.indexOf(worker), 1));
    prestarted.push(worker);
  }
}

/**
 * threadsFor's guess before the files are read, with their sizes on disk for
 * their lengths: a text has no more UTF-16 code units than bytes in any
 * encoding, so when this says 1, threadsFor will too, but for a large
 * standard input (its size is unknown: it counts as empty).
 */
export function expectedThreads(files: ListedFile[], requested: number | undefined): number {
  if (requested !== undefined) return requested;
  if (files.length < PARALLEL_MIN_FILES) return 1;
  let bytes = 0;
  for (const file of files) bytes += sizeOnDisk(file) ?? 0;
  return bytes >= PARALLEL_MIN_CHARS ? availableParallelism() : 1;
}

/** Ends the prestarted workers that no run took. */
export function discardPrestarted(): void {
  for (const worker of prestarted.splice(0)) void worker.terminate();
}

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
  /** lints a job in the main thread (its linters are built already) */
  inMain: (job: LintJob) => LintOutcome;
}

/** Chunks a worker holds at a time: the one it works on and one in reserve. */
const IN_FLIGHT = 2;

/** Lints every job in the main thread and worker threads, and returns the outcomes in the jobs' order. */
export function inWorkers(run: ParallelRun): Promise<LintOutcome[]> {
  const outcomes: LintOutcome[] = new Array(run.jobs.length);
  const queue = chunksOf(run.jobs, run.threads);
  const workers: Worker[] = [];
  let done = 0;
  return new Promise<LintOutcome[]>((resolve, reject) => {
    let failed = false;
    let mainDone = false;
    let running = Math.min(run.threads - 1, Math.max(0, queue.length - 1));
    const fail = (error: Error): void => {
      if (failed) return;
      failed = true;
      for (const worker of workers) void worker.terminate();
      reject(error);
    };
    const finish = (): void => {
      if (failed || running > 0 || !mainDone) return;
      if (done === run.jobs.length) resolve(outcomes);
      else fail(new Error(`worker threads stopped after ${done} of ${run.jobs.length} files`));
    };
    const record = (first: number, results: LintOutcome[]): void => {
      results.forEach((outcome, offset) => (outcomes[first + offset] = outcome));
      done += results.length;
      run.onProgress?.(done);
    };
    // a worker is told to exit when the queue is empty and it has no chunk left
    const held = new Map<Worker, number>();
    const give = (worker: Worker): void => {
      const chunk = queue.shift();
      if (chunk) {
        held.set(worker, (held.get(worker) ?? 0) + 1);
        worker.postMessage({ type: "chunk", ...chunk } satisfies ToWorker);
      } else if (!held.get(worker)) worker.postMessage({ type: "exit" } satisfies ToWorker);
    };
    for (let i = 0; i < running; i++) {
      const worker = prestarted.shift() ?? new (workerThreads().Worker)(workerScript());
      worker.ref();
      workers.push(worker);
      worker.on("message", (message: FromWorker) => {
        if (message.type === "error") return fail(new Error(`a worker thread failed: ${message.message}`));
        if (message.type === "done") {
          held.set(worker, held.get(worker)! - 1);
          record(message.first, message.outcomes);
          give(worker);
        }
      });
      worker.on("error", fail);
      worker.on("exit", () => {
        running--;
        finish();
      });
      worker.postMessage({ type: "setup", linters: run.linters, task: run.task } satisfies ToWorker);
      for (let k = 0; k < IN_FLIGHT; k++) give(worker);
    }
    // the main thread's share: a chunk at a time, letting the event loop turn in between so workers get theirs
    const step = (): void => {
      if (failed) return;
      const chunk = queue.shift();
      if (!chunk) {
        mainDone = true;
        for (const worker of workers) if (!held.get(worker)) worker.postMessage({ type: "exit" } satisfies ToWorker);
        return finish();
      }
      try {
        record(chunk.first, chunk.jobs.map(run.inMain));
      } catch (error) {
        return fail(error as Error);
      }
      setImmediate(step);
    };
    setImmediate(step);
  });
}
