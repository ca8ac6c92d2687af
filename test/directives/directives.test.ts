// Inline directives: which findings each form silences, that silenced
// findings are never fixed, --no-inline-config, and unused directives.
import { describe, expect, it } from "vitest";
import { parseDirectives } from "../../src/directives/index.js";
import { Linter } from "../../src/linter.js";

const linter = new Linter();
const reported = (text: string, l: Linter = linter): string[] => l.check(text).map((f) => `${f.line}:${f.ruleId}`);

describe("parseDirectives", () => {
  it("reads HTML comments and plain-text lines, ids split by spaces or commas, with a reason after --", () => {
    const source = "a\n<!-- mtclean-disable-next-line repeated-word, phrasing -- quoted speech -->\nb\n  mtclean-disable spacing\nmtclean-enable\nx <!--mtclean-disable-line-->\n";
    expect(parseDirectives(source).map(({ kind, ids, targetLine }) => ({ kind, ids, targetLine }))).toEqual([
      { kind: "disable-next-line", ids: ["repeated-word", "phrasing"], targetLine: 3 },
      { kind: "disable", ids: ["spacing"], targetLine: undefined },
      { kind: "enable", ids: [], targetLine: undefined },
      { kind: "disable-line", ids: [], targetLine: 6 },
    ]);
  });
  it("a directive word inside a sentence is not a directive", () => {
    expect(parseDirectives("Write mtclean-disable-next-line on a line of its own.\n")).toEqual([]);
  });
});

describe("directives in Linter.check", () => {
  it("disable-next-line silences the next line only, for the ids given", () => {
    const text = "<!-- mtclean-disable-next-line fullwidth-punctuation -->\nThe campus。In the the school.\nThe campus。Next\n";
    expect(reported(text)).toEqual(["2:repeated-word", "3:fullwidth-punctuation"]);
  });
  it("the plain-text form works the same, and without ids silences every rule", () => {
    expect(reported("mtclean-disable-next-line\nThe campus。In the the school.\nThe campus。Next\n")).toEqual(["3:fullwidth-punctuation"]);
  });
  it("disable-line silences its own line", () => {
    expect(reported("The campus。Next <!-- mtclean-disable-line -->\nThe campus。Next\n")).toEqual(["2:fullwidth-punctuation"]);
  });
  it("disable ... enable silences a region; ids may be categories; enable of one id reopens it alone", () => {
    const text = "<!-- mtclean-disable punctuation repeated-word -->\nA the the b。\n<!-- mtclean-enable repeated-word -->\nA the the b。\n<!-- mtclean-enable -->\nA the the b。\n";
    expect(reported(text)).toEqual(["4:repeated-word", "6:repeated-word", "6:fullwidth-punctuation"]);
  });
  it("a disable without enable runs to the end of the file", () => {
    expect(reported("The campus。Next\nmtclean-disable\nThe campus。Next\n\nThe campus。Next\n")).toEqual(["1:fullwidth-punctuation"]);
  });
  it("a silenced finding is never fixed", () => {
    const text = "<!-- mtclean-disable-next-line -->\nThe campus。Next\nThe campus。Next\n";
    expect(linter.fix(text, { unsafe: true }).output).toBe("<!-- mtclean-disable-next-line -->\nThe campus。Next\nThe campus. Next\n");
  });
  it("inlineConfig: false ignores the directives", () => {
    expect(reported("mtclean-disable\nThe campus。Next\n", new Linter({ inlineConfig: false }))).toEqual(["2:fullwidth-punctuation"]);
  });
  it("reportUnusedDisableDirectives warns about directives (or ids in them) that silenced nothing", () => {
    const l = new Linter({ reportUnusedDisableDirectives: true });
    const text = "<!-- mtclean-disable-next-line fullwidth-punctuation, repeated-word -->\nThe campus。Next\nmtclean-disable-next-line\nClean line.\n";
    const findings = l.check(text);
    expect(findings.map((f) => [f.line, f.ruleId, f.severity, f.message])).toEqual([
      [1, "unused-disable-directive", "warning", "Unused mtclean-disable-next-line directive for “repeated-word”: nothing was reported there."],
      [3, "unused-disable-directive", "warning", "Unused mtclean-disable-next-line directive: nothing was reported there."],
    ]);
    expect(findings[0]!.fix).toBeUndefined();
    expect(linter.check(text)).toEqual([]);
  });
});
