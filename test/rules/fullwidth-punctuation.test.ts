import { fullwidthPunctuation } from "../../src/rules/builtin/fullwidth-punctuation.js";
import { testRule } from "../support/rule-tester.js";

testRule(fullwidthPunctuation, {
  valid: [
    "Hello, world.",
    "Curly quotes “stay” as they are, and so do ‘single’ ones.",
    "An English ellipsis… and a dash — stay.",
    "A doubled em dash——as some typesetters use——stays.",
    "学校召开会议。",
    "The motto “立德树人。” is reported as untranslated, not converted.",
    // a pair is converted both or neither: the opening mark touches Chinese
    "Her name is 王小明（Wang Xiaoming） here.",
    "The film（Red Sorghum 红高粱） was shown.",
    "The words 「侘寂」 and 「侘び寂び」 are related.",
  ],
  invalid: [
    { text: "Hello，world。", output: "Hello, world.", errors: [{ line: 1, column: 6 }, { line: 1, column: 12 }] },
    { text: "the Liangxiang campus。In the school", output: "the Liangxiang campus. In the school", errors: 1 },
    { text: "He said：“We will.”", output: "He said: “We will.”", errors: 1 },
    { text: "“It is done。”", output: "“It is done.”", errors: 1 },
    { text: "Beijing（China）is big.", output: "Beijing (China) is big.", errors: 2 },
    { text: "teachers、students and staff", output: "teachers, students and staff", errors: 1 },
    { text: "the book 《Red Sorghum》 was read", output: "the book “Red Sorghum” was read", errors: 2 },
    { text: "Really？ Yes！", output: "Really? Yes!", errors: 2 },
    { text: "first；second", output: "first; second", errors: 1 },
    { text: "The end。\r\nNext line。", output: "The end.\r\nNext line.", errors: 2 },
    { text: "campus 。 Next", output: "campus. Next", errors: 1 },
    { text: "at 10：30 today", output: "at 10:30 today", errors: 1 },
    { text: "wait……then", output: "wait... then", errors: 1 },
    { text: "3～5 days", output: "3-5 days", errors: 1 },
    { text: "【News】 The school", output: "[News] The school", errors: 2 },
    { text: "The school（ Beijing ）opened.", output: "The school (Beijing) opened.", errors: 2 },
    // kana are not Chinese: a Japanese word in full-width quotes gets English quotes
    { text: "The word 「かわいい」 is Japanese.", output: "The word “かわいい” is Japanese.", errors: 2 },
    { text: "The book 《Notes（2nd edition）》 was read", output: "The book “Notes (2nd edition)” was read", errors: 4 },
    // an unpaired mark is still decided on its own
    { text: "Beijing）is big.", output: "Beijing) is big.", errors: 1 },
    { text: "Her name is 王小明（Wang（Xiaoming） here.", output: "Her name is 王小明（Wang (Xiaoming) here.", errors: 2 },
  ],
});
