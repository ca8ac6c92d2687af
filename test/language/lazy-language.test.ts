// The language of a Latin paragraph without Han ("en" or another language,
// "none") is decided only when a rule of one of the two reports something
// there (see language/detect.ts, rules/engine.ts). Differential: the
// findings must be those of deciding every language first.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignLanguages, languagePending } from "../../src/language/detect.js";
import { Linter } from "../../src/linter.js";
import { segmentsOf, type Format } from "../../src/markup/index.js";
import { runRules } from "../../src/rules/engine.js";
import type { Rule } from "../../src/types.js";
import { exampleInputs, fixtureInputs, generatedText } from "../support/differential.js";

// rules of "none" only and of English only that report on every segment, to reach every path
const noneOnly: Rule = { meta: { id: "test/none-only", category: "test", severity: "info", description: "", languages: ["none"] }, check: ({ report }) => report({ start: 0, end: 0, message: "none" }) };
const englishOnly: Rule = { meta: { id: "test/en-only", category: "test", severity: "info", description: "", languages: ["en"] }, check: ({ report }) => report({ start: 0, end: 0, message: "en" }) };
const linter = new Linter();
const rules = [...linter.rules.slice(0, 3), noneOnly, ...linter.rules.slice(3), englishOnly];
const ruleSets = [linter.rules, rules, linter.rules.filter((rule) => rule.meta.id.startsWith("dictionary/"))];

function bothWays(text: string, format: Format) {
  for (const set of ruleSets) {
    const lazy = runRules(assignLanguages(segmentsOf(text, format)), set);
    const decided = assignLanguages(segmentsOf(text, format));
    for (const segment of decided) void segment.lang;
    expect(decided.some(languagePending)).toBe(false);
    expect(lazy).toEqual(runRules(decided, set));
  }
}

describe("languages decided when a rule needs them", () => {
  it("leaves an English paragraph undecided when no English-only rule reports there", () => {
    const segments = assignLanguages(segmentsOf("The school held a meeting on Monday with all of its teachers and students.\n"));
    expect(runRules(segments, linter.rules.filter((rule) => rule.meta.id.startsWith("dictionary/")))).toEqual([]);
    expect(segments.map(languagePending)).toEqual([true]);
  });

  it("drops the English rules' reports on another Latin language and keeps those of none", () => {
    const french = "Le gouvernement a annoncé mardi une nouvelle réforme des retraites , qui sera présentée au Parlement avant la fin du mois.";
    const findings = runRules(assignLanguages(segmentsOf(french)), rules);
    expect(findings.map((finding) => finding.ruleId)).toEqual(["test/none-only"]);
  });

  it("finds the same on every fixture and dictionary example", () => {
    for (const { text, format } of [...fixtureInputs(), ...exampleInputs(linter.entries)]) bothWays(text, format);
  });

  it("finds the same on generated text", () => {
    const phrases = linter.entries.flatMap((entry) => entry.phrases).slice(0, 400);
    fc.assert(fc.property(generatedText(phrases), (text) => bothWays(text, "text")), { numRuns: 300 });
  });
});
