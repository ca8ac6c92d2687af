// Configuration files: strict validation with file:line errors, the upward
// search (closest wins), presets, overrides and ignore globs.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigResolver, parseConfig } from "../../src/config/index.js";
import { ConfigError, EXIT } from "../../src/errors.js";
import { Linter } from "../../src/linter.js";

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "mtclean-config-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function errorOf(source: string, name = "c.yml"): ConfigError {
  try {
    parseConfig(source, name);
  } catch (error) {
    return error as ConfigError;
  }
  throw new Error("no error");
}

describe("parseConfig", () => {
  it("reads every field from YAML and JSON alike", () => {
    const yaml = parseConfig("extends: strict\nrules:\n  double-space: off\ncategories: [spacing]\ndictionaries: [d.yml]\nglossaries: [g.tsv]\nignore: ['vendor/**']\noverrides:\n  - files: ['news/**']\n    rules: {phrasing: info}\n", "c.yml");
    const json = parseConfig(JSON.stringify({ extends: ["strict"], rules: { "double-space": "off" }, categories: ["spacing"], dictionaries: ["d.yml"], glossaries: ["g.tsv"], ignore: ["vendor/**"], overrides: [{ files: ["news/**"], rules: { phrasing: "info" } }] }), "c.json");
    expect(yaml.data).toEqual(json.data);
    expect(yaml.data.extends).toEqual(["strict"]);
  });
  it("an empty file is an empty configuration", () => expect(parseConfig("", "c.yml").data).toEqual({}));
  it.each([
    ["rule:\n  x: off\n", 1, /unknown setting "rule"/],
    ["rules:\n  a: off\n  b: warn\n", 3, /rule "b": the setting must be off, info, warning or error, not "warn"/],
    ["extends: lax\n", 1, /unknown preset "lax"/],
    ["ignore: vendor\n", 1, /`ignore` is a list of strings/],
    ["overrides:\n  - rules: {a: off}\n", 2, /needs `files`/],
    ["overrides:\n  - files: [a]\n    rulez: {}\n", 3, /unknown setting "rulez"/],
    ["dictionaries:\n  - a.yml\n  - 3\n", 3, /holds strings only/],
    ["rules: [\n", 2, /not valid YAML/],
    ["- a\n- b\n", 1, /a configuration is a mapping/],
    ["rules:\n  a: off\n  a: error\n", 3, /not valid YAML/],
  ])("rejects %j at line %i", (source, line, message) => {
    const error = errorOf(source);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.exitCode).toBe(EXIT.config);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(message);
    expect(error.message.startsWith(`c.yml:${line}: `)).toBe(true);
  });
  it("judges .json files by JSON's rules, with the line of the mistake", () => {
    const error = errorOf('{\n  "rules": {\n    "a": "off",\n  }\n}\n', "c.json");
    expect(error.message).toMatch(/^c\.json:4: not valid JSON/);
  });
  it("says what is wrong in one line, without quoting the file back, when JSON gives no position", () => {
    const error = errorOf("x: [\n  1\n", "c.json");
    expect(error.message).toBe("c.json: not valid JSON: Unexpected token 'x'");
  });
  it("is data: a YAML tag or a JavaScript-looking value is not executed", () => {
    expect(errorOf("rules: !!js/function 'function () {}'\n").message).toMatch(/c\.yml:1/);
  });
});

describe("ConfigResolver", () => {
  it("takes the closest configuration file up from each file, and none above it", () => {
    const dir = tree({
      ".mtcleanrc.yaml": "rules:\n  double-space: off\n",
      "news/mtclean.config.json": '{ "rules": { "repeated-word": "error" } }',
      "news/2024/a.txt": "",
      "b.txt": "",
    });
    const resolver = new ConfigResolver({ cwd: dir });
    expect(resolver.resolve("news/2024/a.txt")).toMatchObject({ configFile: join(dir, "news/mtclean.config.json"), rules: { "repeated-word": "error" } });
    expect(resolver.resolve("news/2024/a.txt").rules).not.toHaveProperty("double-space");
    expect(resolver.resolve(join(dir, "b.txt"))).toMatchObject({ configFile: join(dir, ".mtcleanrc.yaml"), rules: { "double-space": "off" } });
  });
  it("prefers mtclean.config.json, then .mtcleanrc.json, .yaml, .yml in one folder", () => {
    const dir = tree({ ".mtcleanrc.yml": "rules: {a: off}\n", ".mtcleanrc.json": '{"rules": {"b": "off"}}', "x.txt": "" });
    expect(new ConfigResolver({ cwd: dir }).resolve("x.txt").configFile).toBe(join(dir, ".mtcleanrc.json"));
  });
  it("--config replaces the search and --no-config turns it off", () => {
    const dir = tree({ ".mtcleanrc.yaml": "rules: {double-space: off}\n", "other.yml": "rules: {repeated-word: off}\n", "x.txt": "" });
    expect(new ConfigResolver({ cwd: dir, configFile: "other.yml" }).resolve("x.txt").rules).toEqual({ "repeated-word": "off" });
    expect(new ConfigResolver({ cwd: dir, search: false }).resolve("x.txt")).toMatchObject({ configFile: null, rules: {} });
  });
  it("applies overrides by glob in order, resolves paths against the configuration's folder, and marks ignored files", () => {
    const dir = tree({
      "site/.mtcleanrc.yaml": "dictionaries: [terms.yml]\nglossaries: [g/zh-en.tsv]\nignore: ['vendor/**', '*.min.txt']\noverrides:\n  - files: ['news/**']\n    rules: {phrasing: info}\n    categories: [phrasing]\n  - files: ['news/old/**']\n    rules: {phrasing: off}\n    dictionaries: [old.yml]\n",
    });
    const resolver = new ConfigResolver({ cwd: dir });
    const site = join(dir, "site");
    expect(resolver.resolve("site/news/old/a.txt")).toMatchObject({
      rules: { phrasing: "off" },
      categories: ["phrasing"],
      dictionaries: [join(site, "terms.yml"), join(site, "old.yml")],
      glossaries: [join(site, "g/zh-en.tsv")],
      overrides: [0, 1],
      ignored: false,
    });
    expect(resolver.resolve("site/about.txt")).toMatchObject({ rules: {}, overrides: [] });
    expect(resolver.resolve("site/vendor/lib/x.txt").ignored).toBe(true);
    expect(resolver.resolve("site/deep/app.min.txt").ignored).toBe(true);
  });
  it("strict turns on what is off by default; a configuration's own rules win over its preset", () => {
    const text = "The campus.In the school.";
    const strict = new ConfigResolver({ cwd: tree({ ".mtcleanrc.yaml": "extends: strict\n", "a.txt": "" }) }).resolve("a.txt");
    expect(strict.rules["missing-space-after-punctuation"]).toBe("warning");
    expect(new Linter({ rules: strict.rules }).check(text).map((f) => f.ruleId)).toEqual(["missing-space-after-punctuation"]);
    expect(new Linter().check(text)).toEqual([]);
    const tuned = new ConfigResolver({ cwd: tree({ ".mtcleanrc.yaml": "extends: strict\nrules: {missing-space-after-punctuation: off}\n", "a.txt": "" }) }).resolve("a.txt");
    expect(new Linter({ rules: tuned.rules }).check(text)).toEqual([]);
  });
});
