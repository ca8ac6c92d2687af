import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber } from "../../src/bilingual/numbers.js";
import { Linter } from "../../src/linter.js";
import { parseChineseNumeral } from "../../src/numbers/chinese-numerals.js";
import { englishNumbers, monthIndex } from "../../src/numbers/english-text.js";
import { checkPairs } from "../support/bilingual.js";

const linter = new Linter();
const numbers = (en: string, zh: string) => checkPairs(linter, [{ en, zh }], "number-mismatch").map((f) => ({ text: en.slice(f.range[0], f.range[1]), message: f.message }));

describe("Chinese numerals", () => {
  it.each([
    ["三十五", 35], ["两千", 2000], ["一百零五", 105], ["十五", 15], ["三千五百万", 35_000_000], ["一亿二千万", 120_000_000],
    ["二〇二三", 2023], ["十九", 19], ["一万", 10_000],
  ])("%s is %d", (text, value) => expect(parseChineseNumeral(text)).toBe(value));
  it.each(["十四五", "十一五", "万一", "千万", "一五一十"])("%s is not a number", (text) => expect(parseChineseNumeral(text)).toBeUndefined());
});

describe("number-mismatch", () => {
  it.each([
    ["On August 30, 2023, the delegation arrived.", "2023年8月30日，代表团抵达。"],
    ["On 30 August 2023 the delegation arrived.", "2023年8月30日，代表团抵达。"],
    ["In October 2023 the plan began.", "二〇二三年十月，计划启动。"],
    ["The school has 35,000 students.", "学校有3.5万名学生。"],
    ["The school has 35 thousand students.", "学校有3.5万名学生。"],
    ["Investment reached 120 million yuan.", "投资达1.2亿元。"],
    ["The rate rose 12.5% this year.", "今年增长率上升12.5%。"],
    ["Half of them, 50 percent, agreed.", "其中百分之五十同意。"],
    ["More than 5.5 million people fled.", "已有550多万人逃离。"],
    ["It cost £2.8bn in all.", "总共花费28亿英镑。"],
    ["Two thousand volunteers came.", "两千名志愿者来了。"],
    ["The 19th National Congress opened.", "十九大开幕。"],
    ["Three students and a teacher met.", "三名学生和一名老师见面。"], // single characters excuse, never report
    ["The 14th Five-Year Plan is new.", "十四五规划是新的。"], // 十四五 is a name, not a number
    ["It happened in the 1980s.", "这发生在上世纪八十年代。"],
    ["It happened in the 1930s.", "这发生在20世纪30年代。"],
    ["She arrived at 7.55am.", "她早上7:55到达。"],
    ["The meeting was at 6 a.m.", "会议在上午6点。"],
    ["Sales fell in 2018.", "去年销量下降。"], // a year the source gives as 去年
    ["COVID-19 and the G20 summit", "新冠肺炎和二十国集团峰会"], // numbers in names
    ["in the past two decades", "在过去20年里"],
    ["The score was 14½-13½.", "比分为14½-13½。"],
  ])("accepts %j for %j", (en, zh) => {
    expect(numbers(en, zh)).toEqual([]);
  });

  it("reports a source number the English lacks, with its value", () => {
    expect(numbers("The school has 3,500 students.", "学校有3.5万名学生。")).toEqual([
      { text: "The school has 3,500 students.", message: "The source (zh:1) has “3.5万” (35,000), which is not in the English." },
      { text: "3,500", message: "“3,500” is not in the source (zh:1)." },
    ]);
  });

  it("reports a wrong day of a date", () => {
    expect(numbers("On August 31, 2023, the delegation arrived.", "2023年8月30日，代表团抵达。")).toEqual([
      { text: "On August 31, 2023, the delegation arrived.", message: "The source (zh:1) has “30”, which is not in the English." },
      { text: "31", message: "“31” is not in the source (zh:1)." },
    ]);
  });

  it("reports a Chinese numeral of ten and more that the English lacks", () => {
    expect(numbers("Many volunteers came.", "两千名志愿者来了。").map((f) => f.message)).toEqual(["The source (zh:1) has “两千” (2,000), which is not in the English."]);
  });

  it("reports a percentage that differs", () => {
    expect(numbers("The rate rose 15% this year.", "今年增长率上升12.5%。").map((f) => f.message)).toEqual([
      "The source (zh:1) has “12.5%”, which is not in the English.",
      "“15%” is not in the source (zh:1).",
    ]);
  });

  it("reports 亿 read as a billion (1.2亿 is 120 million)", () => {
    expect(numbers("Investment reached 1.2 billion yuan.", "投资达1.2亿元。").map((f) => f.message)).toEqual([
      "The source (zh:1) has “1.2亿” (120,000,000), which is not in the English.",
      "“1.2 billion” is not in the source (zh:1).",
    ]);
  });
});

