import { describe, expect, it } from "vitest";
import { NEVER_HAN } from "../../src/bilingual/untranslated-paragraph.js";
import { Linter } from "../../src/linter.js";
import { untranslatedChinese } from "../../src/rules/builtin/untranslated-chinese.js";
import { checkPairs } from "../support/bilingual.js";
import { testRule } from "../support/rule-tester.js";

const linter = new Linter({ glossaries: ["fixtures/bilingual/glossary.tsv"] });

describe("untranslated-paragraph", () => {
  const untranslated = (en: string, zh: string) => checkPairs(linter, [{ en, zh }], "untranslated-paragraph").map((f) => f.message);

  it("reports a paragraph left in Chinese", () => {
    expect(untranslated("学校召开了全体教职工大会，部署新学期工作。", "学校召开全体教职工大会，部署新学期工作。")).toEqual([
      "This paragraph is still in Chinese: its source is zh:1.",
    ]);
  });

  it("reports the source copied unchanged (whitespace and width aside)", () => {
    expect(untranslated("北京理工大学 2023", "北京理工大学　２０２３")).toEqual(["This paragraph is its source (zh:1) copied unchanged: it is not translated."]);
  });

  it.each([
    ["The university held a staff meeting.", "学校召开全体教职工大会。"],
    ["iPhone 15", "iPhone 15"], // a source without Chinese: the same text is the translation
  ])("accepts %j for %j", (en, zh) => expect(untranslated(en, zh)).toEqual([]));
});

describe("untranslated-chinese: Chinese left inside English", () => {
  const fragments = (text: string) => linter.check(text).filter((f) => f.ruleId === "untranslated-chinese").map((f) => ({ text: text.slice(f.range[0], f.range[1]), message: f.message, fix: f.fix?.replacements[0] }));

  it("offers the English date for a Chinese date", () => {
    expect(fragments("The meeting on 2023年10月18日 was opened by the president.")).toEqual([
      { text: "2023年10月18日", message: "Untranslated Chinese date “2023年10月18日”: “October 18, 2023”.", fix: "October 18, 2023" },
    ]);
    expect(linter.fix("The meeting on 2023年10月18日 was opened by the president.", { unsafe: true }).output).toBe("The meeting on October 18, 2023 was opened by the president.");
    expect(fragments("The programme for the new students began in 二〇二三年十月 and it ended on 12月5日 with a ceremony in the hall.").map((f) => f.fix)).toEqual(["October 2023", "December 5"]);
  });

  it("offers a glossary term's rendering, for Traditional text too", () => {
    expect(fragments("The school follows 立德树人 in all its work.")).toEqual([
      { text: "立德树人", message: "Untranslated Chinese “立德树人”: the glossary has “fostering virtue through education” (fixtures/bilingual/glossary.tsv:2).", fix: "fostering virtue through education" },
    ]);
    expect(fragments("A report to the 國務院 today.").map((f) => f.fix)).toEqual(["State Council"]);
  });

  it("offers a terminology dictionary entry's rendering (its zh field), without a glossary", () => {
    const plain = new Linter();
    expect(plain.check("The school pursues 内涵式发展 in its plans for the next five years.").filter((f) => f.ruleId === "untranslated-chinese").map((f) => f.fix?.replacements)).toEqual([["quality-oriented development"]]);
  });

  it("names the glossary terms inside a longer fragment, and reports the rest", () => {
    expect(fragments("At the meeting they discussed 坚持立德树人的要求 at length with the teachers and the students.")).toEqual([
      { text: "坚持立德树人的要求", message: "Untranslated Chinese “坚持立德树人的要求” in English text. Glossary: 立德树人 = “fostering virtue through education”.", fix: undefined },
    ]);
    expect(fragments("They visited the new 良乡校区 campus today with the dean.")).toEqual([{ text: "良乡校区", message: "Untranslated Chinese “良乡校区” in English text.", fix: undefined }]);
  });
});

testRule(untranslatedChinese, {
  valid: ["Dates in English: October 18, 2023."],
  invalid: [
    { text: "Founded on 1940年9月1日 in Yan'an.", output: "Founded on September 1, 1940 in Yan'an.", errors: [{ line: 1, column: 12 }] },
    { text: "It is 13月 now.", output: "It is 13月 now.", errors: 1 }, // not a month: reported, no suggestion
  ],
});

describe("untranslated-paragraph: the English that cannot be its source copied", () => {
  const HAN = /\p{Script=Han}/u;
  const chars = [...Array.from({ length: 0x250 }, (_, c) => c), ...Array.from({ length: 0x70 }, (_, c) => 0x2000 + c)].map((c) => String.fromCodePoint(c));

  it("NEVER_HAN characters normalise to no Han character, alone or side by side", () => {
    expect(chars.every((char) => NEVER_HAN.test(char))).toBe(true);
    expect(NEVER_HAN.test("€")).toBe(false);
    const han = chars.flatMap((a) => [a, ...chars.map((b) => a + b)]).filter((text) => HAN.test(text.normalize("NFKC")));
    expect(han).toEqual([]);
  });

  it("every Han character normalises to Han (so a source with Han keeps some)", () => {
    const lost: string[] = [];
    for (let c = 0x2e80; c < 0x110000; c++) {
      if (c >= 0xd800 && c < 0xe000) continue;
      const char = String.fromCodePoint(c);
      if (HAN.test(char) && !HAN.test(char.normalize("NFKC"))) lost.push(char);
    }
    expect(lost).toEqual([]);
  });
});
