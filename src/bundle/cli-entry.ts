// The entry of the CLI bundle (dist/bundle/cli.cjs), which bin/mtclean.js runs.
import { main } from "../cli/main.js";
import { exitQuietlyWhenOutputCloses } from "../cli/closed-output.js";
import { useWorkerScript } from "../cli/parallel/worker-script.js";

// the bundled CLI's worker threads run the worker bundle (./worker.ts, bundled as worker-start.cjs by scripts/bundle.js)
useWorkerScript(new URL("./worker-start.cjs", import.meta.url));
exitQuietlyWhenOutputCloses(process.stdout);
exitQuietlyWhenOutputCloses(process.stderr);
void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
