// Which fix goes first when two start at the same offset. A safe fix is
// certain and a suggestion is a guess: when they overlap, the suggestion is
// the one deferred to the next pass (where it may no longer match), never the
// safe fix; an insertion at that point still goes in before either.
import { describe, expect, it } from "vitest";
import { dictionaryLinter } from "../support/rule-tester.js";
import { applyFixes } from "../../src/fix/apply.js";
import type { Finding, Safety } from "../../src/types.js";

const finding = (ruleId: string, range: [number, number], replacement: string, safety: Safety): Finding => ({
  ruleId,
  category: "test",
  severity: "warning",
  message: ruleId,
  range,
  line: 1,
  column: range[0] + 1,
  endLine: 1,
  endColumn: range[1] + 1,
  fix: { range, replacements: [replacement], safety },
});

describe("applyFixes at one start", () => {
  const text = "the Safety Production Month opens";
  const shortSuggestion = finding("suggestion", [4, 21], "production safety", "suggestion");
  const longSafe = finding("safe", [4, 27], "Work Safety Month", "safe");

  it("applies the safe fix and defers the shorter suggestion", () => {
    for (const order of [[shortSuggestion, longSafe], [longSafe, shortSuggestion]]) {
      const result = applyFixes(text, order, true);
      expect(result.output).toBe("the Work Safety Month opens");
      expect(result.applied.map((f) => f.ruleId)).toEqual(["safe"]);
      expect(result.deferred.map((f) => f.ruleId)).toEqual(["suggestion"]);
    }
  });

  it("still applies the shorter one first when both are suggestions (or both safe)", () => {
    const longSuggestion = { ...longSafe, ruleId: "long", fix: { ...longSafe.fix!, safety: "suggestion" as const } };
    expect(applyFixes(text, [longSuggestion, shortSuggestion], true).applied.map((f) => f.ruleId)).toEqual(["suggestion"]);
  });

  it("puts an insertion at that point in before the safe fix", () => {
    const insertion = finding("insertion", [4, 4], "new ", "suggestion");
    const result = applyFixes(text, [longSafe, insertion], true);
    expect(result.output).toBe("the new Work Safety Month opens");
    expect(result.deferred).toEqual([]);
  });

  it("leaves suggestions out without --unsafe", () => {
    expect(applyFixes(text, [shortSuggestion, longSafe]).output).toBe("the Work Safety Month opens");
  });
});

describe("fix --unsafe with a safe entry and a shorter suggestion at one start", () => {
  const linter = dictionaryLinter(
    `category: terminology
entries:
  - id: safety-production-month
    match: Safety Production Month
    caseSensitive: true
    replace: Work Safety Month
    safety: safe
    message: 安全生产月 is Work Safety Month.
    examples: [{before: "the Safety Production Month", after: "the Work Safety Month"}]
    keep: ["the Work Safety Month"]
  - id: safety-production-guess
    regex: '(?<![\\p{L}\\p{N}])safety\\s+production(?![\\p{L}\\p{N}])'
    replace: production safety
    safety: suggestion
    message: Maybe production safety.
    examples: [{before: "safety production", after: "production safety"}]
    keep: ["production safety"]
`,
  );

  it("keeps the certain fix", () => {
    const text = "The Safety Production Month opens today.";
    // both entries report at offset 4: the tie this test is about
    expect(linter.check(text).map((f) => `${f.ruleId}@${f.range[0]}`).sort()).toEqual(["safety-production-guess@4", "safety-production-month@4"]);
    expect(linter.fix(text, { unsafe: true }).output).toBe("The Work Safety Month opens today.");
    expect(linter.fix(text).output).toBe("The Work Safety Month opens today.");
  });
});
