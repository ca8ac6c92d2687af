import { describe, expect, it } from "vitest";
import { TextFacts } from "../../src/cli/large/text-facts.js";

const factsOf = (...pieces: string[]): TextFacts => {
  const facts = new TextFacts();
  for (const piece of pieces) facts.add(piece);
  return facts;
};

describe("TextFacts: what a text read in pieces holds", () => {
  it("finds a directive marker wherever the pieces split it, even across pieces shorter than it", () => {
    const text = "Some text.\n\nmtclean-disable\n\nMore text.";
    for (let i = 0; i <= text.length; i++) {
      for (let j = i; j <= text.length; j++) expect(factsOf(text.slice(0, i), text.slice(i, j), text.slice(j)).directive).toBe(true);
    }
    expect(factsOf("mtclean", "_disable").directive).toBe(false);
  });

  it("counts the length, and a BOM at the start is no Han char but one anywhere else may be", () => {
    expect(factsOf("\uFEFFab", "cd")).toMatchObject({ length: 5, mayHaveHan: false });
    expect(factsOf("ab", "\uFEFFcd").mayHaveHan).toBe(true);
    expect(factsOf("“quoted” — café", "½").mayHaveHan).toBe(false);
    // a surrogate (lone or paired) is above U+2E80: a text with none can be written out and read back as it was
    expect(factsOf("a\ud83d").mayHaveHan).toBe(true);
    expect(factsOf("a", "\ude42").mayHaveHan).toBe(true);
  });
});
