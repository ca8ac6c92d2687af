// A big plain text is checked run by run (Linter.inRuns) to bound memory:
// the findings must be those of checking all its segments at once.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { applyDirectives } from "../src/directives/apply.js";
import { assignLanguages, mayHaveHan } from "../src/language/detect.js";
import { Linter } from "../src/linter.js";
import { locate } from "../src/locate.js";
import { segmentsOf } from "../src/markup/index.js";
import { textSegmentRuns, textSegments } from "../src/markup/text.js";
import { runRules } from "../src/rules/engine.js";

const SEED = readFileSync(new URL("../fixtures/seed/input.txt", import.meta.url), "utf8");
const NEWS = readFileSync(new URL("../../shared/corpus/english/ntrex128_newstest2019_en.txt", import.meta.url), "utf8");

/** What check gives when every segment is made at once. */
function allAtOnce(linter: Linter, text: string) {
  return applyDirectives(text, locate(text, runRules(assignLanguages(segmentsOf(text)), linter.rules, {})), { reportUnused: false });
}

describe("checking a big text run by run", () => {
  // the seed's paragraphs (with page chrome lines, a safe fix per paragraph) between news paragraphs, over 256 K chars, CRLF in part
  // (only a text with no char from U+2E80 on can hold no Chinese: such a text is checked whole)
  const paragraphs = SEED.split(/\n\s*\n/).filter((p) => !mayHaveHan(p));
  const news = NEWS.split("\n");
  const parts: string[] = [];
  for (let i = 0; parts.join("\n\n").length < 700_000; i++) parts.push(i % 3 === 0 ? paragraphs[i % paragraphs.length]! : news.slice(i, i + 4).join(i % 7 ? " " : "\n"));
  const text = parts.join("\n\n").replace(/\n\n(?=Click)/g, "\r\n\r\n") + "\n\nThe end\n";

  it("gives the segments of the whole text, run after run", () => {
    expect([...textSegmentRuns(text, 1 << 16)].flat()).toEqual(textSegments(text));
    expect([...textSegmentRuns(text, 1 << 16)].length).toBeGreaterThan(5);
  });

  it("finds what checking every segment at once finds, fixes included", () => {
    const linter = new Linter();
    expect(text.length).toBeGreaterThan(1 << 18);
    expect(mayHaveHan(text)).toBe(false);
    const findings = linter.check(text);
    expect(findings.filter((finding) => finding.fix).length).toBeGreaterThan(50);
    expect(findings).toEqual(allAtOnce(linter, text));
  });

  it("a BOM at the start is no Han character: such a text is checked in runs too, with the same findings", () => {
    const linter = new Linter();
    const withBom = "\uFEFF" + text;
    expect(linter.checksInRuns(withBom.length, mayHaveHan(withBom.slice(1)))).toBe(true);
    expect(linter.check(withBom)).toEqual(allAtOnce(linter, withBom));
  });
});
