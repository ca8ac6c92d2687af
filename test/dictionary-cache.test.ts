import { cpSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILTIN_DICTIONARY_DIR, dictionaryFilesIn } from "../src/dictionary/builtin.js";
import { loadDictionaryFolder, prefetchDictionaryFolder, writeDictionaryCache } from "../src/dictionary/cache.js";
import { loadDictionaryFile } from "../src/dictionary/loader.js";
import { firstCharSource } from "../src/rules/matcher/regex-shape.js";

// The compiled cache of the built-in dictionaries must give exactly what the
// YAML gives, and must never serve entries for a file that changed since.

function copyOfBuiltin(): { dir: string; cache: string } {
  const root = mkdtempSync(join(tmpdir(), "mtclean-cache-"));
  const dir = join(root, "dictionaries");
  cpSync(BUILTIN_DICTIONARY_DIR, dir, { recursive: true });
  return { dir, cache: join(root, "cache.bin") };
}

describe("dictionary cache", () => {
  it("gives the same dictionaries as parsing the YAML", () => {
    const { dir, cache } = copyOfBuiltin();
    writeDictionaryCache(dir, cache);
    const fromYaml = dictionaryFilesIn(dir).map(loadDictionaryFile);
    const fromCache = loadDictionaryFolder(dir, cache);
    expect(fromCache).toEqual(fromYaml);
    expect(fromCache.flatMap((d) => d.entries).length).toBeGreaterThan(10);
    // the regexes are real RegExps with their flags, not look-alikes
    const withRegex = fromCache.flatMap((d) => d.entries).filter((e) => e.regex);
    expect(withRegex.length).toBeGreaterThan(0);
    for (const entry of withRegex) expect(entry.regex).toBeInstanceOf(RegExp);
  });

  it("stores for each line entry the ASCII chars its first-char test passes, as that test gives them", () => {
    const { dir, cache } = copyOfBuiltin();
    writeDictionaryCache(dir, cache);
    const data = readFileSync(cache);
    const end = data.indexOf(0x0a) + 1;
    const { hot } = JSON.parse(data.toString("latin1", 0, end)) as { hot: number };
    const files = JSON.parse(data.toString("latin1", end, end + hot)) as { entries: { line: boolean; regex?: { source: string; flags: string; shape: { firstAscii?: string } } }[] }[];
    const lines = files.flatMap((file) => file.entries).filter((entry) => entry.line && entry.regex?.shape.firstAscii !== undefined);
    expect(lines.length).toBeGreaterThan(20);
    for (const { regex } of lines) {
      const test = new RegExp(`^${firstCharSource(regex!.source, regex!.flags)}`, regex!.flags);
      const expected = Array.from({ length: 128 }, (_, code) => (test.test(String.fromCharCode(code)) ? "1" : "0")).join("");
      expect(regex!.shape.firstAscii, regex!.source.slice(0, 60)).toBe(expected);
    }
  });

  it("reads an edited file from its YAML, not from the stale cache", () => {
    const { dir, cache } = copyOfBuiltin();
    writeDictionaryCache(dir, cache);
    const file = dictionaryFilesIn(dir)[0]!;
    const edited = readFileSync(file, "utf8").replace(/message: (.*)/, "message: Edited after the build.");
    writeFileSync(file, edited);
    const loaded = loadDictionaryFolder(dir, cache).find((d) => d.file === file)!;
    expect(loaded.entries.some((e) => e.message === "Edited after the build.")).toBe(true);
    expect(loaded).toEqual(loadDictionaryFile(file));
  });

  it("tells an edit that keeps the file's length by its bytes", () => {
    const { dir, cache } = copyOfBuiltin();
    writeDictionaryCache(dir, cache);
    const file = dictionaryFilesIn(dir)[0]!;
    const text = readFileSync(file, "utf8");
    const message = /message: (.*)/.exec(text)![1]!;
    const edited = text.replace(message, "X".repeat(Buffer.byteLength(message)));
    expect(Buffer.byteLength(edited)).toBe(Buffer.byteLength(text));
    writeFileSync(file, edited);
    expect(loadDictionaryFolder(dir, cache).find((d) => d.file === file)).toEqual(loadDictionaryFile(file));
  });

  // A file's size and time vouch for its bytes (see cache.ts) when the file
  // last changed well before the build; else its bytes are compared.
  it("takes a file older than the build as unchanged while its size and time are the ones the build saw", () => {
    const { dir, cache } = copyOfBuiltin();
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const file of dictionaryFilesIn(dir)) utimesSync(file, hourAgo, hourAgo);
    writeDictionaryCache(dir, cache);
    const file = dictionaryFilesIn(dir)[0]!;
    const text = readFileSync(file, "utf8");
    const message = /message: (.*)/.exec(text)![1]!;
    const edited = text.replace(message, "X".repeat(Buffer.byteLength(message)));
    writeFileSync(file, edited);
    // an edit gives the file a new time: read from its YAML
    expect(loadDictionaryFolder(dir, cache).find((d) => d.file === file)).toEqual(loadDictionaryFile(file));
    // the size and time of the build, put back: not read at all (an edit that keeps both is the price of not reading every file)
    utimesSync(file, hourAgo, hourAgo);
    const loaded = loadDictionaryFolder(dir, cache).find((d) => d.file === file)!;
    expect(loaded.entries.some((e) => e.message.startsWith("XXXX"))).toBe(false);
  });

  it("compares by bytes a file that changed just before the build, whose time cannot vouch for it", () => {
    const { dir, cache } = copyOfBuiltin();
    const file = dictionaryFilesIn(dir)[0]!;
    const text = readFileSync(file, "utf8");
    const justBefore = new Date(Date.now() - 100);
    utimesSync(file, justBefore, justBefore);
    writeDictionaryCache(dir, cache);
    const message = /message: (.*)/.exec(text)![1]!;
    writeFileSync(file, text.replace(message, "X".repeat(Buffer.byteLength(message))));
    // as an edit within the same tick of the clock would leave it
    utimesSync(file, justBefore, justBefore);
    expect(loadDictionaryFolder(dir, cache).find((d) => d.file === file)).toEqual(loadDictionaryFile(file));
  });

  it("gives the parts a start does not read (message, examples, keep) when they are read, and takes new values", () => {
    const { dir, cache } = copyOfBuiltin();
    writeDictionaryCache(dir, cache);
    const fromYaml = dictionaryFilesIn(dir).flatMap((file) => loadDictionaryFile(file).entries);
    const fromCache = loadDictionaryFolder(dir, cache).flatMap((d) => d.entries);
    fromCache.forEach((entry, i) => {
      expect(entry.message).toBe(fromYaml[i]!.message);
      expect(entry.examples).toEqual(fromYaml[i]!.examples);
      expect(entry.keep).toEqual(fromYaml[i]!.keep);
    });
    const entry = fromCache[0]!;
    entry.keep = ["changed"];
    expect(entry.keep).toEqual(["changed"]);
    expect({ ...entry }.keep).toEqual(["changed"]);
  });

  it("picks up a file added after the build, and works with no cache at all", () => {
    const { dir, cache } = copyOfBuiltin();
    writeDictionaryCache(dir, cache);
    const added = join(dir, "zz-added.yml");
    writeFileSync(added, "category: phrasing\nentries:\n  - id: added-term\n    match: foo bar\n    replace: baz\n    message: Say baz.\n    examples: [{before: foo bar, after: baz}]\n    keep: [foo]\n");
    expect(loadDictionaryFolder(dir, cache).map((d) => d.file)).toContain(added);
    expect(loadDictionaryFolder(dir, join(dir, "missing.json"))).toEqual(dictionaryFilesIn(dir).map(loadDictionaryFile));
  });

  it("built-in dictionaries loaded ahead go to the next load only: each linter owns its entries", () => {
    prefetchDictionaryFolder();
    const first = loadDictionaryFolder();
    const second = loadDictionaryFolder();
    expect(first).toEqual(second);
    expect(first[0]!.entries[0]).not.toBe(second[0]!.entries[0]);
  });
});
