// Build step (after tsc): the words of segmentit's dictionary, as its
// useDefault loads them, into the list that src/language/words.ts loads a
// part at a time, and segmentit's code without those dictionaries (see
// src/language/segmentit-dictionary.ts).
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { segmentitCodeOf, wordListOf } from "../dist/language/segmentit-dictionary.js";
import { SEGMENTIT_CODE, WORD_LIST } from "../dist/language/words.js";

const require = createRequire(import.meta.url);
const segmentit = require("segmentit");
writeFileSync(WORD_LIST, wordListOf(segmentit.useDefault(new segmentit.Segment()).getDict("TABLE")), "utf16le");
// the module that segmentit's index.js requires outside production
const code = segmentitCodeOf(readFileSync(require.resolve("segmentit/dist/cjs/segmentit.js"), "utf8"), segmentit);
if (code) writeFileSync(SEGMENTIT_CODE, code);
else rmSync(SEGMENTIT_CODE, { force: true });
