// Broken dictionaries and configuration files: every error names the file,
// the line, the entry (for dictionaries) and what is wrong; YAML is data only
// (no tags, no alias bombs) and a configuration file is never executed.
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/index.js";
import { parseDictionary } from "../../src/dictionary/loader.js";
import { ConfigError, DictionaryError } from "../../src/errors.js";
import { runCli, tempDir } from "../support/cli.js";

/** A valid entry, as lines, to be broken one field at a time. */
const entry = (fields: Record<string, string> = {}, drop: string[] = []): string => {
  const all: Record<string, string> = {
    id: "his-party",
    match: "his party",
    replace: "his delegation",
    message: "a literal translation of 一行",
    examples: '[{before: "He and his party visited", after: "He and his delegation visited"}]',
    keep: '["his party won the election"]',
    ...fields,
  };
  return Object.entries(all)
    .filter(([key]) => !drop.includes(key))
    .map(([key, value], index) => `  ${index === 0 ? "-" : " "} ${key}: ${value}`)
    .join("\n");
};
const dictionary = (...entries: string[]): string => `category: phrasing\nentries:\n${entries.join("\n")}\n`;

const billionLaughs = (): string => {
  let text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  for (let i = 0; i < 9; i++) text += `b${i}: &b${i} [${Array(9).fill(i === 0 ? "*a" : `*b${i - 1}`).join(", ")}]\n`;
  return text;
};

describe("broken dictionaries: file, line, entry and reason", () => {
  it.each([
    ["YAML syntax", "category: phrasing\nentries:\n  - id: x\n    match: [unclosed\n", 5, undefined, /not valid YAML/],
    ["a mapping expected", "- just a list\n", 1, undefined, /a dictionary is a mapping with an `entries` list/],
    ["an unknown top-level field", "category: phrasing\nentires: []\nentries: []\n", 2, undefined, /unknown field "entires"/],
    ["an unknown entry field", dictionary(entry({ replce: "x" })), 9, "his-party", /unknown field "replce"/],
    ["a bad id", dictionary(entry({ id: "His Party" })), 3, "His Party", /`id` must be lowercase words joined by hyphens/],
    ["no message", dictionary(entry({}, ["message"])), 3, "his-party", /`message` is required/],
    ["both match and regex", dictionary(entry({ regex: "his\\\\s+party" })), 4, "his-party", /give exactly one of `match` \(phrases\) or `regex`/],
    ["an invalid regex", dictionary(entry({ regex: "'(his'" }, ["match"])), 8, "his-party", /`regex` is not a valid regular expression/],
    ["a regex that backtracks catastrophically", dictionary(entry({ regex: "'(?:\\w+\\s?)+party'" }, ["match"])), 8, "his-party", /`regex` is refused: it can backtrack catastrophically: the loop `\(\?:\\w\+\\s\?\)\+`/],
    ["a `when` that backtracks catastrophically", dictionary(entry({ when: "{precededBy: '(a|a)+'}" })), 9, "his-party", /`when` is refused: it can backtrack catastrophically: the loop `\(a\|a\)\+`/],
    ["a bad severity", dictionary(entry({ severity: "fatal" })), 9, "his-party", /`severity` must be one of error, warning, info/],
    ["no examples", dictionary(entry({}, ["examples"])), 3, "his-party", /add at least one example/],
    ["an example that changes nothing", dictionary(entry({ examples: '[{before: "his party", after: "his party"}]' })), 7, "his-party", /belongs in `keep`/],
    ["a duplicate id", dictionary(entry(), entry()), 9, "his-party", /duplicate id \(first defined on line 3\)/],
    ["a custom YAML tag", dictionary(entry({ message: '!!js/function "function () { return 1 }"' })), 6, undefined, /the YAML tag !!js\/function is not allowed: this file is plain data/],
    ["a YAML binary tag", dictionary(entry({ replace: "!!binary aGk=" })), 5, undefined, /the YAML tag !!binary is not allowed/],
    ["an alias bomb", billionLaughs() + "entries: []\n", 1, undefined, /not valid YAML: Excessive alias count/],
  ])("%s", (_name, source, line, id, reason) => {
    let error: unknown;
    try {
      parseDictionary(source, "broken.yml");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DictionaryError);
    const problem = error as DictionaryError;
    expect(problem.message).toMatch(/^broken\.yml:\d+: /);
    expect({ line: problem.line, entry: problem.entryId }).toEqual({ line, entry: id });
    expect(problem.reason).toMatch(reason);
  });

  it("through the CLI: exit 4 and the one-line message, quickly, for a catastrophic regex", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "d.yml"), dictionary(entry({ regex: "'(a+)+$'" }, ["match"])));
    const run = runCli(["check", "--dict", join(dir, "d.yml")], { input: "a".repeat(40) + "!\n" });
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/^mtclean: .*d\.yml:8: entry "his-party": `regex` is refused: it can backtrack catastrophically/);
  });
});

