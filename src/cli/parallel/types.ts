import type { CheckOptions, FixResult, LinterOptions } from "../../linter.js";
import type { Finding } from "../../types.js";

/** One file's work: its text, the linter it gets and how to check it. */
export interface LintJob {
  text: string;
  /** key into the options table of the run (files with one configuration share a linter) */
  linter: number;
  check: CheckOptions;
}

/** What every file of a run gets done. */
export type LintTask = { kind: "check"; alsoFix: boolean } | { kind: "fix"; unsafe: boolean };

export interface CheckOutcome {
  findings: Finding[];
  /** with alsoFix: the text as `fix` leaves it */
  fixed?: string;
}

export type LintOutcome = CheckOutcome | FixResult;

/** Messages from the main thread to a worker. */
export type ToWorker =
  | { type: "setup"; linters: LinterOptions[]; task: LintTask }
  | { type: "chunk"; first: number; jobs: LintJob[] }
  | { type: "exit" };

/** Messages from a worker to the main thread. */
export type FromWorker =
  | { type: "ready" }
  | { type: "done"; first: number; outcomes: LintOutcome[] }
  | { type: "error"; message: string };

/** What a worker is started with. */
export interface WorkerData {
  /** load the built-in dictionaries before the first message (the run will likely use them) */
  prefetchBuiltin: boolean;
}
