// The CI side of the CLI as a user runs it: report formats, --output-file,
// configuration files, inline directives and --shard, through bin/mtclean.js
// (npm test builds dist/ first).
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { DEFAULT_EXTENSIONS } from "../src/cli/files.js";
import { inShard, parseShard } from "../src/cli/shard.js";

const BIN = new URL("../bin/mtclean.js", import.meta.url).pathname;
const ROOT = new URL("../", import.meta.url).pathname;
const SEED = join(ROOT, "fixtures/seed/input.txt");
const README = readFileSync(join(ROOT, "README.md"), "utf8");

function run(args: string[], options: { input?: string; cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { input: options.input ?? "", cwd: options.cwd, env: { PATH: process.env.PATH ?? "" }, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const temp = (): string => mkdtempSync(join(tmpdir(), "mtclean-ci-"));

/** writes files given as { "relative/path": "content" } under a new temporary folder */
function tree(files: Record<string, string>): string {
  const dir = temp();
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe("report formats", () => {
  it("--format github prints one annotation per finding at the right line", () => {
    const { code, stdout } = run(["check", "--format", "github", SEED]);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split("\n");
    expect(lines.every((line) => /^::(error|warning|notice) file=/.test(line))).toBe(true);
    // the first 。 of the seed article is on line 6, column 198
    expect(lines.filter((line) => line.includes(`file=${SEED},line=6,col=198,`) && line.includes("fullwidth-punctuation"))).toHaveLength(1);
  });
  it("--output-file writes the report there, atomically, and leaves stdout empty", () => {
    const dir = temp();
    const out = join(dir, "reports", "mtclean.sarif");
    const { code, stdout } = run(["check", "--format", "sarif", "--output-file", out, SEED]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8")).runs[0].results.length).toBeGreaterThan(0);
    expect(readdirSync(join(dir, "reports"))).toEqual(["mtclean.sarif"]);
  });
  it("--output-file onto a directory is an error and writes nothing", () => {
    const dir = temp();
    const { code, stderr } = run(["check", "--output-file", dir, SEED]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Cannot write the report/);
    expect(readdirSync(dir)).toEqual([]);
  });
  it("an unknown format lists the formats", () => {
    const { code, stderr } = run(["check", "--format", "xml"], { input: "x" });
    expect(code).toBe(3);
    expect(stderr).toMatch(/sarif/);
  });
});

describe("configuration", () => {
  const EXAMPLE = "fixtures/config-example";
  it("the README example: the configuration changes severities, turns a rule off and ignores vendor/", () => {
    const withConfig = run(["check", "--format", "compact", `${EXAMPLE}/news/today.txt`, `${EXAMPLE}/vendor/copied.txt`], { cwd: ROOT });
    expect(withConfig.stdout).toBe(
      `${EXAMPLE}/news/today.txt:1:4: error “the” is written twice. [repeated-word]\n` +
        `${EXAMPLE}/news/today.txt:1:38: warning Full-width “。” in English text: use “.” with English spacing. [fullwidth-punctuation]\n` +
        "1 file: 1 error, 1 warning, 0 info; 1 fixable by `mtclean fix`, 1 more with --unsafe\n",
    );
    const without = run(["check", "--no-config", "--format", "compact", `${EXAMPLE}/news/today.txt`], { cwd: ROOT });
    expect(without.stdout).toContain("1:4: warning “the” is written twice. [repeated-word]");
    expect(without.stdout).toContain("1:38: error Full-width");
    expect(without.stdout).toContain("[double-space]");
  });
  it("--rule on the command line wins over the configuration", () => {
    const { stdout } = run(["check", "--format", "compact", "--rule", "repetition=off", "--rule", "double-space=info", `${EXAMPLE}/news/today.txt`], { cwd: ROOT });
    expect(stdout).not.toContain("repeated-word");
    expect(stdout).toContain("1:47: info Several spaces");
  });
  it("fix --write leaves ignored files alone", () => {
    const dir = temp();
    cpSync(join(ROOT, EXAMPLE), dir, { recursive: true });
    run(["fix", "--write", "news/today.txt", "vendor/copied.txt"], { cwd: dir });
    expect(readFileSync(join(dir, "news/today.txt"), "utf8")).toContain("campus. Students");
    expect(readFileSync(join(dir, "vendor/copied.txt"), "utf8")).toBe("Copied text。Not ours to fix.\n");
  });
  it("--print-config shows what applies to a file", () => {
    const { code, stdout } = run(["check", "--print-config", `${EXAMPLE}/news/today.txt`, "--rule", "phrasing=info"], { cwd: ROOT });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      configFile: join(ROOT, EXAMPLE, ".mtcleanrc.yaml"),
      extends: ["recommended"],
      rules: { "double-space": "off", repetition: "error", "fullwidth-punctuation": "warning", phrasing: "info" },
      ignored: false,
    });
  });
  it("a broken configuration exits 6 naming file and line, before any output", () => {
    const dir = tree({ ".mtcleanrc.yml": "rules:\n  double-space: of\n", "a.txt": "The campus。Next\n" });
    const { code, stdout, stderr } = run(["check", "a.txt"], { cwd: dir });
    expect(code).toBe(6);
    expect(stdout).toBe("");
    expect(stderr).toBe(`mtclean: ${join(dir, ".mtcleanrc.yml")}:2: rule "double-space": the setting must be off, info, warning or error, not "of"\n`);
  });
  it("an unknown rule name in a configuration is an error too", () => {
    const dir = tree({ "mtclean.config.json": '{\n  "rules": {\n    "dobule-space": "off"\n  }\n}\n', "a.txt": "text\n" });
    const { code, stderr } = run(["check", "a.txt"], { cwd: dir });
    expect(code).toBe(6);
    expect(stderr).toContain('mtclean.config.json:3: unknown rule, entry or category "dobule-space"');
  });
  it("an unknown category in a configuration is an error too, not a run that checks nothing", () => {
    const dir = tree({ "mtclean.config.json": '{\n  "overrides": [{\n    "files": ["*.txt"],\n    "categories": ["spacing", "bogus"]\n  }]\n}\n', "a.txt": "The campus。Next\n" });
    const { code, stdout, stderr } = run(["check", "a.txt"], { cwd: dir });
    expect(code).toBe(6);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^mtclean: .*mtclean\.config\.json:4: unknown category "bogus" \(the categories are .*\)\n$/);
  });
  it("dictionaries in a configuration are found next to it", () => {
    const dir = tree({
      "sub/.mtcleanrc.yaml": "dictionaries: [terms/local.yml]\n",
      "sub/terms/local.yml": `category: phrasing\nentries:\n  - id: local-term\n    match: school cause\n    replace: school's development\n    message: literal\n    examples: [{before: "the school cause", after: "the school's development"}]\n    keep: ["the cause of the fire"]\n`,
      "sub/a.txt": "We serve the school cause.\n",
    });
    expect(run(["check", "--format", "compact", "sub/a.txt"], { cwd: dir }).stdout).toContain("[local-term]");
    expect(run(["check", "--format", "compact", "--no-config", "sub/a.txt"], { cwd: dir }).stdout).not.toContain("[local-term]");
  });
});

describe("disable comments", () => {
  const PLAIN = "The campus。Next\nThe the campus。Next\n";
  const COMMENTED = "<!-- mtclean-disable-next-line fullwidth-punctuation -->\nThe campus。Next\nThe the campus。Next\n";
  it("the README example: the comment silences the next line's full-width stop only", () => {
    expect(run(["check", "--format", "compact"], { input: PLAIN }).stdout).toBe(
      "<stdin>:1:11: error Full-width “。” in English text: use “.” with English spacing. [fullwidth-punctuation]\n" +
        "<stdin>:2:4: warning “the” is written twice. [repeated-word]\n" +
        "<stdin>:2:15: error Full-width “。” in English text: use “.” with English spacing. [fullwidth-punctuation]\n" +
        "1 file: 2 errors, 1 warning, 0 info; 2 fixable by `mtclean fix`, 1 more with --unsafe\n",
    );
    expect(run(["check", "--format", "compact"], { input: COMMENTED }).stdout).toBe(
      "<stdin>:3:4: warning “the” is written twice. [repeated-word]\n" +
        "<stdin>:3:15: error Full-width “。” in English text: use “.” with English spacing. [fullwidth-punctuation]\n" +
        "1 file: 1 error, 1 warning, 0 info; 1 fixable by `mtclean fix`, 1 more with --unsafe\n",
    );
  });
  it("fix leaves the silenced line as it is", () => {
    expect(run(["fix"], { input: COMMENTED }).stdout).toBe("<!-- mtclean-disable-next-line fullwidth-punctuation -->\nThe campus。Next\nThe the campus. Next\n");
  });
  it("--no-inline-config ignores the comment; --report-unused-disable-directives flags one that silences nothing", () => {
    expect(run(["check", "--format", "compact", "--no-inline-config"], { input: COMMENTED }).stdout).toContain("<stdin>:2:11: error");
    const unused = run(["check", "--format", "compact", "--report-unused-disable-directives"], { input: "mtclean-disable-next-line repeated-word\nClean text.\n" });
    expect(unused.stdout).toContain("<stdin>:1:1: warning Unused mtclean-disable-next-line directive for “repeated-word”: nothing was reported there. [unused-disable-directive]");
  });
});

describe("--shard", () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 11; i++) files[`site/page-${i}.txt`] = i % 3 === 0 ? "Clean text.\n" : `Page ${i} campus。Next  line.\n`;
  const names = Object.keys(files);

  it("n shards check every file exactly once, and their JSON reports add up to the unsharded one", () => {
    const dir = tree(files);
    const report = (args: string[]) => JSON.parse(run(["check", "--format", "json", ...args, ...names], { cwd: dir }).stdout) as { path: string }[];
    const whole = report([]);
    const shards = [1, 2, 3].map((i) => report(["--shard", `${i}/3`]));
    expect(shards.map((shard) => shard.length)).toEqual([4, 4, 3]);
    const union = shards.flat().sort((a, b) => a.path.localeCompare(b.path));
    expect(union).toEqual([...whole].sort((a, b) => a.path.localeCompare(b.path)));
  });
  it("the split does not depend on the order the files are given in", () => {
    const items = names.map((path) => ({ path }));
    const shard = parseShard("2/3");
    expect(inShard(items, shard)).toEqual(inShard([...items].reverse(), shard).reverse());
  });
  it("fix --write with --shard rewrites only its share", () => {
    const dir = tree(files);
    run(["fix", "--write", "--shard", "1/2", ...names], { cwd: dir });
    const changed = names.filter((name) => readFileSync(join(dir, name), "utf8") !== files[name]);
    const mine = inShard(names.map((path) => ({ path })), { index: 1, count: 2 }).map((item) => item.path);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((name) => mine.includes(name))).toBe(true);
  });
  it.each(["0/3", "4/3", "1/0", "a/b", "2"])("rejects --shard %s with exit 3", (value) => {
    const { code, stderr } = run(["check", "--shard", value, SEED]);
    expect(code).toBe(3);
    expect(stderr).toMatch(/--shard expects i\/n/);
  });
  it("cannot split standard input", () => {
    expect(run(["check", "--shard", "1/2"], { input: "x" }).code).toBe(3);
  });
});

