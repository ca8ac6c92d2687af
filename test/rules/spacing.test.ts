import { describe, expect, it } from "vitest";
import { Linter } from "../../src/linter.js";
import { doubleSpace } from "../../src/rules/builtin/double-space.js";
import { missingSpaceAfterPunctuation } from "../../src/rules/builtin/missing-space-after-punctuation.js";
import { spaceBeforePunctuation } from "../../src/rules/builtin/space-before-punctuation.js";
import { testRule } from "../support/rule-tester.js";

testRule(doubleSpace, {
  valid: [
    "One space only.",
    "    Indented line stays.",
    "Trailing spaces stay  \nhere.",
    // columns typed with spaces: one space would break the table
    "Name      Age   City\nAlice     30    Boston",
    "Name  Age\nBob   30",
    "Item     Price\nTea        3.5\nCoffee    12.0",
    "Tea  3\nCup  4\nPen  5",
    // two spaces after a sentence's end is a typing style
    "He paused.  Then he left.",
    "Is it?  Yes!  It is.",
    "He said “Stop.”  Then he left.",
    "(It rained.)  We stayed in.",
  ],
  invalid: [
    { text: "Two  spaces.", output: "Two spaces.", errors: 1 },
    { text: "Three   spaces and  two.", output: "Three spaces and two.", errors: 2 },
    // MT's stray gaps on two lines, at the same columns by chance only
    { text: "The school  held a meeting\non the new  semester.", output: "The school held a meeting\non the new semester.", errors: 2 },
    // after a full stop but before a lower-case word: not a new sentence
    { text: "Dr.  smith came.", output: "Dr. smith came.", errors: 1 },
    // more than two after a full stop: offered, not applied by `fix`
    { text: "He paused.   Then he left.", output: "He paused. Then he left.", errors: 1 },
  ],
});

describe("double-space safety", () => {
  const linter = new Linter({ builtin: false, builtinRules: false, customRules: [doubleSpace], rules: { "double-space": "warning" } });
  it.each([
    ["Two  spaces.", "Two spaces."],
    ["He paused.   Then he left.", "He paused.   Then he left."],
  ])("fix without --unsafe: %j → %j", (text, output) => {
    expect(linter.fix(text).output).toBe(output);
  });
});

testRule(spaceBeforePunctuation, {
  valid: ["No space, here.", "He paused . . . and went on.", "Open file .jpg names", "Rate .5 percent", "Wait ... what"],
  invalid: [
    { text: "The campus , the school .", output: "The campus, the school.", errors: 2 },
    { text: "Really ? Yes !", output: "Really? Yes!", errors: 2 },
  ],
});

testRule(missingSpaceAfterPunctuation, {
  valid: ["The U.S. Army.", "See example.com today.", "Ph.D. students", "Version 2.0 is out.", "Write to a,b@example.com", "Visit https://a.cn/x,y today"],
  invalid: [
    { text: "the Liangxiang campus.In the school", output: "the Liangxiang campus. In the school", errors: 1 },
    { text: "teachers,students and staff", output: "teachers, students and staff", errors: 1 },
  ],
});
