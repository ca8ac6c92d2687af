import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDictionaryFolder } from "../../src/dictionary/cache.js";
import { matcherStoreIn } from "../../src/dictionary/user-cache.js";
import { assignLanguages } from "../../src/language/detect.js";
import { segmentsOf } from "../../src/markup/index.js";
import { runRules } from "../../src/rules/engine.js";
import { compileEntries } from "../../src/rules/kinds/dictionary-rule.js";
import type { MatcherStore } from "../../src/rules/matcher/matcher-store.js";
import type { Rule } from "../../src/types.js";
import { BIN, ROOT } from "../support/cli.js";
import { DICTIONARY } from "../support/user-dictionary.js";

// A linter with user dictionaries keeps the phrase trie and the literal
// automaton it builds in the cache folder (user-cache.ts, userMatcherStore),
// and the next run with the same entries reads them instead of building
// them. What it finds must be what built matchers find, and a stored matcher
// must serve only the very phrases or literals it was built from: an edited
// dictionary, or a file that holds another set's matchers, builds again.

const folder = (): string => mkdtempSync(join(tmpdir(), "mtclean-user-matchers-"));
const articles = readdirSync(join(ROOT, "fixtures/articles")).map((name) => readFileSync(join(ROOT, "fixtures/articles", name, "input.txt"), "utf8"));
const findings = (rules: Rule[], text: string): unknown[] => runRules(assignLanguages(segmentsOf(text)), rules);

/** a store that counts what it serves and what it is given */
function counted(store: MatcherStore): MatcherStore & { served: number; kept: number } {
  const counts = { served: 0, kept: 0 };
  const serve = <T>(found: T | undefined): T | undefined => (found && counts.served++, found);
  return Object.assign(counts, {
    trie: (phrases: string) => serve(store.trie(phrases)),
    automaton: (literals: string) => serve(store.automaton(literals)),
    keepTrie: (trie: Parameters<MatcherStore["keepTrie"]>[0]) => (counts.kept++, store.keepTrie(trie)),
    keepAutomaton: (automaton: Parameters<MatcherStore["keepAutomaton"]>[0]) => (counts.kept++, store.keepAutomaton(automaton)),
  });
}

describe("matchers kept in a store", () => {
  // the built-in entries but one: not the phrase set nor the literals the build stored
  const entries = loadDictionaryFolder().flatMap((dictionary) => dictionary.entries).slice(1);
  // another set, with other phrases and other literals
  const half = entries.filter((_, index) => index % 2 === 0);

  it("find, read back, what built ones find (the built-in entries, the fixture articles)", () => {
    const dir = folder();
    const first = counted(matcherStoreIn(dir, "1"));
    const builtRules = compileEntries(entries, first);
    const built = articles.map((text) => findings(builtRules, text));
    expect(first).toMatchObject({ served: 0, kept: 2 }); // the trie and the automaton
    const second = counted(matcherStoreIn(dir, "1"));
    const restoredRules = compileEntries(entries, second);
    expect(articles.map((text) => findings(restoredRules, text))).toEqual(built);
    expect(second).toMatchObject({ served: 2, kept: 0 });
    expect(articles.map((text) => findings(compileEntries(entries), text))).toEqual(built);
    expect(built.flat().length).toBeGreaterThan(50);
  });

  it("serve only their own set, and only to the build that kept them", () => {
    const dir = folder();
    const kept = compileEntries(entries, matcherStoreIn(dir, "1"));
    articles.forEach((text) => findings(kept, text));
    const other = counted(matcherStoreIn(dir, "1"));
    const fewer = compileEntries(half, other);
    articles.forEach((text) => findings(fewer, text));
    expect(other).toMatchObject({ served: 0, kept: 2 });
    const rebuilt = counted(matcherStoreIn(dir, "2"));
    const again = compileEntries(entries, rebuilt);
    articles.forEach((text) => findings(again, text));
    expect(rebuilt).toMatchObject({ served: 0, kept: 2 });
  });

  it("a file that holds another set's matchers under a set's name, or a damaged one, is a miss", () => {
    const dir = folder();
    const kept = compileEntries(half, matcherStoreIn(dir, "1"));
    articles.forEach((text) => findings(kept, text));
    const others = readdirSync(dir).map((name) => readFileSync(join(dir, name)));
    const built = articles.map((text) => findings(compileEntries(entries), text));
    const mine = compileEntries(entries, matcherStoreIn(dir, "1"));
    articles.forEach((text) => findings(mine, text));
    const names = readdirSync(dir).filter((name) => !others.some((bytes) => bytes.equals(readFileSync(join(dir, name)))));
    expect(names).toHaveLength(2);
    for (const bytes of [...others, others[0]!.subarray(0, 100), others[1]!.subarray(0, others[1]!.length - 8)]) {
      for (const name of names) writeFileSync(join(dir, name), bytes);
      const store = counted(matcherStoreIn(dir, "1"));
      const compiled = compileEntries(entries, store);
      expect(articles.map((text) => findings(compiled, text))).toEqual(built);
      expect(store.served).toBe(0);
    }
  });
});


describe("check --dict: a user dictionary's matchers kept in the cache folder", () => {
  it("are kept by the first run and read by the next; an edited dictionary gets its own", () => {
    const dir = folder();
    const cache = join(dir, "cache");
    const dictionary = join(dir, "mine.yml");
    const text = join(dir, "a.txt");
    writeFileSync(text, "The foo bar met the quuxes. Then a grault garply came.\n");
    const check = (): string => {
      const result = spawnSync(process.execPath, [BIN, "check", "--no-config", "--no-builtin", "--dict", dictionary, "--format", "compact", text], { env: { PATH: process.env.PATH ?? "", MTCLEAN_CACHE_DIR: cache }, encoding: "utf8" });
      expect(result.stderr).toBe("");
      return result.stdout;
    };
    const matchers = (): string[] => readdirSync(cache).filter((name) => name.startsWith("matchers-"));
    writeFileSync(dictionary, DICTIONARY);
    const first = check();
    expect(first).toContain("[my-term]");
    expect(first).toContain("[my-pattern]");
    expect(matchers()).toHaveLength(2);
    expect(check()).toBe(first);
    expect(matchers()).toHaveLength(2);
    writeFileSync(dictionary, DICTIONARY.replace("[foo bar, foo bars]", "[foo bar, foo bars, grault garply]").replace("quux(es)?", "quux(es)?|came"));
    const edited = check();
    expect(edited.match(/\[my-term\]/g)).toHaveLength(2);
    expect(edited.match(/\[my-pattern\]/g)).toHaveLength(2);
    expect(matchers()).toHaveLength(4);
  });
});
