// Every built-in dictionary entry runs its own examples (prh-style specs):
// one test per entry, so a failure names the file, line and id.
import { describe, expect, it } from "vitest";
import { BUILTIN_DICTIONARY_DIR, dictionaryFilesIn } from "../src/dictionary/builtin.js";
import { loadDictionaryFile } from "../src/dictionary/loader.js";
import { runDictionarySpecs } from "../src/dictionary/specs.js";

const files = dictionaryFilesIn(BUILTIN_DICTIONARY_DIR);

describe("built-in dictionaries", () => {
  it("exist", () => expect(files.length).toBeGreaterThan(0));
  for (const file of files) {
    const dictionary = loadDictionaryFile(file);
    describe(file.slice(BUILTIN_DICTIONARY_DIR.length + 1), () => {
      for (const entry of dictionary.entries) {
        it(`${entry.id} (line ${entry.where.line})`, () => {
          const failures = runDictionarySpecs([{ file, entries: [entry] }]);
          expect(failures.map((f) => `${f.reason}: ${JSON.stringify(f.text)} → ${JSON.stringify(f.actual)} (expected ${JSON.stringify(f.expected)})`)).toEqual([]);
        });
      }
    });
  }
});
