// XLIFF 1.2 and 2.0 as CAT tools export them: targets are the English
// segments, paired with their sources; inline tags, entities and everything
// outside target text survive fix byte for byte.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Parser } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/language/detect.js";
import { Linter } from "../../src/linter.js";
import { escapeXml, PLACEHOLDER_CHAR, xliffSegments } from "../../src/markup/xliff.js";
import { toSource } from "../../src/rules/source-range.js";
import type { Rule } from "../../src/types.js";

const FIXTURES = new URL("../../fixtures/bilingual/", import.meta.url).pathname;
const BIN = new URL("../../bin/mtclean.js", import.meta.url).pathname;
const XLIFF12 = readFileSync(join(FIXTURES, "news.xlf"), "utf8");
const XLIFF20 = readFileSync(join(FIXTURES, "news.xliff"), "utf8");
const linter = new Linter();

/** Every tag, comment and piece of text outside target text, and every tag inside it, in order, with its raw bytes. */
function skeleton(document: string): { outside: string; tags: string[] } {
  let outside = "";
  const tags: string[] = [];
  let position = 0;
  for (const segment of xliffSegments(document)) {
    const end = toSource(segment, segment.text.length);
    outside += document.slice(position, segment.start) + "\u0000";
    position = end;
  }
  outside += document.slice(position);
  const parser = new Parser(
    {
      onopentag: () => tags.push(document.slice(parser.startIndex, parser.endIndex + 1)),
      onclosetag: (_name, implied) => void (implied || tags.push(document.slice(parser.startIndex, parser.endIndex + 1))),
    },
    { xmlMode: true },
  );
  parser.end(document);
  return { outside, tags };
}

describe.each([
  ["XLIFF 1.2", XLIFF12],
  ["XLIFF 2.0", XLIFF20],
])("%s", (_name, document) => {
  const segments = xliffSegments(document);

  it("every target character maps back to its bytes in the file", () => {
    for (const segment of segments) {
      // a segment without a map is its source slice
      const map = Array.from({ length: segment.text.length + 1 }, (_, i) => toSource(segment, i));
      expect(map).toHaveLength(segment.text.length + 1);
      for (let i = 0; i < segment.text.length; i++) {
        expect(map[i + 1]!).toBeGreaterThanOrEqual(map[i]!);
        const char = segment.text[i]!;
        if (char === PLACEHOLDER_CHAR) expect(document[map[i]!]).toBe("<");
        else if (document[map[i]!] === "&") expect(char).toBe({ "&amp;": "&", "&lt;": "<", "&gt;": ">" }[document.slice(map[i]!, document.indexOf(";", map[i]!) + 1)] ?? char);
        else if (!/\p{Cs}/u.test(char)) expect(document[map[i]!]).toBe(char);
      }
    }
  });

  it("fix --unsafe changes target text only: everything else, inline tags included, is byte-identical", () => {
    const { output, converged } = linter.fix(document, { format: "xliff", unsafe: true });
    expect(converged).toBe(true);
    expect(output).not.toBe(document);
    expect(skeleton(output)).toEqual(skeleton(document));
    expect(xliffSegments(output).map((segment) => segment.source)).toEqual(segments.map((segment) => segment.source));
    expect(linter.fix(output, { format: "xliff", unsafe: true }).output).toBe(output);
  });

  it("fixes what is wrong in the targets and leaves the rest, a target left in Chinese included", () => {
    const { output } = linter.fix(document, { format: "xliff", unsafe: true });
    const targets = xliffSegments(output).map((segment) => segment.text);
    expect(targets.filter((target) => detectLanguage(target) === "en").join("\n")).not.toMatch(/。|，|connotative/u);
    expect(targets).toContain("会议还对迎新工作进行了专门部署。");
    expect(output).toContain("R&amp;D platform");
  });

  it("reports a target left in Chinese against its source", () => {
    const findings = linter.check(document, { format: "xliff" });
    const untranslated = findings.filter((finding) => finding.ruleId === "untranslated-paragraph");
    expect(untranslated).toHaveLength(1);
    expect(untranslated[0]!.message).toMatch(/\((trans-unit 7|unit u3 segment s4)\)/u);
  });
});

