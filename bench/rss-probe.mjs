// Runs the CLI in this process and prints its peak resident memory on
// standard error at exit (maxRSS=KB), for the benchmark's memory row.
import { main } from "../dist/cli/main.js";

process.on("exit", () => process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`));
process.exitCode = await main(process.argv.slice(2));
