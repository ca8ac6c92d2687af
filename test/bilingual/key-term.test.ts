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
    ["Universities joined the Double First Class plan.", "高校入选双一流建设。"], // hyphen or space
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
    const en = "Establishing morality and cultivating people is the basic task; the State Council agrees.";
    expect(keyTerms(en, "立德树人是根本任务，国务院同意。")).toEqual([
      {
        text: "Establishing morality and cultivating people",
        message: "“Establishing morality and cultivating people” renders “立德树人” in the source (zh:1): the glossary has “fostering virtue through education” (fixtures/bilingual/glossary.tsv:2).",
        fix: "Fostering virtue through education",
        safety: "safe",
      },
    ]);
    expect(fixPairs(linter, [{ en, zh: "立德树人是根本任务，国务院同意。" }])).toBe("Fostering virtue through education is the basic task; the State Council agrees.");
  });

  it("does not change a wrong rendering when the source lacks the term", () => {
    expect(keyTerms("Establishing morality and cultivating people is old.", "这是一句别的话。")).toEqual([]);
  });

  it("leaves a terminology dictionary's wrong rendering to the dictionary entry (no second finding)", () => {
    const all = checkPairs(linter, [{ en: "The school pursues connotative development.", zh: "学校坚持内涵式发展。" }]);
    expect(all.map((f) => f.ruleId)).toEqual(["connotative-development"]);
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