describe("XLIFF segments", () => {
  it("1.2: targets of trans-units (not alt-trans), with their sources and labels; seg-source segments pair by mid", () => {
    expect(xliffSegments(XLIFF12).map((segment) => [segment.source?.label, segment.text.slice(0, 24), segment.source?.text.slice(0, 8)])).toEqual([
      ["trans-unit 1", "Beijing Institute of Tec", "北京理工大学召开"],
      ["trans-unit 2", "On the morning of Septem", "9月1日上午，北"],
      ["trans-unit 3", "Zhang Jun stressed that ", "张军强调，要推动"],
      ["trans-unit 4 mrk 1", "The total research fundi", "科研经费到账总额"],
      ["trans-unit 4 mrk 2", "with a construction area", "建筑面积达3.5"],
      ["trans-unit 5", "The picture shows the me", "图为会议现场（摄"],
      ["trans-unit 6", "BIT", "BIT"],
      ["trans-unit 7", "会议还对迎新工作进行了专门部署。", "会议还对迎新工作"],
    ]);
    const unit3 = xliffSegments(XLIFF12)[2]!;
    expect(unit3.text).toBe(`Zhang Jun stressed that we must promote the school's connotative development and build an R&D platform${PLACEHOLDER_CHAR}。`);
    expect(unit3.source!.text).toBe("张军强调，要推动学校内涵式发展，建设R&D平台。");
  });
  it("2.0: targets of segments (not ignorable, not translation candidates)", () => {
    expect(xliffSegments(XLIFF20).map((segment) => segment.source?.label)).toEqual(["unit u1 segment s1", "unit u2 segment s2", "unit u2 segment s3", "unit u3 segment s4"]);
    expect(xliffSegments(XLIFF20)[2]!.text).toBe("Research funding exceeded 3.5 billion yuan , with a construction area of 3,500 square meters。");
  });
  it("a fix that would span an inline tag is withheld; the finding stays", () => {
    const document = `<xliff version="1.2"><file><body><trans-unit id="1"><source>内涵式发展</source><target>the connotative <g id="1">development</g> of the school</target></trans-unit></body></file></xliff>`;
    const findings = linter.check(document, { format: "xliff" });
    const finding = findings.find((f) => f.ruleId === "connotative-development");
    expect(finding).toBeDefined();
    expect(finding!.fix).toBeUndefined();
    expect(linter.fix(document, { format: "xliff", unsafe: true }).output).toBe(document);
  });
  it("replacements are escaped for XML", () => {
    expect(escapeXml("R&D <b>")).toBe("R&amp;D &lt;b&gt;");
    const rule: Rule = {
      meta: { id: "rnd", category: "test", severity: "error", safety: "safe", description: "R and D", languages: ["en"] },
      check: ({ segment, report }) => {
        const at = segment.text.indexOf("R and D");
        if (at >= 0) report({ start: at, end: at + 7, message: "R&D", replacements: ["R&D"] });
      },
    };
    const document = `<xliff version="2.0"><file id="f"><unit id="u"><segment><source>研发</source><target>R and D</target></segment></unit></file></xliff>`;
    expect(new Linter({ builtin: false, builtinRules: false, customRules: [rule] }).fix(document, { format: "xliff" }).output).toBe(document.replace("R and D", "R&amp;D"));
  });
});

describe("XLIFF on the command line", () => {
  it("fix --write rewrites targets only, recognised by the extension", () => {
    const dir = mkdtempSync(join(tmpdir(), "mtclean-xliff-"));
    for (const name of ["news.xlf", "news.xliff"]) copyFileSync(join(FIXTURES, name), join(dir, name));
    const result = spawnSync(process.execPath, [BIN, "fix", "--write", "--unsafe", join(dir, "news.xlf"), join(dir, "news.xliff")], { encoding: "utf8" });
    expect(result.stderr).toContain("fixed 2 of 2 files");
    for (const [name, original] of [["news.xlf", XLIFF12], ["news.xliff", XLIFF20]] as const) {
      const written = readFileSync(join(dir, name), "utf8");
      expect(written).toBe(linter.fix(original, { format: "xliff", unsafe: true }).output);
      expect(skeleton(written)).toEqual(skeleton(original));
    }
  });
});
