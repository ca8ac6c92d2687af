import { describe, expect, it } from "vitest";
import { Linter } from "../../src/linter.js";
import { checkPairs, fixPairs } from "../support/bilingual.js";

const linter = new Linter({ glossaries: ["fixtures/bilingual/glossary.tsv"] });
const keyTerms = (en: string, zh: string) =>
  checkPairs(linter, [{ en, zh }], "key-term").map((f) => ({ text: en.slice(f.range[0], f.range[1]), message: f.message, fix: f.fix?.replacements[0], safety: f.fix?.safety }));

describe("key-term", () => {
  it.each([
    ["The university pursues fostering virtue through education.", "学校坚持立德树人。"],
    ["Moral education is the task.", "立德树人是根本任务。"], // an accepted variant
    ["Universities joined the Double First Class plan.", "高校入选双一流。"], // hyphen or space
    ["The State Council's decision", "國務院的決定"], // Traditional source, possessive
    ["Two Belt and Road projects", "两个一带一路项目"],
    ["He spoke at the National People's Congress.", "他在全国人民代表大会上发言。"], // longest term first: not also 人民代表大会
    ["The school stands for quality-oriented development.", "学校坚持内涵式发展。"], // a terminology dictionary entry
  ])("accepts %j for %j", (en, zh) => {
    expect(keyTerms(en, zh)).toEqual([]);
  });

  it("reports the expected rendering when the English lacks it", () => {
    expect(keyTerms("The school follows the principle of morality first.", "学校坚持立德树人。")).toEqual([
      {
        text: "The school follows the principle of morality first.",
        message: "The source (zh:1) has “立德树人”: expected “fostering virtue through education” (or “moral education”) in the English (fixtures/bilingual/glossary.tsv:2).",
        fix: undefined,
        safety: undefined,
      },
    ]);
  });

  it("replaces a known wrong rendering by the preferred one, keeping a capital", () => {
    const en = "One Belt One Road projects grew; the State Council agrees.";
    const zh = "一带一路项目增加，国务院同意。";
    expect(keyTerms(en, zh)).toEqual([
      {
        text: "One Belt One Road",
        message: "“One Belt One Road” renders “一带一路” in the source (zh:1): the glossary has “Belt and Road” (fixtures/bilingual/glossary.tsv:4).",
        fix: "Belt and Road",
        safety: "safe",
      },
    ]);
    expect(fixPairs(linter, [{ en, zh }])).toBe("Belt and Road projects grew; the State Council agrees.");
  });

  it("does not change a wrong rendering when the source lacks the term", () => {
    expect(keyTerms("One Belt One Road is an old name.", "这是一句别的话。")).toEqual([]);
  });

  it("leaves a terminology dictionary's wrong rendering to the dictionary entry (no second finding)", () => {
    const all = checkPairs(linter, [{ en: "The school pursues connotative development.", zh: "学校坚持内涵式发展。" }]);
    expect(all.map((f) => f.ruleId)).toEqual(["connotative-development"]);
    // and the same for a glossary's avoided rendering that a dictionary entry also matches
    const both = checkPairs(linter, [{ en: "Establishing morality and cultivating people is the task.", zh: "立德树人是根本任务。" }]);
    expect(both.map((f) => f.ruleId)).toEqual(["fostering-virtue-through-education-gerund"]);
  });

  it("checks the terminology dictionaries' safe terms without a glossary, naming the entry", () => {
    const plain = new Linter();
    expect(checkPairs(plain, [{ en: "The school pursues growth of a new kind.", zh: "学校坚持内涵式发展。" }], "key-term").map((f) => f.message)).toEqual([
      "The source (zh:1) has “内涵式发展”: expected “quality-oriented development” in the English (terminology entry connotative-development).",
    ]);
  });

  it("reads a term inside a longer term in the longer one's sense (美国国务院 is the State Department)", () => {
    expect(keyTerms("The State Department said its officials would decide.", "美国国务院表示，国务院官员将作决定。")).toEqual([]);
  });

  it("reports each term once per paragraph and several terms separately", () => {
    const messages = keyTerms("The Ministry decided it.", "教育部和国务院决定，教育部发布。").map((f) => f.message);
    expect(messages).toEqual([
      "The source (zh:1) has “教育部”: expected “Ministry of Education” in the English (fixtures/bilingual/glossary.tsv:8).",
      "The source (zh:1) has “国务院”: expected “State Council” in the English (fixtures/bilingual/glossary.tsv:7).",
    ]);
  });

  it("needs the source: a segment without one draws nothing", () => {
    expect(linter.check("Establishing morality and cultivating people is the basic task.").filter((f) => f.ruleId === "key-term")).toEqual([]);
  });
});
