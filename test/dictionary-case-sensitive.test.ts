// Case-sensitive phrase entries live in their own trie walk; their matches
// must be merged with the case-insensitive ones in text order, or a safe
// case-insensitive match further along hides them.
import { describe, expect, it } from "vitest";
import { dictionaryLinter } from "./support/rule-tester.js";

const linter = dictionaryLinter(
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
);

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
  const nestedLinter = dictionaryLinter(
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
  it("is reported once", () => {
    expect(nestedLinter.check("promote the construction of ecological civilization").map((f) => f.range)).toEqual([[8, 51]]);
  });
});
