#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ and bundled with its code cache
// by `npm install` (the prepare script); see src/bundle/load.ts.
import { runBundle } from "../dist/bundle/load.js";

runBundle("cli");
