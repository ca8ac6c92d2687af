// Many files as a user gives them: folders walked recursively, quoted globs,
// .gitignore and .mtcleanignore, --ext, and --stdin-filename for standard
// input, through bin/mtclean.js (npm test builds dist/ first).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runText as run, tree } from "./support/cli.js";

const BAD = "The team arrived。\n";
const site = (): string =>
  tree({
    "index.html": "<p>The team arrived。</p>\n",
    "news/today.md": "# News\n\nThe team arrived。\n",
    "news/old.htm": "<p>The team arrived。</p>\n",
    "notes.txt": BAD,
    "data.json": '{"a": "。"}\n',
    "build/out.html": "<p>The team arrived。</p>\n",
    "drafts/wip.md": BAD,
    "drafts/keep.md": BAD,
    "node_modules/pkg/readme.md": BAD,
    ".gitignore": "build/\n",
    ".mtcleanignore": "drafts/*\n!drafts/keep.md\n",
  });

/** the files a compact report names, in its order */
const filesOf = (stdout: string): string[] => [...new Set(stdout.split("\n").filter((line) => /^\S+:\d+:\d+: /.test(line)).map((line) => line.split(":")[0]!))];

describe("paths: folders, globs and ignore files", () => {
  it("a folder is walked recursively in a fixed order, skipping ignored files, node_modules and unknown extensions", () => {
    const dir = site();
    const { code, stdout } = run(["check", "--format", "compact", "."], { cwd: dir });
    expect(code).toBe(1);
    expect(filesOf(stdout)).toEqual(["drafts/keep.md", "index.html", "news/old.htm", "news/today.md", "notes.txt"]);
  });
  it("--ext picks the extensions", () => {
    const dir = site();
    expect(filesOf(run(["check", "--format", "compact", "--ext", ".md,html", "."], { cwd: dir }).stdout)).toEqual(["drafts/keep.md", "index.html", "news/today.md"]);
    expect(run(["check", "--ext", "..", "."], { cwd: dir }).code).toBe(3);
  });
  it("a quoted glob is expanded by mtclean and respects the ignore files", () => {
    const dir = site();
    const { stdout } = run(["check", "--format", "compact", "**/*.html"], { cwd: dir });
    expect(filesOf(stdout)).toEqual(["index.html"]);
  });
  it("a file named explicitly is read even when ignored", () => {
    const dir = site();
    expect(filesOf(run(["check", "--format", "compact", "build/out.html", "drafts/wip.md"], { cwd: dir }).stdout)).toEqual(["build/out.html", "drafts/wip.md"]);
  });
  it("each file is read once, whatever the paths that name it", () => {
    const dir = site();
    const { stdout } = run(["check", "--format", "compact", "news", "news/today.md", "news/*.md"], { cwd: dir });
    expect(stdout.split("\n").filter((line) => line.startsWith("news/today.md:"))).toHaveLength(1);
  });
  it("a glob that matches nothing and a missing file are errors (exit 2)", () => {
    const dir = site();
    expect(run(["check", "*.xml"], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringMatching(/No files match "\*\.xml"/) });
    expect(run(["check", "missing.md"], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringMatching(/no such file/) });
  });
  it("fix --write rewrites every file of a folder, in its own format", () => {
    const dir = site();
    const { code, stderr } = run(["fix", "--write", "news"], { cwd: dir });
    expect(code).toBe(0);
    expect(stderr).toMatch(/fixed 2 of 2 files/);
    expect(readFileSync(join(dir, "news/old.htm"), "utf8")).toBe("<p>The team arrived.</p>\n");
    expect(readFileSync(join(dir, "news/today.md"), "utf8")).toBe("# News\n\nThe team arrived.\n");
  });
  it("fix without --write refuses a folder of several files", () => {
    expect(run(["fix", "news"], { cwd: site() }).code).toBe(3);
  });
});

describe("--stdin-filename", () => {
  const markdown = "```\ncode。\n```\n\nThe team arrived。\n";
  it("picks the format of standard input and names it in reports", () => {
    const { stdout } = run(["check", "--format", "compact", "--stdin-filename", "post.md"], { input: markdown });
    expect(stdout).toMatch(/^post\.md:5:17: error/m);
    expect(stdout).not.toMatch(/:2:/);
    // read as text, the code block is prose too
    expect(run(["check", "--format", "compact"], { input: markdown }).stdout).toMatch(/<stdin>:2:5: error/);
  });
  it("fixes HTML from standard input as HTML", () => {
    const { stdout } = run(["fix", "--stdin-filename", "page.html"], { input: "<p>Done。<code>x。</code></p>" });
    expect(stdout).toBe("<p>Done. <code>x。</code></p>");
  });
  it("picks the configuration that applies to that name", () => {
    const dir = tree({ "docs/.mtcleanrc.yaml": "rules:\n  fullwidth-punctuation: off\n" });
    expect(run(["check", "--stdin-filename", "docs/a.md"], { input: BAD, cwd: dir }).code).toBe(0);
    expect(run(["check", "--stdin-filename", "a.md"], { input: BAD, cwd: dir }).code).toBe(1);
  });
});
