// `mtclean dict test | lint | export` as a dictionary author runs them.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";

const BIN = new URL("../bin/mtclean.js", import.meta.url).pathname;
const run = (args: string[]) => {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env: { PATH: process.env.PATH ?? "" } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

function dictionary(body: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "mtclean-dict-")), "user.yml");
  writeFileSync(file, `category: phrasing\nentries:\n${body}`);
  return file;
}

const entry = (id: string, match: string, replace: string, example = `a ${match} here`, after = `a ${replace} here`) =>
  `  - id: ${id}\n    match: ${match}\n    replace: ${replace}\n    message: literal rendering\n    examples: [{before: "${example}", after: "${after}"}]\n    keep: ["nothing to see"]\n`;

describe("mtclean dict test", () => {
  it("passes a dictionary whose examples hold", () => {
    const { code, stdout } = run(["dict", "test", dictionary(entry("school-cause", "school cause", "school's development"))]);
    expect(stdout).toContain("1 entry in 1 file, 2 examples: all pass.");
    expect(code).toBe(0);
  });
  it("names file, line and entry of a failing example, and exits 1", () => {
    const file = dictionary(entry("fine", "xx yy", "zz") + entry("wrong-after", "school cause", "school's development", "the school cause", "the school"));
    const { code, stdout } = run(["dict", "test", file]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${file}:9: wrong-after: the fixed example differs from \`after\``);
    expect(stdout).toContain(`actual:   "the school's development"`);
  });
  it("runs the built-in dictionaries without arguments", () => {
    const { code, stdout } = run(["dict", "test"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/all pass/);
  });
});

describe("mtclean dict lint", () => {
  it("reports a shadowed entry and conflicting replacements", () => {
    const file = dictionary(entry("first", "his party", "his delegation") + entry("second", "his party", "his delegation") + entry("third", "his  party", "his team"));
    const { code, stdout } = run(["dict", "lint", file]);
    expect(code).toBe(1);
    expect(stdout).toContain("second: is shadowed: first");
    expect(stdout).toContain("third: matches “his  party” like first");
  });
  it("finds no problem in the built-in dictionaries", () => {
    expect(run(["dict", "lint"])).toMatchObject({ code: 0, stdout: "No problems.\n" });
  });
});

describe("mtclean dict export", () => {
  const file = dictionary(entry("school-cause", "school cause", "school's development"));
  it("--format prh writes a prh dictionary with patterns, expected and specs", () => {
    const prh = parse(run(["dict", "export", "--format", "prh", file]).stdout);
    expect(prh.version).toBe(1);
    expect(prh.rules).toEqual([{ expected: "school's development", pattern: "/\\b(?:school\\s+cause)\\b/i", prh: "literal rendering", specs: [{ from: "a school cause here", to: "a school's development here" }] }]);
  });
  it("--format vale writes a substitution rule", () => {
    const vale = parse(run(["dict", "export", "--format", "vale", file]).stdout);
    expect(vale).toMatchObject({ extends: "substitution", ignorecase: true, swap: { "school cause": "school's development" } });
  });
  it("requires a format", () => expect(run(["dict", "export"]).code).toBe(3));
});
