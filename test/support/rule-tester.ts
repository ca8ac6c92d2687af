// ESLint's RuleTester, cut to mtclean: `valid` texts must draw no finding;
// each `invalid` case must draw exactly its findings and fix to `output`
// (suggestions applied), and fixing the output again must change nothing.
import { describe, expect, it } from "vitest";
import { parseDictionary } from "../../src/dictionary/loader.js";
import { Linter } from "../../src/linter.js";
import type { Rule } from "../../src/types.js";

export interface InvalidCase {
  text: string;
  /** the text after fixing with suggestions applied; the text itself when the rule only reports */
  output: string;
  /** the number of findings, or their 1-based positions */
  errors: number | { line: number; column: number }[];
}

export function testRule(rule: Rule, cases: { valid: string[]; invalid: InvalidCase[] }): void {
  const linter = new Linter({ builtin: false, builtinRules: false, customRules: [rule], rules: { [rule.meta.id]: rule.meta.severity } });
  const texts = [...cases.valid, ...cases.invalid.map((c) => c.text)];
  describe(rule.meta.id, () => {
    it("has no duplicate cases", () => expect(new Set(texts).size).toBe(texts.length));
    for (const text of cases.valid) {
      it(`valid: ${JSON.stringify(text).slice(0, 70)}`, () => {
        expect(linter.check(text).map((f) => f.message)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${JSON.stringify(c.text).slice(0, 70)}`, () => {
        const findings = linter.check(c.text);
        if (typeof c.errors === "number") expect(findings).toHaveLength(c.errors);
        else expect(findings.map((f) => ({ line: f.line, column: f.column }))).toEqual(c.errors);
        const fixable = findings.some((f) => f.fix);
        if (fixable) expect(c.output, "a case whose findings carry fixes must change the text").not.toBe(c.text);
        else expect(c.output, "a report-only case keeps its text").toBe(c.text);
        const { output } = linter.fix(c.text, { unsafe: true });
        expect(output).toBe(c.output);
        expect(linter.fix(output, { unsafe: true }).output).toBe(output);
        if (!rule.meta.safety) expect(findings.every((f) => !f.fix)).toBe(true);
      });
    }
  });
}

/** A linter with only the dictionary given here as YAML (no built-in rules or dictionaries), as a dictionary author's file would run. */
export function dictionaryLinter(yaml: string, file = "test.yml"): Linter {
  return new Linter({ builtin: false, builtinRules: false, dictionaryObjects: [parseDictionary(yaml, file)] });
}
