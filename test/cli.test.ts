// The CLI as a user runs it: the built bin/mtclean.js in a child process
// (npm test builds first), with real files, stdin, exit codes and git apply.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, statSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Linter } from "../src/linter.js";

const BIN = new URL("../bin/mtclean.js", import.meta.url).pathname;
const SEED = new URL("../fixtures/seed/input.txt", import.meta.url).pathname;
const seedText = readFileSync(SEED, "utf8");

function run(args: string[], options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input ?? "",
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? "", ...options.env },
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const temp = (): string => mkdtempSync(join(tmpdir(), "mtclean-cli-"));
const ANSI = /\u001b\[/;

describe("mtclean fix", () => {
  it("reads stdin and writes the fixed article to stdout", () => {
    const { code, stdout } = run(["fix"], { input: seedText });
    expect(stdout).toBe(new Linter().fix(seedText).output);
    expect(stdout).not.toContain("。");
    expect(stdout).not.toMatch(/Wechat (picture|photo)/);
    expect(code).toBe(0);
  });
  it("prints one file to stdout and leaves it alone", () => {
    const { stdout } = run(["fix", SEED]);
    expect(stdout).toBe(readFileSync(new URL("../fixtures/seed/expected.txt", import.meta.url), "utf8"));
    expect(readFileSync(SEED, "utf8")).toBe(seedText);
  });
  it("--write rewrites files in place, keeping their mode, and running it again changes nothing", () => {
    const dir = temp();
    const file = join(dir, "a.txt");
    writeFileSync(file, "The campus。Next\n");
    chmodSync(file, 0o640);
    expect(run(["fix", "--write", file]).code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe("The campus. Next\n");
    expect(statSync(file).mode & 0o777).toBe(0o640);
    const before = statSync(file).mtimeMs;
    run(["fix", "--write", file]);
    expect(statSync(file).mtimeMs).toBe(before);
  });
  it("keeps a BOM and CRLF line endings byte for byte", () => {
    const input = "\uFEFFFirst line。\r\n\r\nWechat photo _20230831112846.jpg\r\n\r\nLast line：done\r\n";
    const { stdout } = run(["fix"], { input });
    expect(stdout).toBe("\uFEFFFirst line.\r\n\r\nLast line: done\r\n");
  });
  it("--unsafe applies suggestions too", () => {
    const dir = temp();
    const dict = join(dir, "d.yml");
    writeFileSync(dict, `category: phrasing\nentries:\n  - id: test-suggestion\n    match: school cause\n    replace: school's development\n    message: literal\n    examples: [{before: "the school cause", after: "the school's development"}]\n    keep: ["the cause of the fire"]\n`);
    expect(run(["fix", "--no-builtin", "--dict", dict], { input: "the school cause" }).stdout).toBe("the school cause");
    expect(run(["fix", "--no-builtin", "--dict", dict, "--unsafe"], { input: "the school cause" }).stdout).toBe("the school's development");
  });
  it("refuses several files without --write", () => {
    const { code, stderr } = run(["fix", SEED, SEED]);
    expect(code).toBe(3);
    expect(stderr).toMatch(/--write/);
  });
});

describe("mtclean check", () => {
  it("exits 1 on the seed article, with file:line:col, rule, fix and code frame", () => {
    const { code, stdout } = run(["check", SEED]);
    expect(code).toBe(1);
    expect(stdout).toContain("fullwidth-punctuation");
    expect(stdout).toMatch(/\n {2}6:198 +error/);
    expect(stdout).toContain("fix: “。” → “. ”");
    expect(stdout).toMatch(/6 \| .*campus。In/);
  });
  it("exits 0 on clean English", () => {
    const dir = temp();
    writeFileSync(join(dir, "clean.txt"), "The university opened its new library on Monday. Students welcomed it.\n");
    const { code, stdout } = run(["check", join(dir, "clean.txt")]);
    expect(code).toBe(0);
    expect(stdout).toContain("0 errors");
  });
  it("exits 2 with one sentence on a missing file", () => {
    const { code, stdout, stderr } = run(["check", "no-such-file.txt"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim()).toBe('mtclean: Cannot read "no-such-file.txt": no such file.');
  });
  it("exits 3 on an unknown option, with one sentence in mtclean's style pointing at --help", () => {
    const { code, stdout, stderr } = run(["check", "--no-such-option"]);
    expect(code).toBe(3);
    expect(stdout).toBe("");
    expect(stderr).toBe('mtclean: Unknown option "--no-such-option" (`mtclean check --help` lists the options).\n');
    expect(run(["fix", "--interactve"]).stderr).toBe('mtclean: Unknown option "--interactve" (`mtclean fix --help` lists the options); did you mean "--interactive"?\n');
  });
  it("exits 3 on a bad --format or --encoding value, naming the choices in one sentence", () => {
    const format = run(["check", "--format", "nope"], { input: "x" });
    expect(format.code).toBe(3);
    expect(format.stderr).toBe('mtclean: --format cannot be "nope": choose stylish, json, compact, github, sarif, rdjson, checkstyle, junit, html (see `mtclean check --help`).\n');
    const encoding = run(["fix", "--encoding", "ascii"], { input: "x" });
    expect(encoding.code).toBe(3);
    expect(encoding.stderr).toBe('mtclean: --encoding cannot be "ascii": choose utf-8, gb18030, utf-16, utf-16le, utf-16be, windows-1252, auto (see `mtclean fix --help`).\n');
  });
  it("exits 3 on an unknown command, a missing value or argument, in one sentence each", () => {
    expect(run(["chek"])).toEqual({ code: 3, stdout: "", stderr: 'mtclean: Unknown command "chek" (`mtclean --help` lists the commands); did you mean "check"?\n' });
    expect(run(["check", "--rule"]).stderr).toBe("mtclean: --rule needs a value: --rule <id=severity> (see `mtclean check --help`).\n");
    expect(run(["dict", "import"]).stderr).toBe("mtclean: The argument <glossary> is missing (see `mtclean dict import --help`).\n");
    expect(run(["init", "a", "b"])).toEqual({ code: 3, stdout: "", stderr: "mtclean: Too many arguments: 1 at most, not 2 (see `mtclean init --help`).\n" });
  });
  it("--help and --version exit 0 and print to standard output", () => {
    const help = run(["check", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: mtclean check \[options\] \[paths\.\.\.\]\n/);
    expect(help.stderr).toBe("");
    expect(run(["--help"]).stdout).toMatch(/^Usage: mtclean \[options\] \[command\]\n/);
    expect(run(["--version"])).toEqual({ code: 0, stdout: "0.1.0\n", stderr: "" });
  });
  it("exits 3 naming an unknown --rule id, and the nearest known one", () => {
    const { code, stdout, stderr } = run(["check", "--rule", "double-spac=off"], { input: "text\n" });
    expect(code).toBe(3);
    expect(stdout).toBe("");
    expect(stderr).toBe('mtclean: --rule: no rule, dictionary entry or category is called "double-spac" (`mtclean rules` lists them); did you mean "double-space"?\n');
    expect(run(["check", "--rule", "nope-rule=off"], { input: "text\n" }).stderr).toBe('mtclean: --rule: no rule, dictionary entry or category is called "nope-rule" (`mtclean rules` lists them).\n');
     // the id of the unused-directive warnings is not a rule: the message names the option that turns them on
    const directive = run(["check", "--rule", "unused-disable-directive=error"], { input: "text\n" });
    expect(directive.code).toBe(3);
    expect(directive.stderr).toBe('mtclean: --rule: no rule, dictionary entry or category is called "unused-disable-directive" (`mtclean rules` lists them); it is not a rule: the --report-unused-disable-directives option turns those warnings on.\n');
  });
  it("exits 3 on an unknown --category instead of checking nothing", () => {
    const { code, stderr } = run(["check", "--category", "bogus"], { input: "The campus。Next\n" });
    expect(code).toBe(3);
    expect(stderr).toMatch(/^mtclean: --category: there is no category "bogus" \(the categories are .*\bphrasing\b.*\)\.\n$/);
    expect(run(["check", "--category", "phrsing"], { input: "x\n" }).stderr).toMatch(/; did you mean "phrasing"\?\n$/);
  });
  it("--rule and --category take rule ids, entry ids, a user dictionary's ids and categories", () => {
    const dir = temp();
    const dict = join(dir, "user.yml");
    writeFileSync(dict, `category: house-style\nentries:\n  - id: user-entry\n    match: school cause\n    replace: school's development\n    message: literal\n    examples: [{before: "the school cause", after: "the school's development"}]\n    keep: ["the cause of the fire"]\n`);
    const args = ["--rule", "double-space=off", "--rule", "page-action-chrome=off", "--rule", "phrasing=info", "--rule", "user-entry=error", "--category", "house-style", "--category", "spacing"];
    const { code, stdout } = run(["check", "--format", "compact", "--dict", dict, ...args], { input: "the school cause\n" });
    expect(code).toBe(1);
    expect(stdout).toContain("[user-entry]");
    expect(run(["check", "--rule", "user-entry=error"], { input: "x\n" }).code).toBe(3);
  });
  it("exits 4 naming file, line and entry on a broken dictionary", () => {
    const dir = temp();
    const dict = join(dir, "bad.yml");
    writeFileSync(dict, "category: phrasing\nentries:\n  - id: fine-entry\n    match: x y\n    message: m\n    examples: [{before: a, after: b}]\n    keep: [c]\n  - id: broken-entry\n    regex: '(unclosed'\n    message: m\n    examples: [{before: a, after: b}]\n    keep: [c]\n");
    const { code, stderr } = run(["check", "--dict", dict], { input: "text" });
    expect(code).toBe(4);
    expect(stderr).toMatch(new RegExp(`${dict}:9: entry "broken-entry": \`regex\` is not a valid regular expression`));
  });
  it("exits 5 on invalid UTF-8, naming the byte offset", () => {
    const { code, stderr } = run(["check"], { input: Buffer.from([0x41, 0x42, 0xff, 0x43]) });
    expect(code).toBe(5);
    expect(stderr).toContain("offset 2");
  });
  it("--format json gives machine-readable findings", () => {
    const { stdout } = run(["check", "--format", "json"], { input: "The campus。Next" });
    const [file] = JSON.parse(stdout);
    expect(file.findings[0]).toMatchObject({ ruleId: "fullwidth-punctuation", line: 1, column: 11, range: [10, 11], fix: { replacements: [". "], safety: "safe" } });
  });
  it("--rule ID=off and --category select rules", () => {
    expect(run(["check", "--rule", "fullwidth-punctuation=off", "--format", "json"], { input: "The campus。Next" }).stdout).not.toContain("fullwidth-punctuation");
    expect(run(["check", "--category", "artifact", "--format", "json"], { input: "The campus。Next" }).stdout).not.toContain("fullwidth-punctuation");
  });
  it("--max-warnings turns warnings into a failing exit", () => {
    expect(run(["check", "--max-warnings", "0"], { input: "Two  spaces here." }).code).toBe(1);
    expect(run(["check"], { input: "Two  spaces here." }).code).toBe(0);
  });
  it("colours for FORCE_COLOR, not for NO_COLOR or --no-color", () => {
    expect(run(["check"], { input: "a。b", env: { FORCE_COLOR: "1" } }).stdout).toMatch(ANSI);
    expect(run(["check"], { input: "a。b", env: { FORCE_COLOR: "1", NO_COLOR: "1" } }).stdout).not.toMatch(ANSI);
    expect(run(["check", "--no-color"], { input: "a。b", env: { FORCE_COLOR: "1" } }).stdout).not.toMatch(ANSI);
  });
});

describe("mtclean diff", () => {
  it("--format patch applies with git apply and gives the fixed text", () => {
    const dir = temp();
    execFileSync("git", ["init", "-q"], { cwd: dir });
    writeFileSync(join(dir, "article.txt"), seedText);
    const { stdout, code } = run(["diff", "--format", "patch", "article.txt"], { cwd: dir });
    expect(code).toBe(1);
    writeFileSync(join(dir, "fix.patch"), stdout);
    execFileSync("git", ["apply", "fix.patch"], { cwd: dir });
    expect(readFileSync(join(dir, "article.txt"), "utf8")).toBe(new Linter().fix(seedText).output);
  });
  it("shows the text with changes marked when not on a terminal", () => {
    const { stdout } = run(["diff"], { input: "The campus。Next" });
    expect(stdout).toContain("campus[-。-]{+. +}Next");
  });
  it("exits 0 and prints nothing when there is nothing to fix", () => {
    expect(run(["diff"], { input: "Clean text." })).toMatchObject({ code: 0, stdout: "" });
  });
});

describe("mtclean rules", () => {
  it("lists every rule and entry", () => {
    const { stdout } = run(["rules"]);
    const all = new Linter().listRules();
    for (const info of all) expect(stdout).toContain(info.id);
    expect(stdout).toContain(`${all.length} rules.`);
  });
  it("explains one entry with its examples", () => {
    const { stdout } = run(["rules", "wechat-image-placeholder"]);
    expect(stdout).toContain("examples:");
    expect(stdout).toContain("before:");
    expect(stdout).toContain("keep:");
  });
  it("exits 3 on an unknown id", () => expect(run(["rules", "no-such-rule"]).code).toBe(3));
  it("--stats counts entries per category and safety", () => {
    expect(run(["rules", "--stats"]).stdout).toMatch(/artifact +\d+/);
  });
});
