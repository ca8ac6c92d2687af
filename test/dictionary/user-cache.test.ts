import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadDictionaryFile } from "../../src/dictionary/loader.js";
import { loadUserDictionary } from "../../src/dictionary/user-cache.js";
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
