// Phrases that are machine translation in Chinese news and correct English
// elsewhere: their entries are suggestions, so `fix` leaves the English
// byte-identical and `check` still shows the entry (a `keep` text must draw no
// finding at all, so these sentences cannot be keep texts of the suggestions).
// Each one was changed by a safe fix before.
import { describe, expect, it } from "vitest";
import { Linter } from "../../src/linter.js";

const linter = new Linter();

const cases: { text: string; entry: string }[] = [
  { text: "The core values of socialism in Cuba are contested.", entry: "core-values-of-socialism" },
  { text: "Each curriculum ideology shapes the teaching.", entry: "curriculum-ideology" },
  { text: "The student work section of the show opened on Friday.", entry: "student-work-team" },
  { text: "We built one network to handle all traffic.", entry: "one-network-to-handle" },
  { text: "Models of forest growth systems differ.", entry: "river-master-system" },
  { text: "The farm teaches safe production methods.", entry: "safe-production" },
  { text: "In 1950 the state owned land and banks.", entry: "state-owned-hyphen-after-determiner" },
  { text: "By 1960 the Soviet state owned land, factories and banks.", entry: "state-owned-hyphen-after-determiner" },
  { text: "The state owned land and banks until 1990.", entry: "state-owned-hyphen-after-determiner" },
];

describe("entries whose phrase is also correct English", () => {
  for (const { text, entry } of cases) {
    it(`${entry}: fix leaves “${text}” alone, check suggests`, () => {
      expect(linter.fix(text).output).toBe(text);
      const findings = linter.check(text);
      expect(findings.map((f) => f.ruleId)).toContain(entry);
      expect(findings.filter((f) => f.fix?.safety === "safe").map((f) => f.ruleId)).toEqual([]);
    });
  }
});
