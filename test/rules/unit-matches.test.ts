import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UNIT_NAME_PATTERN, unitMatches } from "../../src/rules/builtin/unit-name-capitalization.js";

// unitMatches is a faster way to run UNIT_NAME_PATTERN: it must find exactly what matchAll finds.
const pieces = [
  "the ", "international ", "Department", "Office", "Centre", "Center", "Bureau", "Section", "Division", " ", "  ", "\n", "-", "well-integrated ",
  "Cabinet ", "level ", "news ", "Office's", "Departments", "é", "ß", "’", "'", "x", "A", ",", ".", "\ud835\udc1a", "\u00a0",
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(""));
const describeMatches = (matches: Iterable<RegExpMatchArray>): string[] => [...matches].map((m) => `${m.index}:${m[0]}|${m[1]}|${m[2]}`);

describe("unitMatches", () => {
  it("finds what matchAll finds", () => {
    fc.assert(
      fc.property(text, (source) => {
        expect(describeMatches(unitMatches(source))).toEqual(describeMatches(source.matchAll(UNIT_NAME_PATTERN)));
      }),
      { numRuns: 5000 },
    );
  });

  it("finds consecutive names", () => {
    const source = "the logistics Office and the international Department, the news Centre";
    expect(describeMatches(unitMatches(source))).toHaveLength(3);
    expect(describeMatches(unitMatches(source))).toEqual(describeMatches(source.matchAll(UNIT_NAME_PATTERN)));
  });
});
