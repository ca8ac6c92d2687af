// How dictionary matches become findings. A match that already reads as the
// entry's first replacement is the preferred form: it is not reported (a
// broad regex also matches the correct name, and flagging correct English is
// harm). An entry whose phrases overlap (“make new and greater
// contributions”, “new and greater contributions”) reports once.
import { describe, expect, it } from "vitest";
import { dictionaryLinter } from "../support/rule-tester.js";

const linter = dictionaryLinter(
  `category: terminology
entries:
  - id: culture-and-tourism
    regex: '(?:Literature|Culture)\\s+and\\s+(?:Travel|Tourism)(?=\\s+Bureau)'
    caseSensitive: true
    replace: Culture and Tourism
    message: 文旅局 is the Culture and Tourism Bureau.
    examples: [{before: "the Literature and Tourism Bureau", after: "the Culture and Tourism Bureau"}]
    keep: ["the Culture and Tourism Bureau"]
  - id: party-committee-capitals
    match: Party Committee
    caseSensitive: false
    replace: [Party Committee, party committee]
    message: The name takes capitals.
    examples: [{before: "the party committee", after: "the Party Committee"}]
    keep: ["the Party Committee"]
  - id: new-and-greater-contributions
    match: [make new and greater contributions, new and greater contributions]
    replace: [make even greater contributions, even greater contributions]
    message: 作出新的更大贡献 is “make even greater contributions”.
    examples: [{before: "make new and greater contributions", after: "make even greater contributions"}]
    keep: ["make even greater contributions"]
`,
);

describe("a match already in the preferred form", () => {
  it("is not reported by a regex entry, while the wrong forms still are", () => {
    expect(linter.check("the Culture and Tourism Bureau")).toEqual([]);
    expect(linter.check("the Culture and Travel Bureau").map((f) => f.ruleId)).toEqual(["culture-and-tourism"]);
  });
  it("is not reported by a phrase entry either", () => {
    expect(linter.check("the Party Committee")).toEqual([]);
    expect(linter.fix("the party committee", { unsafe: true }).output).toBe("the Party Committee");
  });
});

describe("an entry whose phrases overlap", () => {
  it("reports the longest match once, not its shorter phrase inside it", () => {
    const findings = linter.check("We will make new and greater contributions, new and greater contributions.");
    expect(findings.map((f) => [f.ruleId, f.range])).toEqual([
      ["new-and-greater-contributions", [8, 42]],
      ["new-and-greater-contributions", [44, 73]],
    ]);
    expect(linter.fix("We will make new and greater contributions.", { unsafe: true }).output).toBe("We will make even greater contributions.");
  });
});
