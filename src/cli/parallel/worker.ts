import { parentPort, workerData } from "node:worker_threads";
import { linterTable, runJob } from "./run-job.js";
import type { FromWorker, LintTask, ToWorker, WorkerData } from "./types.js";
import type { Linter } from "../../linter.js";
import { prefetchDictionaryFolder } from "../../dictionary/cache.js";

// A worker thread of a parallel run: it builds its own linters from the
// options the main thread sends, then lints the chunks of files it is given,
// one after the other, until told to exit.
const port = parentPort!;
let linterOf: ((index: number) => Linter) | undefined;
let task: LintTask | undefined;

const send = (message: FromWorker): void => port.postMessage(message);

// A worker started before the run's files were read (prestartWorkers) loads
// the built-in dictionaries while it waits, for its first linter to take.
if ((workerData as WorkerData | undefined)?.prefetchBuiltin) setImmediate(prefetchDictionaryFolder);

port.on("message", (message: ToWorker) => {
  try {
    if (message.type === "setup") {
      linterOf = linterTable(message.linters);
      task = message.task;
      send({ type: "ready" });
    } else if (message.type === "chunk") {
      const outcomes = message.jobs.map((job) => runJob(linterOf!(job.linter), job, task!));
      send({ type: "done", first: message.first, outcomes });
    } else {
      port.close();
    }
  } catch (error) {
    send({ type: "error", message: (error as Error).stack ?? String(error) });
  }
});
