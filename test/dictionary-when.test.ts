// `when` conditions: case-insensitive like their entry, unless they ask for
// capitals with when.caseSensitive (so that \p{Lu} means a capital letter).
import { describe, expect, it } from "vitest";
import { parseDictionary } from "../src/dictionary/loader.js";
import { Linter } from "../src/linter.js";

const dictionary = (when: string) =>
  parseDictionary(
    `category: phrasing
entries:
  - id: on-site-research
    match: on-site research
    replace: an on-site inspection
    message: 实地调研 is an inspection visit.
    when:
      followedBy: '\\s+at\\s+(?:the\\s+)?\\p{Lu}'
${when}
    examples: [{before: "conducted on-site research at the Wuhan campus", after: "conducted an on-site inspection at the Wuhan campus"}]
    keep: ["on-site research at the wetlands"]
`,
    "test.yml",
  );

const fires = (when: string, text: string): boolean =>
  new Linter({ builtin: false, builtinRules: false, dictionaryObjects: [dictionary(when)] }).check(text).length > 0;

describe("when.caseSensitive", () => {
  it("without it, \\p{Lu} in a condition matches any letter (the entry is case-insensitive)", () => {
    expect(fires("", "on-site research at the wetlands")).toBe(true);
  });
  it("with it, the condition needs a capital, while the phrase still matches any case", () => {
    const when = "      caseSensitive: true";
    expect(fires(when, "on-site research at the wetlands")).toBe(false);
    expect(fires(when, "On-site research at the Wuhan campus")).toBe(true);
  });
  it("must be true or false", () => {
    expect(() => dictionary("      caseSensitive: yes please")).toThrow(/when\.caseSensitive. must be true or false/);
  });
});
