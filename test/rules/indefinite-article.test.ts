// A dictionary fix that changes the first sound of a noun phrase takes the
// indefinite article before it along: "a production-…" → "an industry-…".
import { describe, expect, it } from "vitest";
import { parseDictionary } from "../../src/dictionary/loader.js";
import { Linter } from "../../src/linter.js";
import { adjustArticle, startsWithVowelSound } from "../../src/rules/kinds/article.js";

const dictionary = parseDictionary(
  `category: terminology
defaults: { safety: safe }
entries:
  - id: to-vowel
    match: [production-study-research]
    replace: industry-university-research
    message: m
    examples: [{ before: production-study-research, after: industry-university-research }]
    keep: [industry]
  - id: to-consonant
    match: [immaterial heritage]
    replace: [living heritage, intangible heritage]
    message: m
    examples: [{ before: immaterial heritage, after: living heritage }]
    keep: [heritage]
  - id: regex-to-vowel
    regex: 'capital\\s+construction\\s+(office)'
    replace: infrastructure $1
    message: m
    examples: [{ before: capital construction office, after: infrastructure office }]
    keep: [office]
`,
  "test.yml",
);
const linter = new Linter({ builtin: false, builtinRules: false, dictionaryObjects: [dictionary] });
const fix = (text: string, unsafe = false): string => linter.fix(text, { unsafe }).output;

describe("a/an before a dictionary fix", () => {
  it.each([
    ["build a production-study-research base", "build an industry-university-research base"],
    ["A production-study-research base opened.", "An industry-university-research base opened."],
    ["an immaterial heritage", "a living heritage"],
    ["the director of a capital construction office", "the director of an infrastructure office"],
    ["the production-study-research base", "the industry-university-research base"],
    ["Kansas production-study-research", "Kansas industry-university-research"],
  ])("%s", (before, after) => expect(fix(before)).toBe(after));

  it("gives each replacement its own article", () => {
    const [finding] = linter.check("an immaterial heritage");
    expect(finding!.fix!.replacements).toEqual(["a living heritage", "an intangible heritage"]);
    expect(finding!.range).toEqual([0, 22]);
  });

  it("leaves the article alone when no replacement needs another", () => {
    expect(adjustArticle("a one network office", 2, ["one-stop online services"])).toEqual({ start: 2, replacements: ["one-stop online services"] });
  });

  it.each([
    ["industry", true], ["hour", true], ["SOE", true], ["FAQ", true],
    ["university", false], ["one-stop", false], ["European", false], ["CPC", false], ["living", false],
  ])("%s starts with a vowel sound: %s", (word, vowel) => expect(startsWithVowelSound(word)).toBe(vowel));
});