describe("English numbers: the shortcuts", () => {
  const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
  /** the search through the month names that monthIndex replaces */
  const searched = (word: string, written: string) => MONTHS.findIndex((name) => name === word || (word.length >= 3 && name.startsWith(word) && /^[A-Z]/.test(written)));
  const prefixes = MONTHS.flatMap((name) => [...name].map((_, k) => name.slice(0, k + 1)));
  const casings = (word: string) => [word, word.toUpperCase(), word.charAt(0).toUpperCase() + word.slice(1), `É${word}`];

  it("monthIndex finds the month a search through the names finds, for every beginning of every month in every casing", () => {
    for (const prefix of [...prefixes, "mayday", "janus", "decimal", "marchers", "ma", "ju", "", "octopus", "augur"]) {
      for (const written of casings(prefix)) expect(monthIndex(written.toLowerCase(), written), written).toBe(searched(written.toLowerCase(), written));
    }
  });

  it("monthIndex agrees with the search on generated words", () => {
    const letters = fc.constantFrom(..."abcdefghijlmnoprstuvyADJFMSONÉ");
    fc.assert(fc.property(fc.array(letters, { maxLength: 9 }).map((chars) => chars.join("")), (written) => monthIndex(written.toLowerCase(), written) === searched(written.toLowerCase(), written)), { numRuns: 5000, seed: 6 });
  });

  it("an English text without an ASCII digit has no strong number (so number-mismatch skips it when the source has none)", () => {
    const pieces = fc.constantFrom("three", "½", "٣", "３", "Ⅻ", "²", "twenty-one", "first", "1", " ", "a", "%", "m", "bn", "thousand", "，", "١٢", "10th", "O'clock", "a.m.");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join(" ")), (text) => /[0-9]/.test(text) || englishNumbers(text).strong.length === 0),
      { numRuns: 3000, seed: 6 },
    );
  });

  it("reports the same with and without a digit when the source has no strong number", () => {
    expect(numbers("Three people came.", "三人来了。")).toEqual([]);
    expect(numbers("The 3 of them came.", "他们来了。")).toEqual([{ text: "3", message: "“3” is not in the source (zh:1)." }]);
  });
});

describe("English numbers: words named like Object.prototype's properties", () => {
  it("reads them as it always has (the object lookups the maps replace)", () => {
    // a word is lower-cased first, so only "constructor" is such a name: the word table found Object.prototype's constructor for it
    for (const text of ["The constructor paid 3 million.", "Constructor one hundred"]) {
      const { values, strong } = englishNumbers(text);
      expect(values.filter((value) => typeof value !== "number").length, text).toBeGreaterThan(0);
      expect(strong.map((n) => n.value), text).toEqual(text.includes("3 million") ? [3_000_000] : []);
    }
    expect(englishNumbers("toString one hundred").values).toEqual([1, 1, 100]);
  });
});

describe("the numbers in messages", () => {
  it("are written as toLocaleString writes them", () => {
    fc.assert(fc.property(fc.oneof(fc.double(), fc.integer(), fc.constantFrom(35000, 0.5, 1e21, -0, 3.1415926535)), (value) => formatNumber(value) === value.toLocaleString("en-US", { maximumFractionDigits: 6 })));
  });
});
