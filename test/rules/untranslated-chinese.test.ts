import { untranslatedChinese } from "../../src/rules/builtin/untranslated-chinese.js";
import { testRule } from "../support/rule-tester.js";

testRule(untranslatedChinese, {
  valid: ["All English here.", "全部是中文的段落，不检查。"],
  invalid: [
    { text: "The school follows the motto 立德树人 in its work.", output: "The school follows the motto 立德树人 in its work.", errors: [{ line: 1, column: 30 }] },
    { text: "In August the secretary visited 北京理工大学 and then toured the new 良乡校区 with the staff.", output: "In August the secretary visited 北京理工大学 and then toured the new 良乡校区 with the staff.", errors: 2 },
  ],
});
