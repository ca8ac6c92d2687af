// Build step (after tsc): compiles the built-in dictionaries into
// dist/dictionary/builtin-cache.bin, which the CLI reads instead of the YAML,
// and what the matchers work out for them (the automaton that finds the
// strings their regexes need, the trie of their phrases) into
// dist/dictionary/builtin-matchers.bin (see src/rules/matcher/prebuilt.ts).
import { rmSync } from "node:fs";
import { loadDictionaryFolder, writeDictionaryCache } from "../dist/dictionary/cache.js";
import { storedMatchersOf } from "../dist/rules/kinds/dictionary-rule.js";
import { PREBUILT_FILE, writePrebuiltMatchers } from "../dist/rules/matcher/prebuilt.js";

writeDictionaryCache();
// worked out afresh, not read back from the file of an earlier build
rmSync(PREBUILT_FILE, { force: true });
// the entries in the order a Linter with the built-in dictionaries gives them to compileEntries
const { automata, tries } = storedMatchersOf(loadDictionaryFolder().flatMap((dictionary) => dictionary.entries));
writePrebuiltMatchers(automata, tries);
