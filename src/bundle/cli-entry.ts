// The entry of the CLI bundle (dist/bundle/cli.cjs), which bin/mtclean.js runs.
import { main } from "../cli/main.js";
import { exitQuietlyWhenOutputCloses } from "../cli/closed-output.js";
import { useWorkerScript } from "../cli/parallel/worker-script.js";

// the bundled CLI's worker threads run the worker bundle (see ./worker.ts)
useWorkerScript(new URL("./worker.js", import.meta.url));
exitQuietlyWhenOutputCloses(process.stdout);
exitQuietlyWhenOutputCloses(process.stderr);
void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
