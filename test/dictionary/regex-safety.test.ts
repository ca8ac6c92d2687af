// The backtracking detector: expressions that backtrack catastrophically are
// found (with the loop to blame), expressions that do not are left alone, and
// every built-in dictionary regex is among the latter.
import { describe, expect, it } from "vitest";
import { BUILTIN_DICTIONARY_DIR, dictionaryFilesIn } from "../../src/dictionary/builtin.js";
import { parseYamlData } from "../../src/data/yaml.js";
import { backtrackingRisk } from "../../src/dictionary/regex-safety.js";
import { readFileSync } from "node:fs";

describe("backtrackingRisk finds the loop that can match one text in two ways", () => {
  it.each([
    ["(a+)+$", "(a+)+"],
    ["(a*)*b", "(a*)*"],
    ["(a|a)*c", "(a|a)*"],
    ["(a|b|ab)*c", "(a|b|ab)*"],
    ["(\\w+\\s?)+$", "(\\w+\\s?)+"],
    ["^(([a-z])+.)+[A-Z]([a-z])+$", "(([a-z])+.)+"],
    ["(\\s*,\\s*)*x", "(\\s*,\\s*)*"],
    ["(?:[^,]+,?)*x", "(?:[^,]+,?)*"],
    ["(\\d+|\\d{2})*z", "(\\d+|\\d{2})*"],
    ["(x+x+)+y", "(x+x+)+"],
    ["(?:\\p{L}+\\s*)+[.。]", "(?:\\p{L}+\\s*)+"],
    ["(?:中+文?)+。", "(?:中+文?)+"],
    ["(?=(a+)+b)a", "(a+)+"],
    ["(.*a){12}", "(.*a){12}"],
    ["(?:[A-Za-z]+\\s?){3,20}:", "(?:[A-Za-z]+\\s?){3,20}"],
    ["(?:(?:\\p{L}+|of)\\s+){12}x", "(?:(?:\\p{L}+|of)\\s+){12}"],
  ])("%s", (source, fragment) => {
    expect(backtrackingRisk(source, "iu")?.fragment).toBe(fragment);
  });
});

describe("backtrackingRisk leaves unambiguous expressions alone", () => {
  it.each([
    "\\w+ing",
    "(a|ab)*c",
    "(?:ab|a)*",
    "(?:a|b)*",
    "(?:\\s+\\w+)*$",
    "(?:\\w+,)*x",
    "\\s*\\s*x", // polynomial only: bounded by the paragraph
    "(?:\\s*[【\\[][^】\\]]{1,20}[】\\]])*",
    "(?:(?:large|big|medium|small)\\s*){1,3}",
    "(?:[\\p{L}-]+\\s+){0,4}?x",
    "(a+){2}",
    "(?:(?:\\p{Lu}[\\p{L}-]*|of|and)\\s+){0,5}University", // ambiguous words, but at most 5 of them
    "his\\s+party",
    "(?<![\\p{L}\\p{N}])the\\s+(second|third)\\s+is\\s+to(?![\\p{L}\\p{N}])",
  ])("%s", (source) => {
    expect(backtrackingRisk(source, "iu")).toBeUndefined();
  });
});

describe("the built-in dictionaries", () => {
  // the loader skips the analysis for them (it costs milliseconds per regex at every start), so it runs here
  const regexes = dictionaryFilesIn(BUILTIN_DICTIONARY_DIR).flatMap((file) => {
    const data = parseYamlData(readFileSync(file, "utf8")).data as { entries: { id: string; regex?: string; when?: Record<string, unknown>; caseSensitive?: boolean }[] };
    return data.entries.flatMap((entry) =>
      [entry.regex, ...Object.values(entry.when ?? {})].filter((value): value is string => typeof value === "string").map((source) => ({ id: entry.id, source, flags: entry.caseSensitive ? "u" : "iu" })),
    );
  });
  it("have regexes to check", () => expect(regexes.length).toBeGreaterThan(5));
  it.each(regexes.map((regex) => [regex.id, regex.source, regex.flags]))("%s: %s cannot backtrack catastrophically", (_id, source, flags) => {
    expect(backtrackingRisk(source, flags)).toBeUndefined();
  });
});
