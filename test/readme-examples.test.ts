// Shell examples of the README run as written (npm test builds dist/ first),
// and its lists of formats are the code's: a manual that looks right but is
// not is worse than none.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_EXTENSIONS } from "../src/cli/files.js";
import { FORMATS } from "../src/markup/index.js";

const ROOT = new URL("../", import.meta.url).pathname;
const BIN = join(ROOT, "bin/mtclean.js");
const README = readFileSync(join(ROOT, "README.md"), "utf8");

/** the README's command line that contains the text */
function readmeLine(containing: string): string {
  const lines = README.split("\n").filter((line) => line.startsWith("node bin/mtclean.js") && line.includes(containing));
  expect(lines, `README.md: one command with ${containing}`).toHaveLength(1);
  return lines[0]!;
}

describe("README shell examples", () => {
  it("diff --format patch: the patch is written and git apply --check runs on it", () => {
    const dir = mkdtempSync(join(tmpdir(), "mtclean-readme-"));
    execFileSync("git", ["init", "-q"], { cwd: dir });
    mkdirSync(join(dir, "fixtures/seed"), { recursive: true });
    cpSync(join(ROOT, "fixtures/seed/input.txt"), join(dir, "fixtures/seed/input.txt"));
    const line = readmeLine("--format patch");
    // git apply --check prints nothing when the patch applies; -v makes it say that it ran
    const script = line.replace("node bin/mtclean.js", `node ${JSON.stringify(BIN)}`).replace("git apply --check", "git apply --check -v");
    const result = spawnSync("bash", ["--norc", "-c", script], { cwd: dir, encoding: "utf8" });
    expect(result.stderr).toContain("Checking patch fixtures/seed/input.txt...");
    expect(result.status).toBe(0);
  });
});

describe("README and the code list the same formats", () => {
  const quoted = (text: string) => [...text.matchAll(/`(\.[a-z]+)`/g)].map((m) => m[1]!);
  it("a folder is walked for the extensions of every format", () => {
    const sentence = /a \*\*folder\*\* is walked[\s\S]*?\), or/.exec(README)![0];
    expect(quoted(sentence).sort()).toEqual([...DEFAULT_EXTENSIONS].sort());
  });
  it("Formats names every extension a format claims", () => {
    const sentence = /The extension of a file picks how it is read[\s\S]*?anything else is plain text/.exec(README)![0];
    const claimed = Object.values(FORMATS).filter((format) => format !== FORMATS.text).flatMap((format) => format.extensions);
    expect(quoted(sentence).sort()).toEqual([...claimed].sort());
    const library = /The library\s+takes the same choice as[\s\S]*?\)\./.exec(README)![0];
    expect([...library.matchAll(/"(\w+)"/g)].map((m) => m[1]!).sort()).toEqual(Object.keys(FORMATS).sort());
  });
});
