import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countLatinWords, leftToFranc } from "../../src/language/latin.js";

// countLatinWords is a char-code loop standing for this definition: the
// matches of /\p{Script=Latin}+/gu, and those whose lower case is a function word.
const FUNCTION_WORDS = new Set("the of and to in a an is are was were for on with by at from that this it as be has have had not or but will would its their his her they he she we you i our which who".split(" "));
function byRegex(text: string): { words: number; functionWords: number } {
  const words = text.match(/\p{Script=Latin}+/gu) ?? [];
  return { words: words.length, functionWords: words.filter((word) => FUNCTION_WORDS.has(word.toLowerCase())).length };
}

describe("countLatinWords", () => {
  it.each([
    "The president visited the campus",
    "THE Of AND, to-in a'an is.are WAS were",
    "Le président a visité le campus lundi dernier",
    "ſhe and the \u212Ahe THEIR theirs whichever",
    "数字 2024 and 中文 the𝐀𝐁 𝼀x ǅa Ωmega", // astral Latin (U+1DF00), a lone title-case digraph, Greek
    "\ud800the \udc00an",
    "",
  ])("agrees with the regex on %j", (text) => {
    expect(countLatinWords(text)).toEqual(byRegex(text));
  });

  it("agrees with the regex on any text", () => {
    const pieces = fc.constantFrom("the", "THE", "an", "Which", "whichx", "é", "ſ", "\u212A", "字", " ", "-", "1", "𝼀", "\ud800", "\udc00", "ǅ", "Ω", "a");
    fc.assert(fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: "binary" })), { maxLength: 20 }), (parts) => {
      const text = parts.join("");
      expect(countLatinWords(text)).toEqual(byRegex(text));
    }), { numRuns: 3000 });
  });
});

// leftToFranc stops counting once the text is surely English (see
// countLatinWords): its answer must be the one the whole count gives, with
// texts whose share of function words lies on either side of 12 %, and tails
// of one-letter words, the most words the chars left can hold.
describe("leftToFranc", () => {
  const byWholeCount = (text: string): boolean => {
    const { words, functionWords } = byRegex(text);
    return text.length >= 40 && words >= 8 && functionWords / words < 0.12;
  };

  it.each([
    "the x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x",
    "the the x x x x x x x x x x x x x x x x x x x x",
    "the the x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x",
    "of of x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x",
    "word word word word word word word the x x x x x x x x x x x x x x x x x x x x",
    // one word after "the": 1 in 8 so far, 1 in 9 in all
    "wordy wordy wordy wordy wordy wordy wordy the x",
    "Le président a visité le campus lundi dernier avec les étudiants",
  ])("answers as the whole count on %j", (text) => {
    expect(leftToFranc(text)).toBe(byWholeCount(text));
  });

  it("answers as the whole count on any text", () => {
    const pieces = fc.constantFrom("the ", "of ", "a ", "word ", "é", "𝼀", "字", " ", "-", "1", ". ");
    // a head of any words, then a tail of one-letter words (the bound is tight there)
    fc.assert(fc.property(fc.array(pieces, { maxLength: 60 }), fc.nat(80), (parts, tail) => {
      const text = parts.join("") + " x".repeat(tail);
      expect(leftToFranc(text)).toBe(byWholeCount(text));
    }), { numRuns: 5000 });
  });
});
