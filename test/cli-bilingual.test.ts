// --glossary and configuration glossaries as a user runs them: the built bin.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const BIN = new URL("../bin/mtclean.js", import.meta.url).pathname;
const GLOSSARY = new URL("../fixtures/bilingual/glossary.tsv", import.meta.url).pathname;
const TEXT = "The president said that the school must follow 立德树人 and strengthen the teaching of all subjects.\n";

function run(args: string[], options: { input?: string; cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { input: options.input ?? "", cwd: options.cwd, env: { PATH: process.env.PATH ?? "" }, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("--glossary", () => {
  it("check: Chinese left in English gets the glossary's rendering as a suggestion, which fix --unsafe applies", () => {
    const { code, stdout } = run(["check", "--format", "compact", "--glossary", GLOSSARY], { input: TEXT });
    expect(stdout).toContain("Untranslated Chinese “立德树人”: the glossary has “fostering virtue through education”");
    expect(code).toBe(1);
    expect(run(["fix", "--unsafe", "--glossary", GLOSSARY], { input: TEXT }).stdout).toBe(TEXT.replace("立德树人", "fostering virtue through education"));
    // without a glossary, the terminology dictionary's entry for the term answers
    expect(run(["check", "--format", "compact"], { input: TEXT }).stdout).toContain(
      "Untranslated Chinese “立德树人”: the glossary has “fostering virtue through education” (terminology entry fostering-virtue-through-education-gerund)",
    );
    expect(run(["check", "--format", "compact", "--glossary", GLOSSARY], { input: TEXT.replace("立德树人", "一带一路") }).stdout).toContain("the glossary has “Belt and Road”");
  });

  it("rules: lists glossary entries and explains one", () => {
    const list = run(["rules", "--glossary", GLOSSARY]).stdout;
    expect(list).toMatch(/^glossary:一带一路 +glossary +warning +report +一带一路 → Belt and Road \(also Belt and Road Initiative\); not One Belt One Road, one belt, one road$/m);
    expect(list).toMatch(/^key-term +terminology/m);
    const one = run(["rules", "--glossary", GLOSSARY, "glossary:立德树人", "--format", "json"]);
    expect(JSON.parse(one.stdout)).toEqual([
      expect.objectContaining({ id: "glossary:立德树人", zh: ["立德树人"], en: ["fostering virtue through education", "moral education"], line: 2 }),
    ]);
  });

  it("a broken glossary stops the run with exit code 4 and file:line", () => {
    const dir = mkdtempSync(join(tmpdir(), "mtclean-glossary-"));
    writeFileSync(join(dir, "terms.csv"), "zh,en\n国务院,State Council\n教育部\n");
    const { code, stderr, stdout } = run(["check", "--glossary", "terms.csv", "-"], { input: TEXT, cwd: dir });
    expect(stderr).toBe("mtclean: terms.csv:3: the en cell of “教育部” is empty\n");
    expect(stdout).toBe("");
    expect(code).toBe(4);
  });

  it("a configuration's glossaries are read (relative to the configuration file)", () => {
    const dir = mkdtempSync(join(tmpdir(), "mtclean-glossary-"));
    writeFileSync(join(dir, "terms.tsv"), "zh\ten\n立德树人\tmoral education\n");
    writeFileSync(join(dir, "mtclean.config.json"), JSON.stringify({ glossaries: ["terms.tsv"] }));
    writeFileSync(join(dir, "news.txt"), TEXT);
    const { stdout } = run(["check", "--format", "compact", "news.txt"], { cwd: dir });
    expect(stdout).toContain("the glossary has “moral education” (");
  });
});
