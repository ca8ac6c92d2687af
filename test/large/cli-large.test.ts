// The CLI on a file large enough to be read a piece at a time (4 MiB and
// more): the same report, the same fixed bytes on stdout and on disk, the
// same refusals as a file read whole.
import iconv from "iconv-lite";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Linter } from "../../src/linter.js";
import { json } from "../../src/reporters/json.js";
import { LARGE_FROM } from "../../src/cli/large/survey.js";
import { runCli, tempDir } from "../support/cli.js";
import { largeText } from "./large-text.js";

const LIMIT = ["--no-config", "--max-file-size", "20M"];

describe("a large file on the command line", () => {
  // UTF-16LE with a BOM and mixed line breaks: 2.1 M chars are over 4 MiB
  const text = "\uFEFF" + largeText(LARGE_FROM / 2 + 50_000, 11);
  const bytes = iconv.encode(text, "utf-16le");
  expect(bytes.length).toBeGreaterThan(LARGE_FROM);
  const linter = new Linter();
  const fixed = linter.fix(text);

  it("check reports what check() finds in the whole text", () => {
    const dir = tempDir();
    const file = join(dir, "big.txt");
    writeFileSync(file, bytes);
    const run = runCli(["check", ...LIMIT, "--format", "json", file]);
    expect(run.stderr).toBe("");
    expect(run.text).toBe(json([{ path: file, source: text, findings: linter.check(text) }], { color: false }));
  });

  it("fix prints the fixed text in the input's encoding, and --write writes the same bytes, leaving nothing beside", () => {
    const dir = tempDir();
    const file = join(dir, "big.txt");
    writeFileSync(file, bytes);
    expect(fixed.passes).toBeGreaterThan(0);
    const expected = iconv.encode(fixed.output, "utf-16le");
    const printed = runCli(["fix", ...LIMIT, file]);
    expect(printed.stdout.equals(expected)).toBe(true);
    const written = runCli(["fix", ...LIMIT, "--write", file]);
    expect(written.stderr).toContain("fixed 1 of 1 file");
    expect(readFileSync(file).equals(expected)).toBe(true);
    expect(readdirSync(dir)).toEqual(["big.txt"]);
  });

  it("a large file the whole-file reader refuses gets its message and exit code, and is not changed", () => {
    const dir = tempDir();
    const bad = join(dir, "bad.txt");
    const plain = Buffer.from(largeText(LARGE_FROM + 1000, 2, "\n"));
    writeFileSync(bad, Buffer.concat([plain, Buffer.from([0xc3, 0x28])]));
    for (const command of ["check", "fix"]) {
      const run = runCli([command, ...LIMIT, ...(command === "fix" ? ["--write"] : []), bad]);
      expect(run.code).toBe(5);
      expect(run.stderr).toContain(`"${bad}" is not valid UTF-8 (first bad byte at offset ${plain.length})`);
    }
    expect(readFileSync(bad).length).toBe(plain.length + 2);
    const binary = join(dir, "binary.txt");
    writeFileSync(binary, Buffer.concat([Buffer.from([0]), plain]));
    const skipped = runCli(["check", ...LIMIT, "--format", "compact", binary]);
    expect(skipped.stderr).toContain("it is a binary file");
    const tooLarge = runCli(["check", "--no-config", "--format", "compact", "--max-file-size", "4M", bad]);
    expect(tooLarge.code).toBe(2);
    expect(tooLarge.stderr).toContain("over the 4 MiB limit");
    expect(readdirSync(dir).sort()).toEqual(["bad.txt", "binary.txt"]);
  });
});
