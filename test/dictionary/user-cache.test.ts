import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadDictionaryFile } from "../../src/dictionary/loader.js";
import { allowPruneAgain, loadUserDictionary, matcherStoreIn } from "../../src/dictionary/user-cache.js";
import { LiteralScanner } from "../../src/rules/matcher/literal-scanner.js";
import { DictionaryError } from "../../src/errors.js";
import { DICTIONARY } from "../support/user-dictionary.js";

// A user dictionary read from the cache must be the dictionary its YAML gives,
// and an edited file must never be served from the copy of its old text.

const saved = process.env.MTCLEAN_CACHE_DIR;
afterEach(() => {
  if (saved === undefined) delete process.env.MTCLEAN_CACHE_DIR;
  else process.env.MTCLEAN_CACHE_DIR = saved;
});

function setUp(text = DICTIONARY): { file: string; cache: string } {
  const root = mkdtempSync(join(tmpdir(), "mtclean-user-cache-"));
  const file = join(root, "mine.yml");
  writeFileSync(file, text);
  process.env.MTCLEAN_CACHE_DIR = join(root, "cache");
  return { file, cache: join(root, "cache") };
}

describe("user dictionary cache", () => {
  it("stores the compiled file once and gives back what the YAML gives", () => {
    const { file, cache } = setUp();
    const first = loadUserDictionary(file);
    expect(readdirSync(cache)).toHaveLength(1);
    const second = loadUserDictionary(file);
    expect(second).toEqual(loadDictionaryFile(file));
    expect(first).toEqual(second);
    const pattern = second.entries.find((entry) => entry.id === "my-pattern")!;
    expect(pattern.regex).toBeInstanceOf(RegExp);
    expect(pattern.when.notFollowedBy).toBeInstanceOf(RegExp);
  });

  it("never serves an edited file from the copy of its old text", () => {
    const { file } = setUp();
    loadUserDictionary(file);
    writeFileSync(file, DICTIONARY.replace("Say baz.", "Say baz now."));
    expect(loadUserDictionary(file).entries[0]!.message).toBe("Say baz now.");
  });

  it("serves a cache file only for the text it was compiled from, whatever its name", () => {
    // the file is named by a quick hash: two texts may share a name, and the second must not get the first's entries
    const edited = setUp(DICTIONARY.replace("Say baz.", "Say baz now."));
    loadUserDictionary(edited.file);
    const { file, cache } = setUp();
    loadUserDictionary(file);
    const [name] = readdirSync(cache);
    const [editedName] = readdirSync(edited.cache);
    writeFileSync(join(cache, name!), readFileSync(join(edited.cache, editedName!)));
    expect(loadUserDictionary(file)).toEqual(loadDictionaryFile(file));
    expect(loadUserDictionary(file).entries[0]!.message).toBe("Say baz.");
  });

  it("caches nothing for a file with a mistake, which fails at every run", () => {
    const { file, cache } = setUp(DICTIONARY.replace("message: Say baz.\n", ""));
    expect(() => loadUserDictionary(file)).toThrow(DictionaryError);
    expect(() => loadUserDictionary(file)).toThrow(DictionaryError);
    expect(() => readdirSync(cache)).toThrow(); // not even created
  });

  it("works without a usable cache folder", () => {
    const { file, cache } = setUp();
    writeFileSync(cache, "a file where the folder should be");
    expect(loadUserDictionary(file)).toEqual(loadDictionaryFile(file));
    process.env.MTCLEAN_CACHE_DIR = "";
    expect(loadUserDictionary(file)).toEqual(loadDictionaryFile(file));
  });
});

// Each edit of a dictionary and each build of mtclean make new cache files:
// a run that writes one removes those no run has used for 30 days, and a run
// that uses a file marks it as in use by its time.
describe("user dictionary cache folder", () => {
  const DAY = 24 * 60 * 60 * 1000;
  const age = (path: string, ms: number): void => utimesSync(path, new Date(Date.now() - ms), new Date(Date.now() - ms));
  const put = (dir: string, name: string, ms: number): void => {
    writeFileSync(join(dir, name), "x");
    age(join(dir, name), ms);
  };

  it("loses the files unused for 30 days and the temporary files of stopped runs when a run writes one; other files stay", () => {
    const { file, cache } = setUp();
    mkdirSync(cache, { recursive: true });
    put(cache, "dictionary-abc123.json", 40 * DAY);
    put(cache, "matchers-11-1733500000000.123-1f2e3d.bin", 40 * DAY);
    put(cache, "dictionary-def456.json", 10 * DAY);
    put(cache, "dictionary-abc123.json.4242.1733500000000.tmp", 2 * 60 * 60 * 1000);
    put(cache, "matchers-11-1.5-ff.bin.4243.1733500000000.tmp", 10 * 60 * 1000);
    put(cache, "notes.txt", 40 * DAY);
    const before = new Set(readdirSync(cache));
    allowPruneAgain();
    loadUserDictionary(file);
    const after = readdirSync(cache);
    expect(after.filter((name) => !before.has(name))).toEqual([expect.stringMatching(/^dictionary-[0-9a-f]+\.json$/)]);
    expect(after.filter((name) => before.has(name)).sort()).toEqual(["dictionary-def456.json", "matchers-11-1.5-ff.bin.4243.1733500000000.tmp", "notes.txt"]);
  });

  it("keeps a file in use: a run that reads it sets its time, so a later prune leaves it", () => {
    const { file, cache } = setUp();
    loadUserDictionary(file);
    const [name] = readdirSync(cache);
    age(join(cache, name!), 40 * DAY);
    loadUserDictionary(file); // served from the file
    expect(Date.now() - statSync(join(cache, name!)).mtimeMs).toBeLessThan(DAY);
    writeFileSync(file, `${DICTIONARY}\n# edited\n`);
    allowPruneAgain();
    loadUserDictionary(file); // another text: a new file, and a prune
    expect(readdirSync(cache)).toHaveLength(2);
    expect(readdirSync(cache)).toContain(name);
  });

  it("sets the time of a stored matcher it serves", () => {
    const dir = join(setUp().cache, "matchers");
    const store = matcherStoreIn(dir, "1");
    const literals = "carry out\nconnotative";
    const scanner = new LiteralScanner();
    for (const literal of literals.split("\n")) scanner.add(literal);
    store.keepAutomaton(scanner.stored());
    const [name] = readdirSync(dir);
    age(join(dir, name!), 40 * DAY);
    expect(store.automaton(literals)?.literals).toBe(literals);
    expect(Date.now() - statSync(join(dir, name!)).mtimeMs).toBeLessThan(DAY);
  });
});
