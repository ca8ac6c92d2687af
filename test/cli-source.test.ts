// --source as a user types it: the Chinese original of one English file, or a
// pattern for many; the bilingual fixture (fixtures/bilingual) holds a
// machine translation with a paragraph left in Chinese, a source paragraph
// with no English, a dropped caption and an extra English paragraph.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Finding } from "../src/types.js";

const ROOT = new URL("..", import.meta.url).pathname;
const BIN = join(ROOT, "bin/mtclean.js");

function run(args: string[], cwd = ROOT) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env: { PATH: process.env.PATH ?? "" }, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const findingsOf = (stdout: string): Finding[] => (JSON.parse(stdout) as { findings: Finding[] }[])[0]!.findings;
const brief = (findings: Finding[]) => findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId}`);

describe("check --source", () => {
  const { code, stdout } = run(["check", "--format", "json", "fixtures/bilingual/en.txt", "--source", "fixtures/bilingual/zh.txt"]);
  const findings = findingsOf(stdout);

  it("reports the paragraph left in Chinese, the missing and the extra paragraph", () => {
    const aligned = findings.filter((f) => f.category === "bilingual" || f.ruleId === "untranslated-paragraph");
    expect(brief(aligned.filter((f) => ["missing-paragraph", "extra-paragraph", "untranslated-paragraph"].includes(f.ruleId)))).toEqual([
      "13:1 warning missing-paragraph",
      "13:1 error untranslated-paragraph",
      "15:1 info missing-paragraph",
      "19:1 warning extra-paragraph",
    ]);
    expect(aligned.find((f) => f.ruleId === "untranslated-paragraph")!.message).toContain("fixtures/bilingual/zh.txt:13");
    expect(aligned.find((f) => f.ruleId === "missing-paragraph")!.message).toMatch(/zh\.txt:11 has no English: “张军指出/);
    expect(aligned.some((f) => f.ruleId === "alignment-failed")).toBe(false);
    expect(code).toBe(1);
  });

  it("reports the wrong term with its expected rendering and the number that does not match", () => {
    const term = findings.filter((f) => f.line === 11 && /connotative/.test(f.ruleId + f.message));
    expect(term.map((f) => f.ruleId)).toEqual(["connotative-development"]);
    expect(term[0]!.message).toContain("quality-oriented development");
    expect(term[0]!.fix!.replacements[0]).toBe("quality-oriented development");
    const numbers = findings.filter((f) => f.ruleId === "number-mismatch");
    expect(numbers.map((f) => f.line)).toEqual([9, 9]);
    expect(numbers.map((f) => f.message).join(" ")).toMatch(/3\.5万.*35,000.*“3,500” is not in the source/u);
  });

  it("a Traditional-Chinese source gives the same findings", () => {
    const traditional = findingsOf(run(["check", "--format", "json", "fixtures/bilingual/en.txt", "--source", "fixtures/bilingual/zh-hant.txt"]).stdout);
    expect(brief(traditional)).toEqual(brief(findings));
  });

  it("without --source the same file has none of these findings", () => {
    const alone = findingsOf(run(["check", "--format", "json", "fixtures/bilingual/en.txt"]).stdout);
    expect(alone.filter((f) => f.category === "bilingual" || f.ruleId === "untranslated-paragraph")).toEqual([]);
  });

  it("a source that is not the original is one alignment-failed finding", () => {
    const wrong = findingsOf(run(["check", "--format", "json", "fixtures/bilingual/en.txt", "--source", "fixtures/seed/input.txt"]).stdout);
    expect(brief(wrong.filter((f) => f.category === "bilingual" || f.ruleId === "untranslated-paragraph"))).toEqual(["1:1 error alignment-failed"]);
  });
});

describe("--source with a pattern and its errors", () => {
  const workspace = () => {
    const dir = mkdtempSync(join(tmpdir(), "mtclean-source-"));
    mkdirSync(join(dir, "news"));
    copyFileSync(join(ROOT, "fixtures/bilingual/en.txt"), join(dir, "news/meeting.en.txt"));
    copyFileSync(join(ROOT, "fixtures/bilingual/zh.txt"), join(dir, "news/meeting.zh.txt"));
    copyFileSync(join(ROOT, "fixtures/bilingual/en.txt"), join(dir, "news/again.txt"));
    copyFileSync(join(ROOT, "fixtures/bilingual/zh-hant.txt"), join(dir, "news/again.zh.txt"));
    return dir;
  };

  it("maps each English file to its source by {dir} {stem} {name} {ext}", () => {
    const dir = workspace();
    const byStem = run(["check", "--format", "compact", "news/meeting.en.txt", "--source", "{dir}/{stem}.zh{ext}"], dir);
    expect(byStem.stdout).toContain("(news/meeting.zh.txt:13)");
    const byName = run(["check", "--format", "compact", "news/again.txt", "--source", "{dir}/{name}.zh{ext}"], dir);
    expect(byName.stdout).toContain("news/again.zh.txt:13.");
  });

  it("a missing source stops the run before anything is written", () => {
    const dir = workspace();
    const before = readFileSync(join(dir, "news/again.txt"), "utf8");
    const result = run(["fix", "--write", "news/again.txt", "news/meeting.en.txt", "--source", "{dir}/{name}.zh{ext}"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('mtclean: Cannot read "news/meeting.en.zh.txt": no such file (the --source of "news/meeting.en.txt").\n');
    expect(readFileSync(join(dir, "news/again.txt"), "utf8")).toBe(before);
  });

  it("one source file for several inputs, an unknown placeholder and stdin with a pattern are usage errors", () => {
    const dir = workspace();
    const several = run(["check", "news/again.txt", "news/meeting.en.txt", "--source", "news/meeting.zh.txt"], dir);
    expect([several.code, several.stderr]).toEqual([3, expect.stringContaining("is one file, for one input")]);
    const unknown = run(["check", "news/again.txt", "--source", "{folder}/{name}.zh{ext}"], dir);
    expect([unknown.code, unknown.stderr]).toEqual([3, "mtclean: --source: unknown placeholder {folder} (use {path} {dir} {base} {name} {stem} {ext}).\n"]);
    const stdin = run(["check", "-", "--source", "{dir}/{name}.zh{ext}"], dir);
    expect(stdin.code).toBe(3);
  });

  it("fix with --source leaves the paragraph left in Chinese byte-identical", () => {
    const output = run(["fix", "--unsafe", "fixtures/bilingual/en.txt", "--source", "fixtures/bilingual/zh.txt"]).stdout;
    const chinese = readFileSync(join(ROOT, "fixtures/bilingual/en.txt"), "utf8").split("\n").filter((line) => /\p{Script=Han}/u.test(line));
    expect(chinese).toHaveLength(1);
    expect(output.split("\n")).toContain(chinese[0]);
    expect(output).not.toContain("connotative development");
  });
});
