// What a run loads: heavy modules (parsers, reporters, the YAML parser,
// language tools) must load only when the input or the options need them.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const BIN = new URL("../bin/mtclean.js", import.meta.url).pathname;
const RECORDER = new URL("./support/record-modules.mjs", import.meta.url).pathname;
const ARTICLE = "The campus。In the the school, his party visited the international Department.\n";

function loadedModules(args: string[], input = ARTICLE, env: Record<string, string> = {}): string[] {
  const log = join(mkdtempSync(join(tmpdir(), "mtclean-startup-")), "modules.txt");
  const result = spawnSync(process.execPath, ["--import", RECORDER, BIN, ...args], {
    input,
    env: { PATH: process.env.PATH ?? "", MTCLEAN_MODULE_LOG: log, ...env },
    encoding: "utf8",
  });
  expect(result.stderr).toBe("");
  return readFileSync(log, "utf8").split("\n").filter(Boolean);
}

const HEAVY = ["node_modules/yaml/", "node_modules/ignore/", "node_modules/chalk/", "node_modules/diff/", "node_modules/htmlparser2/", "node_modules/mdast-", "node_modules/micromark", "node_modules/franc", "node_modules/opencc-js/", "node_modules/segmentit/", "dist/language/segmentit-code.cjs"];
const heavyIn = (modules: string[]): string[] => modules.filter((url) => HEAVY.some((name) => url.includes(name)));
const distModulesIn = (modules: string[]): string[] => modules.filter((url) => url.includes("/dist/"));

// The CLI runs from one bundle (dist/bundle/cli.cjs, see src/bundle/load.ts):
// its own modules, reporters included, are in that file and initialise when
// first used, so what is observable, and what costs, is the packages of
// node_modules each run loads.
describe("start-up", () => {
  it("the CLI runs from its bundle, not from the ES modules of dist/", () => {
    expect(distModulesIn(loadedModules(["fix", "--no-config"]))).toEqual([new URL("../dist/bundle/cli-start.cjs", import.meta.url).pathname]);
  });

  /** Node's own modules a run loads, as process.moduleLoadList names them. */
  function internalModules(args: string[], env: Record<string, string> = {}): string[] {
    const dir = mkdtempSync(join(tmpdir(), "mtclean-startup-"));
    const dump = join(dir, "dump.cjs");
    const log = join(dir, "internal.txt");
    writeFileSync(dump, `process.on("exit", () => require("node:fs").writeFileSync(${JSON.stringify(log)}, process.moduleLoadList.join("\\n")));`);
    const result = spawnSync(process.execPath, ["--require", dump, BIN, ...args], { input: ARTICLE, env: { PATH: process.env.PATH ?? "", ...env }, encoding: "utf8" });
    expect(result.stderr).toBe("");
    const internal = readFileSync(log, "utf8").split("\n");
    expect(internal).toContain("NativeModule vm"); // the list is the real one
    return internal;
  }

  it("fix on standard input sets up neither the ES module loader, nor crypto, nor worker threads, nor child processes", () => {
    const internal = internalModules(["fix", "--no-config"]);
    expect(internal.filter((name) => /^NativeModule (crypto|worker_threads|child_process|internal\/modules\/esm\/module_job)$/.test(name))).toEqual([]);
  });

  it("a user dictionary, compiled or from its cache, loads no crypto", () => {
    const dir = mkdtempSync(join(tmpdir(), "mtclean-startup-"));
    const dictionary = join(dir, "mine.yml");
    writeFileSync(dictionary, "category: phrasing\nentries:\n  - id: my-term\n    match: foo bar\n    replace: baz\n    message: Say baz.\n    examples: [{before: foo bar, after: baz}]\n    keep: [foo]\n");
    for (let run = 0; run < 2; run++) {
      const internal = internalModules(["check", "--no-config", "--format", "compact", "--dict", dictionary], { MTCLEAN_CACHE_DIR: join(dir, "cache") });
      expect(internal.filter((name) => /^NativeModule crypto$/.test(name))).toEqual([]);
    }
  });

  it("fix on standard input loads no heavy module", () => {
    const modules = loadedModules(["fix", "--no-config"]);
    expect(modules.some((url) => url.endsWith("bin/mtclean.js"))).toBe(true); // the recorder works
    expect(heavyIn(modules)).toEqual([]);
  });

  it("check loads the libraries of the one reporter it prints with", () => {
    expect(heavyIn(loadedModules(["check", "--no-config", "--format", "compact"]))).toEqual([]);
    expect(heavyIn(loadedModules(["check", "--no-config", "--format", "stylish"])).every((url) => url.includes("node_modules/chalk/"))).toBe(true);
    expect(heavyIn(loadedModules(["check", "--no-config", "--format", "stylish"]))).not.toEqual([]);
  });

  it("diff loads the diff library it needs", () => {
    const modules = loadedModules(["diff", "--no-config"]);
    expect(heavyIn(modules).some((url) => url.includes("node_modules/diff/"))).toBe(true);
  });

  it("a user dictionary loads the YAML parser the first time, then comes from the cache", () => {
    const root = mkdtempSync(join(tmpdir(), "mtclean-startup-"));
    const dict = join(root, "mine.yml");
    writeFileSync(dict, "category: phrasing\nentries:\n  - id: my-term\n    match: foo bar\n    replace: baz\n    message: Say baz.\n    examples: [{before: foo bar, after: baz}]\n    keep: [foo]\n");
    const env = { MTCLEAN_CACHE_DIR: join(root, "cache") };
    const loadsYaml = (): boolean => heavyIn(loadedModules(["fix", "--no-config", "--dict", dict], ARTICLE, env)).some((url) => url.includes("node_modules/yaml/"));
    expect(loadsYaml()).toBe(true);
    expect(loadsYaml()).toBe(false);
    writeFileSync(dict, readFileSync(dict, "utf8").replace("Say baz.", "Say baz now."));
    expect(loadsYaml()).toBe(true);
  });
});
