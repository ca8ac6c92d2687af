// Case-sensitive phrase entries live in their own trie walk; their matches
// must be merged with the case-insensitive ones in text order, or a safe
// case-insensitive match further along hides them.
import { describe, expect, it } from "vitest";
import { parseDictionary } from "../src/dictionary/loader.js";
import { Linter } from "../src/linter.js";

const dictionary = parseDictionary(
  `category: terminology
entries:
  - id: sensitive
    match: [safety production]
    caseSensitive: true
    replace: work safety
    safety: safe
    message: m
    examples: [{ before: safety production, after: work safety }]
    keep: [Safety Production]
  - id: insensitive
    match: [connotative development]
    replace: quality-oriented development
    safety: safe
    message: m
    examples: [{ before: connotative development, after: quality-oriented development }]
    keep: [development]
`,
  "test.yml",
);
const linter = new Linter({ builtin: false, builtinRules: false, dictionaryObjects: [dictionary] });

describe("case-sensitive phrase entries", () => {
  it("fire before a case-insensitive safe match later in the text", () => {
    const text = "a line of safety production and the connotative development of the school";
    expect(linter.check(text).map((f) => f.ruleId)).toEqual(["sensitive", "insensitive"]);
    expect(linter.fix(text).output).toBe("a line of work safety and the quality-oriented development of the school");
  });
  it("keep their case", () => {
    expect(linter.check("the Safety Production Committee")).toEqual([]);
  });
});

describe("an entry's phrase inside its own longer match", () => {
  const nested = parseDictionary(
    `category: terminology
entries:
  - id: nested
    match: [the construction of ecological civilization, construction of ecological civilization]
    replace: ecological conservation
    message: m
    examples: [{ before: construction of ecological civilization, after: ecological conservation }]
    keep: [civilization]
`,
    "nested.yml",
  );
  const nestedLinter = new Linter({ builtin: false, builtinRules: false, dictionaryObjects: [nested] });
  it("is reported once", () => {
    expect(nestedLinter.check("promote the construction of ecological civilization").map((f) => f.range)).toEqual([[8, 51]]);
  });
});
