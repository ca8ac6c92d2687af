// The script a worker thread runs: the worker module next to this one, or,
// in the bundled CLI, the worker bundle (src/bundle/cli-entry.ts says so).
// Kept apart from ./index.ts so that saying it loads nothing else.
let script = new URL("./worker.js", import.meta.url);

export const workerScript = (): URL => script;

export function useWorkerScript(url: URL): void {
  script = url;
}
