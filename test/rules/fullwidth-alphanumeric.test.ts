import { fullwidthAlphanumeric } from "../../src/rules/builtin/fullwidth-alphanumeric.js";
import { testRule } from "../support/rule-tester.js";

testRule(fullwidthAlphanumeric, {
  valid: ["In 2023, the AI lab opened.", "会议于２０２３年召开。"],
  invalid: [
    { text: "In ２０２３, the school opened.", output: "In 2023, the school opened.", errors: 1 },
    { text: "The ＡＩ lab opened.", output: "The AI lab opened.", errors: 1 },
    { text: "The school\u3000opened.", output: "The school opened.", errors: 1 },
    { text: "\u3000\u3000The school opened.", output: "The school opened.", errors: 1 },
  ],
});
