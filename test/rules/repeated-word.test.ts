import { repeatedWord } from "../../src/rules/builtin/repeated-word.js";
import { testRule } from "../support/rule-tester.js";

testRule(repeatedWord, {
  valid: ["He had had enough.", "She said that that was fine.", "It took in in taxes.", "Walla Walla is a city.", "the end.\nThe next line"],
  invalid: [
    { text: "access to the the towns", output: "access to the towns", errors: 1 },
    { text: "according to to the official", output: "according to the official", errors: 1 },
    { text: "the school school was new", output: "the school was new", errors: 1 },
  ],
});
