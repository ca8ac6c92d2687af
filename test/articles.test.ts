// The realistic articles in fixtures/articles (written for the project in the
// style of Chinese university, government, company and culture news as MT
// renders it): `fix` alone must leave no full-width punctuation, no leftover
// of the web page and none of the wrong terms the dictionaries fix safely,
// and fixing twice must equal fixing once. The wrong terms come from the
// dictionaries themselves, so a new safe entry is checked here at once.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILTIN_DICTIONARY_DIR, dictionaryFilesIn } from "../src/dictionary/builtin.js";
import { loadDictionaryFile } from "../src/dictionary/loader.js";
import type { DictionaryEntry } from "../src/dictionary/types.js";
import { Linter } from "../src/linter.js";

const ARTICLES = new URL("../fixtures/articles/", import.meta.url).pathname;
const names = readdirSync(ARTICLES).filter((name) => existsSync(join(ARTICLES, name, "input.txt"))).sort();
const linter = new Linter();
const entries = dictionaryFilesIn(BUILTIN_DICTIONARY_DIR).flatMap((file) => loadDictionaryFile(file).entries);

/** Full-width punctuation that has no place in English text (curly quotes are English). */
const FULL_WIDTH = /[，。；：！？（）【】、《》〈〉「」『』～]/u;
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The wrong renderings a safe entry fixes, as expressions of their own (not
 * the matcher under test): its phrases, or its regex, when it has no context
 * conditions. Entries with conditions are checked through their findings.
 */
function wrongTerms(entry: DictionaryEntry): RegExp[] {
  if (entry.safety !== "safe" || entry.line || Object.keys(entry.when).length > 0) return [];
  if (entry.regex) return [new RegExp(entry.regex.source, entry.regex.flags)];
  return entry.phrases.map((phrase) => {
    const words = phrase.trim().split(/\s+/).map(escape).join("\\s+");
    return new RegExp(`(?<![\\p{L}\\p{N}'’-])${words}(?![\\p{L}\\p{N}'’-])`, entry.caseSensitive ? "u" : "iu");
  });
}
const knownWrong = entries.flatMap((entry) => wrongTerms(entry).map((regex) => ({ id: entry.id, regex })));
const conditionalSafe = new Set(entries.filter((e) => e.safety === "safe" && !e.line && Object.keys(e.when).length > 0).map((e) => e.id));

describe("articles: what `fix` alone leaves", () => {
  it("there are at least ten articles", () => expect(names.length).toBeGreaterThanOrEqual(10));
  it("the known wrong terms come from the dictionaries", () => expect(knownWrong.length).toBeGreaterThan(100));

  for (const name of names) {
    describe(name, () => {
      const input = readFileSync(join(ARTICLES, name, "input.txt"), "utf8");
      const fixed = linter.fix(input).output;
      const after = linter.check(fixed);

      it("the input has something to fix, known wrong terms among it", () => {
        expect(fixed).not.toBe(input);
        expect(knownWrong.some(({ regex }) => regex.test(input))).toBe(true);
      });
      it("no full-width punctuation", () => {
        expect(fixed.split("\n").filter((line) => FULL_WIDTH.test(line))).toEqual([]);
        expect(after.filter((f) => f.category === "punctuation").map((f) => f.message)).toEqual([]);
      });
      it("no leftovers of the web page", () => {
        expect(after.filter((f) => f.category === "artifact").map((f) => `${f.ruleId}: ${fixed.slice(f.range[0], f.range[1])}`)).toEqual([]);
      });
      it("none of the known wrong terms", () => {
        const found = knownWrong.filter(({ regex }) => regex.test(fixed)).map(({ id, regex }) => `${id}: ${regex.exec(fixed)![0]}`);
        const conditional = after.filter((f) => conditionalSafe.has(f.ruleId)).map((f) => `${f.ruleId}: ${fixed.slice(f.range[0], f.range[1])}`);
        expect([...found, ...conditional]).toEqual([]);
      });
      it("fixing twice equals fixing once", () => expect(linter.fix(fixed).output).toBe(fixed));
    });
  }

  it("the articles exercise the terminology, phrasing and artifact dictionaries", () => {
    const ids = new Set(names.flatMap((name) => linter.check(readFileSync(join(ARTICLES, name, "input.txt"), "utf8")).map((f) => f.ruleId)));
    const byCategory = (category: string): number => entries.filter((e) => e.category === category && ids.has(e.id)).length;
    expect(byCategory("terminology")).toBeGreaterThanOrEqual(100);
    expect(byCategory("phrasing")).toBeGreaterThanOrEqual(60);
    expect(byCategory("artifact")).toBeGreaterThanOrEqual(20);
  });
});
