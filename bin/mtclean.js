#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ and bundled with its code cache
// by `npm install` (the prepare script); see src/bundle/load.ts. CommonJS
// (bin/package.json), like the bundle it starts, so that a run never sets up
// Node's ES module loader.
require("../dist/bundle/cli-start.cjs");
