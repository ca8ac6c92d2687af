// The CI side of the CLI as a user runs it: report formats, --output-file,
// configuration files, inline directives and --shard, through bin/mtclean.js
// (npm test builds dist/ first).
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const BIN = new URL("../bin/mtclean.js", import.meta.url).pathname;
const ROOT = new URL("../", import.meta.url).pathname;
const SEED = join(ROOT, "fixtures/seed/input.txt");

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
    expect(lines[1]).toContain(`file=${SEED},line=6,col=198,`);
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