describe("GitHub Action and pre-commit hook", () => {
  const action = parseYaml(readFileSync(join(ROOT, "action.yml"), "utf8"));
  const steps = (action.runs.steps as { run?: string; env?: Record<string, string> }[]).filter((s) => s.run);

  /**
   * runs the action's scripts as GitHub does (bash -eo pipefail, inputs as the
   * steps' environment, GITHUB_ACTION_PATH this checkout), with an npm that
   * records where and how it was run instead of installing
   */
  function runAction(inputs: Record<string, string>, cwd: string) {
    const shims = temp();
    const npmLog = join(shims, "npm.json");
    writeFileSync(join(shims, "npm"), `#!/usr/bin/env node\nrequire("node:fs").writeFileSync(${JSON.stringify(npmLog)}, JSON.stringify({ cwd: process.cwd(), args: process.argv.slice(2) }));\n`);
    chmodSync(join(shims, "npm"), 0o755);
    let last = { code: 0 as number | null, stdout: "", stderr: "" };
    for (const step of steps) {
      const env: Record<string, string> = { PATH: `${shims}:${process.env.PATH ?? ""}`, GITHUB_ACTION_PATH: ROOT };
      for (const [name, value] of Object.entries(step.env ?? {})) {
        const input = /inputs\.([\w-]+)/.exec(value)![1]!;
        env[name] = inputs[input] ?? action.inputs[input].default ?? "";
      }
      const result = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", step.run!], { cwd, env, encoding: "utf8" });
      last = { code: result.status, stdout: result.stdout, stderr: result.stderr };
      if (result.status !== 0) break;
    }
    return { ...last, npm: JSON.parse(readFileSync(npmLog, "utf8")) as { cwd: string; args: string[] } };
  }

  it("action.yml is a composite action whose inputs are paths, format (default github) and args", () => {
    expect(action.runs.using).toBe("composite");
    expect(action.inputs.paths.required).toBe(true);
    expect(action.inputs.format.default).toBe("github");
    expect(action.inputs).toHaveProperty("args");
  });
  it("installs and runs the copy of mtclean it is checked out from, and prints annotations", () => {
    const dir = tree({ "docs/a.txt": "The campus。Next\n", "docs/b.txt": "Clean.\n" });
    const { code, stdout, npm } = runAction({ paths: "docs/a.txt docs/b.txt", args: "--max-warnings 0" }, dir);
    expect(npm).toEqual({ cwd: ROOT.replace(/\/$/, ""), args: ["ci", "--include=dev", "--no-audit", "--no-fund"] });
    expect(code).toBe(1);
    expect(stdout).toBe("::error file=docs/a.txt,line=1,col=11,endLine=1,endColumn=12,title=mtclean fullwidth-punctuation::Full-width “。” in English text: use “.” with English spacing. (fix: “。” → “. ”)\n");
  });
  it("the README workflow's inputs work as written", () => {
    const workflow = /```yaml\n(# \.github\/workflows\/mtclean\.yml[\s\S]*?)```/.exec(README)![1]!;
    const job = parseYaml(workflow).jobs.mtclean;
    const step = job.steps.find((s: { uses?: string }) => s.uses?.startsWith("OWNER/mtclean@"));
    const dir = tree({ "site/news/a.html": "<p>The campus。Next</p>\n", "blog/posts/b.md": "The campus。Next\n", "blog/skip.txt": "The campus。Next\n" });
    // the four shards of the matrix between them annotate both files, once each
    const runs = (job.strategy.matrix.shard as number[]).map((shard) => runAction({ ...step.with, args: step.with.args.replace("${{ matrix.shard }}", String(shard)) }, dir));
    expect(runs.map((run) => run.stderr).join("")).toBe("");
    const annotated = runs.flatMap((run) => run.stdout.trimEnd().split("\n").filter(Boolean).map((line) => /file=([^,]+)/.exec(line)![1]));
    expect(annotated.sort()).toEqual(["blog/posts/b.md", "site/news/a.html"]);
  });
  it("the README's SARIF example writes the file, and uploads it although check fails", () => {
    const fragment = /```yaml\n( +permissions:[\s\S]*?)```/.exec(README)![1]!;
    const steps = parseYaml(fragment).steps as { uses: string; if?: string; with: Record<string, string> }[];
    const check = steps.find((s) => s.uses.startsWith("OWNER/mtclean@"))!;
    const upload = steps.find((s) => s.uses.startsWith("github/codeql-action/upload-sarif@"))!;
    const dir = tree({ "site/a.html": "<p>The campus。Next</p>\n", "blog/b.md": "Clean.\n" });
    expect(runAction(check.with, dir).code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, upload.with.sarif_file!), "utf8")).runs[0].results).toHaveLength(1);
    // a failed step skips the steps after it unless they say otherwise
    expect(upload.if).toBe("always()");
  });
  it.each([
    ["site/**/*.html blog/**/*.md", ["site/a b.html"], 2],
    ["'site/**/*.html' \"blog/**/*.md\"", ["site/a b.html"], 2],
    ["site/**/*.html\nblog/**/*.md\n", ["site/a b.html"], 2],
    ["'site/a b.html'", ["site/a b.html"], 1],
  ])("splits paths %j as a command line, globs unexpanded", (paths, files, count) => {
    const dir = tree({ ...Object.fromEntries(files.map((file) => [file, "The campus。Next\n"])), "blog/c.md": "Clean.\n" });
    const { code, stdout, stderr } = runAction({ paths, format: "json" }, dir);
    expect(stderr).toBe("");
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as unknown[]).length).toBe(count);
  });
  it("a quote left open fails the step before mtclean runs", () => {
    const { code, stdout, stderr } = runAction({ paths: "'site/**/*.html" }, tree({ "a.txt": "x\n" }));
    expect(code).not.toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/quote/);
  });
  it(".pre-commit-hooks.yaml declares the mtclean hook, for the files of the extensions mtclean reads", () => {
    const hooks = parseYaml(readFileSync(join(ROOT, ".pre-commit-hooks.yaml"), "utf8"));
    expect(hooks).toEqual([expect.objectContaining({ id: "mtclean", entry: "mtclean check", language: "node" })]);
    expect(hooks[0]).not.toHaveProperty("types_or");
    // pre-commit matches `files` with Python's re.search; (?i) is Python's way to say the i flag
    const files = new RegExp((hooks[0].files as string).replace(/^\(\?i\)/, ""), "i");
    for (const extension of DEFAULT_EXTENSIONS) {
      expect(files.test(`docs/page${extension}`), extension).toBe(true);
      expect(files.test(`docs/PAGE${extension.toUpperCase()}`), extension).toBe(true);
    }
    for (const other of ["src/index.ts", "package.json", "action.yml", "docs/page.md.bak", "notes.text"]) expect(files.test(other), other).toBe(false);
  });
});
