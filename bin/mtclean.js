#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm install` (the prepare script).
import { main } from "../dist/cli/main.js";
import { exitQuietlyWhenOutputCloses } from "../dist/cli/closed-output.js";

exitQuietlyWhenOutputCloses(process.stdout);
exitQuietlyWhenOutputCloses(process.stderr);
process.exitCode = await main(process.argv.slice(2));
