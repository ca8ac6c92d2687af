import { describe, expect, it } from "vitest";
import { Linter } from "../../src/index.js";
import { untranslatedChinese } from "../../src/rules/builtin/untranslated-chinese.js";
import { testRule } from "../support/rule-tester.js";

testRule(untranslatedChinese, {
  valid: ["All English here.", "全部是中文的段落，不检查。"],
  invalid: [
    { text: "The school follows the motto 立德树人 in its work.", output: "The school follows the motto 立德树人 in its work.", errors: [{ line: 1, column: 30 }] },
    { text: "In August the secretary visited 北京理工大学 and then toured the new 良乡校区 with the staff.", output: "In August the secretary visited 北京理工大学 and then toured the new 良乡校区 with the staff.", errors: 2 },
  ],
});

describe("a Chinese gloss in parentheses after the English", () => {
  const linter = new Linter();
  const severities = (text: string) => linter.check(text).filter((f) => f.ruleId === "untranslated-chinese").map((f) => f.severity);
  it.each([
    ["Foreign Minister Wang Yi (王毅) met his counterpart on Monday.", ["info"]],
    ["Foreign Minister Wang Yi（王毅）met his counterpart on Monday.", ["info"]],
    ["The household registration system, hukou (户口), was reformed.", ["info"]],
    ["The minister (王毅) met his counterpart.", ["info"]],
    ["(王毅) met his counterpart on Monday in the capital.", ["error"]],
    ["The minister met 王毅 on Monday in the capital city.", ["error"]],
    ["Wang Yi (王毅 and others) met the delegation on Monday.", ["error"]],
  ])("%s", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });

  it("offers no replacement for a gloss, even when the glossary knows the term", () => {
    const withGlossary = new Linter({ glossaries: ["fixtures/bilingual/glossary.tsv"] });
    const [finding] = withGlossary.check("The motto, fostering virtue through education (立德树人), guides the school.").filter((f) => f.ruleId === "untranslated-chinese");
    expect(finding?.severity).toBe("info");
    expect(finding?.replacements ?? []).toEqual([]);
  });
});