describe("broken configuration files: file, line and reason", () => {
  it.each([
    ["JSON syntax", "mtclean.config.json", '{\n  "rules": {\n    "double-space": "off",\n  }\n}\n', 4, /not valid JSON/],
    ["an unknown setting", ".mtcleanrc.yml", "extends: strict\nrule:\n  double-space: off\n", 2, /unknown setting "rule"/],
    ["a bad rule setting", ".mtcleanrc.yml", "rules:\n  double-space: maybe\n", 2, /rule "double-space": the setting must be off, info, warning or error, not "maybe"/],
    ["an unknown preset", ".mtcleanrc.yml", "extends: [strict, loose]\n", 1, /unknown preset "loose"/],
    ["a list that holds a number", ".mtcleanrc.yml", "ignore:\n  - 'vendor/**'\n  - 3\n", 3, /`ignore` holds strings only, not 3/],
    ["an override without files", ".mtcleanrc.yml", "overrides:\n  - rules: {phrasing: info}\n", 2, /an override needs `files`/],
    ["a YAML tag", ".mtcleanrc.yml", "rules:\n  double-space: !!js/function 'function () {}'\n", 2, /the YAML tag !!js\/function is not allowed/],
    ["a YAML set", ".mtcleanrc.yml", "categories: !!set {spacing}\n", 1, /the YAML tag !!set is not allowed/],
    ["an alias bomb", ".mtcleanrc.yml", billionLaughs(), 1, /Excessive alias count/],
  ])("%s", (_name, file, source, line, reason) => {
    let error: unknown;
    try {
      parseConfig(source, file);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message.startsWith(`${file}:${line}: `)).toBe(true);
    expect((error as ConfigError).reason).toMatch(reason);
  });

  it("a configuration file is never executed: --config with JavaScript is read as data and refused (exit 6)", () => {
    const dir = tempDir();
    const marker = join(dir, "executed");
    writeFileSync(join(dir, "mtclean.config.js"), `require("node:fs").writeFileSync(${JSON.stringify(marker)}, "x");\nmodule.exports = { rules: {} };\n`);
    writeFileSync(join(dir, "a.txt"), "Fine.\n");
    const run = runCli(["check", "--config", join(dir, "mtclean.config.js"), join(dir, "a.txt")]);
    expect(run.code).toBe(6);
    expect(run.stderr).toMatch(/^mtclean: .*mtclean\.config\.js:1: /);
    expect(existsSync(marker)).toBe(false);
  });

  it("a mtclean.config.js next to the files is not a configuration file at all", () => {
    const dir = tempDir();
    const marker = join(dir, "executed");
    writeFileSync(join(dir, "mtclean.config.js"), `require("node:fs").writeFileSync(${JSON.stringify(marker)}, "x");\n`);
    writeFileSync(join(dir, "a.txt"), "Fine.\n");
    expect(runCli(["check", join(dir, "a.txt")], { cwd: dir }).code).toBe(0);
    expect(existsSync(marker)).toBe(false);
  });
});
