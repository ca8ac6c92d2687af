import { doubleSpace } from "../../src/rules/builtin/double-space.js";
import { missingSpaceAfterPunctuation } from "../../src/rules/builtin/missing-space-after-punctuation.js";
import { spaceBeforePunctuation } from "../../src/rules/builtin/space-before-punctuation.js";
import { testRule } from "../support/rule-tester.js";

testRule(doubleSpace, {
  valid: ["One space only.", "    Indented line stays.", "Trailing spaces stay  \nhere."],
  invalid: [
    { text: "Two  spaces.", output: "Two spaces.", errors: 1 },
    { text: "Three   spaces and  two.", output: "Three spaces and two.", errors: 2 },
  ],
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
