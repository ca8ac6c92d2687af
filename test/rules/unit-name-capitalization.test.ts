import { unitNameCapitalization } from "../../src/rules/builtin/unit-name-capitalization.js";
import { testRule } from "../support/rule-tester.js";

testRule(unitNameCapitalization, {
  valid: [
    "He visited the International Department of the school.",
    "She joined the Department in 2019.",
    "The new Office opened on Monday.",
    "The department and the office were merged.",
    "He works at the State Council Information Office.",
  ],
  invalid: [
    {
      text: "He visited the international Department of the high school.",
      output: "He visited the International Department of the high school.",
      errors: [{ line: 1, column: 16 }],
    },
    {
      text: "Party and government offices, logistics infrastructure Office, and others attended.",
      output: "Party and government offices, Logistics Infrastructure Office, and others attended.",
      errors: 1,
    },
    { text: "They went to the project Department.", output: "They went to the Project Department.", errors: 1 },
  ],
});
