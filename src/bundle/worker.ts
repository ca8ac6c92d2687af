// A worker thread of the bundled CLI: runs the worker bundle (dist/bundle/worker.cjs,
// built from src/cli/parallel/worker.ts) with its code cache.
import { runBundle } from "./load.js";

runBundle("worker");
