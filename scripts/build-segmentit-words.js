// Build step (after tsc): the words of segmentit's dictionary, as its
// useDefault loads them, into the list that src/language/words.ts loads a
// part at a time (see src/language/segmentit-dictionary.ts).
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { wordListOf } from "../dist/language/segmentit-dictionary.js";
import { WORD_LIST } from "../dist/language/words.js";

const segmentit = createRequire(import.meta.url)("segmentit");
writeFileSync(WORD_LIST, wordListOf(segmentit.useDefault(new segmentit.Segment()).getDict("TABLE")), "utf16le");
