// Build step (after tsc): compiles the built-in dictionaries into
// dist/dictionary/builtin-cache.bin, which the CLI reads instead of the YAML,
// and the automata that find the strings their regexes need into
// dist/dictionary/builtin-automata.bin (see src/rules/matcher/literal-scanner.ts).
import { loadDictionaryFolder, writeDictionaryCache } from "../dist/dictionary/cache.js";
import { literalScannersOf } from "../dist/rules/kinds/dictionary-rule.js";
import { writeAutomata } from "../dist/rules/matcher/literal-scanner.js";

writeDictionaryCache();
// the entries in the order a Linter with the built-in dictionaries gives them to compileEntries
writeAutomata(literalScannersOf(loadDictionaryFolder().flatMap((dictionary) => dictionary.entries)));
