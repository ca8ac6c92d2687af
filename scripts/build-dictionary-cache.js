// Build step (after tsc): compiles the built-in dictionaries into
// dist/dictionary/builtin-cache.json, which the CLI reads instead of the YAML.
import { writeDictionaryCache } from "../dist/dictionary/cache.js";

writeDictionaryCache();
